import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { OfferHeader, OfferHeaderSkeleton } from '../src/components/OfferHeader';
import {
  errorOffer,
  hostLinks,
  longTextOffer,
  markupOffer,
  sendingOffer,
  synchedOffer,
  unavailableOffer,
  unsafeImageOffer,
  withSettings,
  imageHandlers,
} from './fixtures/offers';

const meta = {
  title: 'Components/OfferHeader',
  component: OfferHeader,
  tags: ['autodocs'],
  beforeEach({ msw }) {
    msw.use(...imageHandlers);
  },
  args: { offer: synchedOffer, onEdit: fn(), headingLevel: 2 },
  argTypes: {
    headingLevel: { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The offer header: image, channel, name, status, "ID on VTEX" and "ID on channel" (copyable), and the Edit menu. Items are links when the provider has `links.editHref`, else they call `onEdit`. While loading, render `OfferHeaderSkeleton`.',
      },
    },
  },
} satisfies Meta<typeof OfferHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Synched: Story = {};

export const ErrorStatus: Story = { args: { offer: errorOffer } };

export const Unavailable: Story = { args: { offer: unavailableOffer } };

/** Sending for the first time: the channel has not assigned an ID yet. */
export const SendingWithoutChannelId: Story = { args: { offer: sendingOffer } };

/** A 200-character name and a long channel name wrap inside the header. */
export const LongTexts: Story = { args: { offer: longTextOffer } };

/** `javascript:` and `data:` URLs are never loaded: placeholders instead. */
export const UnsafeImageUrls: Story = {
  args: { offer: unsafeImageOffer },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img[src^="javascript:"]')).toBeNull();
    await expect(canvasElement.querySelector('img[src^="data:"]')).toBeNull();
  },
};

/** Markup in the name is shown as text. */
export const MarkupInName: Story = {
  args: { offer: markupOffer },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: markupOffer.name })).toBeVisible();
  },
};

/** With `links.editHref` on the provider, the Edit items are real links. */
export const WithHostLinks: Story = {
  decorators: [withSettings({ links: hostLinks })],
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Edit' }));
    await expect(canvas.getByRole('menuitem', { name: 'Edit price' })).toHaveAttribute(
      'href',
      '#/catalog/sku/1070258/price',
    );
    await userEvent.keyboard('{Escape}');
  },
};

/** The Edit menu by keyboard: Enter opens on the first item, arrows move, Escape returns to the button. */
export const EditMenuByKeyboard: Story = {
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: 'Edit' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const first = canvas.getByRole('menuitem', { name: 'Edit information' });
    await waitFor(() => expect(first).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: 'Edit price' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('menuitem', { name: 'Edit inventory' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await expect(args.onEdit).toHaveBeenCalledWith(synchedOffer, 'price');
  },
};

export const PortugueseBrazil: Story = {
  globals: { locale: 'pt-BR' },
  args: { offer: errorOffer },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('ID na VTEX')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Editar' })).toBeVisible();
  },
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { offer: sendingOffer },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('ID en el canal')).toBeVisible();
    await expect(canvas.getByText('Aún sin asignar')).toBeVisible();
  },
};

/** A host theme override (accent and font) through the provider. */
export const ThemedByHost: Story = {
  decorators: [
    withSettings({
      theme: {
        colors: { accent: '#5b21b6', accentHover: '#4c1d95', accentPressed: '#3b0764', link: '#5b21b6', focusRing: '#5b21b6' },
        radii: { lg: '0', md: '0.25rem' },
        typography: { fontFamily: 'Georgia, "Times New Roman", serif' },
      },
    }),
  ],
};

/** The loading state (`OfferHeaderSkeleton`). */
export const Loading: Story = {
  render: () => <OfferHeaderSkeleton />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Loading offer' })).toHaveAttribute('aria-busy', 'true');
  },
};
