import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ErrorList } from '../src/components/ErrorList';
import {
  descriptionTooLongError,
  expiredImageError,
  FIXTURE_NOW,
  hostLinks,
  longDescriptionError,
  manyErrorsOffer,
  markupError,
  markupOffer,
  unknownOriginError,
  withSettings,
  imageHandlers,
} from './fixtures/offers';

const meta = {
  title: 'Components/ErrorList',
  component: ErrorList,
  tags: ['autodocs'],
  beforeEach({ msw }) {
    msw.use(...imageHandlers);
  },
  args: {
    errors: [descriptionTooLongError],
    offer: manyErrorsOffer,
    onEdit: fn(),
    onInteractionSelect: fn(),
    now: FIXTURE_NOW,
    defaultExpandFirst: false,
    headingLevel: 3,
  },
  argTypes: {
    now: { control: 'date' },
    headingLevel: { control: { type: 'select' }, options: [2, 3, 4, 5, 6] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The active errors of an offer, each a disclosure. Expanded: date and time, code, description, origin, the Edit action of its origin and "View interaction" (replaced by a note after ten days).',
      },
    },
  },
} satisfies Meta<typeof ErrorList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OneError: Story = {};

/** Toggle a disclosure with the mouse and the keyboard. */
export const DisclosureToggle: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const toggle = canvas.getByRole('button', { name: descriptionTooLongError.title });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText(descriptionTooLongError.description)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Edit catalog' }));
    await expect(args.onEdit).toHaveBeenCalledWith(manyErrorsOffer, 'information');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  },
};

export const ManyErrors: Story = { args: { errors: manyErrorsOffer.errors, defaultExpandFirst: true } };

/** Older than ten days: the interaction details have expired. */
export const ExpiredInteraction: Story = { args: { errors: [expiredImageError], defaultExpandFirst: true } };

/** A 5,000-character description wraps. */
export const LongDescription: Story = { args: { errors: [longDescriptionError], defaultExpandFirst: true } };

/** Markup from the channel is shown as text; an unknown origin shows its raw text. */
export const UntrustedText: Story = {
  args: { errors: [markupError, unknownOriginError], offer: markupOffer, defaultExpandFirst: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** With the provider's links, actions are real links. */
export const WithHostLinks: Story = {
  args: { errors: manyErrorsOffer.errors, defaultExpandFirst: true },
  decorators: [withSettings({ links: hostLinks })],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Edit catalog' })).toHaveAttribute(
      'href',
      '#/catalog/sku/2045511/information',
    );
  },
};

export const Empty: Story = { args: { errors: [] } };

export const PortugueseBrazil: Story = {
  globals: { locale: 'pt-BR' },
  args: { errors: manyErrorsOffer.errors, defaultExpandFirst: true },
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { errors: manyErrorsOffer.errors, defaultExpandFirst: true },
};
