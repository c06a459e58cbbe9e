import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { OfferManagementError, type OfferManagementErrorKind } from '../src/api/errors';
import { OfferStatus, OfferStatusSkeleton } from '../src/components/OfferStatus';
import { styled } from 'styled-components';
import { SectionError } from '../src/components/shared/SectionError';
import { ThemeScope, themeVarsRule } from '../src/theme/ThemeScope';
import {
  errorOffer,
  FIXTURE_NOW,
  longTextOffer,
  manyErrorsOffer,
  sendingOffer,
  synchedOffer,
  unavailableOffer,
  imageHandlers,
} from './fixtures/offers';

const meta = {
  title: 'Components/OfferStatus',
  component: OfferStatus,
  tags: ['autodocs'],
  beforeEach({ msw }) {
    msw.use(...imageHandlers);
  },
  args: { offer: synchedOffer, onEdit: fn(), onInteractionSelect: fn(), now: FIXTURE_NOW, headingLevel: 2 },
  argTypes: {
    now: { control: 'date' },
    headingLevel: { control: { type: 'select' }, options: [2, 3, 4, 5] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The status block (Synched, Error, Unavailable, Sending) with its explanation from the help article; for Error, the `ErrorList`. The status is in a polite live region, so changes while polling are announced.',
      },
    },
  },
} satisfies Meta<typeof OfferStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Synched: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Offer status: Synched');
  },
};

export const ErrorStatus: Story = { args: { offer: errorOffer } };

export const ManyErrors: Story = {
  args: { offer: manyErrorsOffer },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: '4 errors to fix' })).toBeVisible();
    const first = canvas.getByRole('button', { name: manyErrorsOffer.errors[0]?.title ?? '' });
    await userEvent.click(first);
    await expect(first).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Error status whose errors were all fixed while the offer is reprocessed. */
export const ErrorWithNoActiveErrors: Story = { args: { offer: { ...errorOffer, errors: [] } } };

export const Unavailable: Story = { args: { offer: unavailableOffer } };

export const Sending: Story = { args: { offer: sendingOffer } };

export const LongTexts: Story = { args: { offer: longTextOffer } };

export const PortugueseBrazil: Story = { globals: { locale: 'pt-BR' }, args: { offer: manyErrorsOffer } };

export const Spanish: Story = { globals: { locale: 'es' }, args: { offer: manyErrorsOffer } };

export const Loading: Story = {
  render: () => <OfferStatusSkeleton />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Loading status' })).toHaveAttribute('aria-busy', 'true');
  },
};

/** SectionError is an internal part: every component root sets the theme's custom properties around it. */
const ThemeVars = styled.div`
  ${themeVarsRule}
`;

/** The error state every section shows, per error kind, with Retry. */
const loadError = (kind: OfferManagementErrorKind, status?: number): Story => ({
  render: () => (
    <ThemeScope>
      <ThemeVars>
        <SectionError
          error={new OfferManagementError(kind, `mock ${kind}`, status === undefined ? {} : { status })}
          onRetry={fn()}
        />
      </ThemeVars>
    </ThemeScope>
  ),
});

export const LoadErrorNotFound: Story = {
  ...loadError('not-found', 404),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Offer not found');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};
export const LoadErrorUnauthorized: Story = loadError('unauthorized', 401);
export const LoadErrorInvalidResponse: Story = loadError('invalid-response');
export const LoadErrorNetwork: Story = loadError('network');
export const LoadErrorTimeout: Story = loadError('timeout');
export const LoadErrorHttp: Story = loadError('http', 500);
