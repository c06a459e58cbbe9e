import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { OfferManagementError } from '../src/api/errors';
import type { Interaction, InteractionQuery } from '../src/api/types';
import { InteractionTable, type InteractionTableProps } from '../src/components/InteractionTable';
import {
  defaultInteractionQuery,
  interactions,
  interactionsOffer,
  manyInteractions,
  pageOfInteractions,
  unknownInteractions,
} from './fixtures/interactions';
import { hostLinks, withSettings } from './fixtures/offers';

type StoryArgs = InteractionTableProps & {
  /**
   * Story only: the interactions a small stateful host filters and slices with the current `query`, so filters,
   * page size and paging really work. Without it the table shows `data` as given.
   */
  source?: readonly Interaction[];
};

/** A host that keeps `query` in state and answers it from `source` (like the API would). */
function StatefulTable({ source, query: initialQuery, onQueryChange, data, ...rest }: StoryArgs) {
  const [query, setQuery] = useState<InteractionQuery>(initialQuery);
  const handleQueryChange = (next: InteractionQuery) => {
    onQueryChange(next);
    setQuery(next);
  };
  return (
    <InteractionTable
      {...rest}
      data={source ? pageOfInteractions(source, query) : data}
      query={query}
      onQueryChange={handleQueryChange}
    />
  );
}

/** The data rows of the table (skipping the header row). */
function bodyRows(canvasElement: HTMLElement) {
  return Array.from(canvasElement.querySelectorAll('tbody tr:not([aria-hidden="true"])'));
}

const meta = {
  title: 'Components/InteractionTable',
  component: InteractionTable,
  tags: ['autodocs'],
  args: {
    source: interactions,
    data: pageOfInteractions(interactions, defaultInteractionQuery),
    query: defaultInteractionQuery,
    onQueryChange: fn(),
    isFetching: false,
    error: null,
    onRetry: fn(),
  },
  argTypes: {
    source: { control: false, table: { category: 'Story' } },
    data: { control: false },
    offer: { control: false },
    error: { control: false },
  },
  render: (args) => <StatefulTable key={JSON.stringify(args.query)} {...args} />,
  parameters: {
    docs: {
      description: {
        component:
          "The Interactions list of an offer: Date, Origin, New value and Result, filters by origin and by result, items per page and pagination. Presentational: the host (or `OfferDetails`) owns `query` and passes the fetched `data`. A row opens the interaction's details through a real link (`interactionHref` or the provider's `links.interactionHref`) or `onInteractionSelect`. Pages longer than 100 rows render only the rows in view (spacer rows keep the scroll height; `aria-rowcount` and `aria-rowindex` give the positions; find-in-page sees only the rendered rows).",
      },
    },
  },
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Eight interactions; the play function filters by origin and sees fewer rows. */
export const Default: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await expect(canvas.getByRole('table', { name: 'Interactions' })).toBeVisible();
    await expect(bodyRows(canvasElement)).toHaveLength(8);
    await userEvent.click(canvas.getByRole('button', { name: 'Origin' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Price' }));
    await expect(args.onQueryChange).toHaveBeenLastCalledWith({ page: 1, pageSize: 25, origins: ['price'] });
    await waitFor(() => expect(bodyRows(canvasElement)).toHaveLength(3));
    for (const row of bodyRows(canvasElement)) await expect(row).toHaveTextContent('Price');
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('button', { name: 'Origin, 1 selected' })).toHaveFocus();
  },
};

/** Only price interactions. */
export const FilteredByOrigin: Story = {
  args: { query: { ...defaultInteractionQuery, origins: ['price'] } },
};

/** Only failures and notifications. */
export const FilteredByResult: Story = {
  args: { query: { ...defaultInteractionQuery, results: ['failure', 'notification'] } },
  play: async ({ canvasElement }) => {
    await expect(bodyRows(canvasElement)).toHaveLength(3);
  },
};

/** Both filters at once; "Clear filters" brings every row back. */
export const FilteredByOriginAndResult: Story = {
  args: { query: { ...defaultInteractionQuery, origins: ['catalog', 'price'], results: ['failure'] } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(bodyRows(canvasElement)).toHaveLength(2);
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(bodyRows(canvasElement)).toHaveLength(8));
  },
};

/** The offer has no interaction at all. */
export const Empty: Story = {
  args: { source: [] },
};

/** Filters that match nothing, with "Clear filters". */
export const EmptyAfterFilters: Story = {
  args: { query: { ...defaultInteractionQuery, origins: ['catalog'], results: ['processing'] } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByText('No interactions match these filters')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(bodyRows(canvasElement)).toHaveLength(8));
  },
};

/** The first page is loading: skeleton rows. */
export const Loading: Story = {
  args: { source: undefined, data: undefined },
};

/** The next page is loading while the previous one stays visible. */
export const FetchingNextPage: Story = {
  args: {
    source: undefined,
    data: pageOfInteractions(manyInteractions, defaultInteractionQuery),
    query: { ...defaultInteractionQuery, page: 2 },
    isFetching: true,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByText('Updating…')).toBeVisible();
  },
};

const errorStory = (error: OfferManagementError): Story => ({
  args: { source: undefined, data: undefined, error },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByRole('alert')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
});

export const ErrorNotFound: Story = errorStory(new OfferManagementError('not-found', 'Offer not found', { status: 404 }));
export const ErrorUnauthorized: Story = errorStory(new OfferManagementError('unauthorized', 'Unauthorized', { status: 401 }));
export const ErrorInvalidResponse: Story = errorStory(
  new OfferManagementError('invalid-response', 'Invalid response', { field: 'items[3].startDate' }),
);
export const ErrorNetwork: Story = errorStory(new OfferManagementError('network', 'Failed to fetch'));
export const ErrorTimeout: Story = errorStory(new OfferManagementError('timeout', 'Timed out'));
export const ErrorHttp: Story = errorStory(new OfferManagementError('http', 'Service unavailable', { status: 503 }));

/** 5,000 interactions: the pagination says "1–25 of 5,000"; Next goes to 26–50. */
export const FiveThousandInteractions: Story = {
  args: { source: manyInteractions },
  play: async ({ canvas, userEvent }) => {
    const nav = canvas.getByRole('navigation', { name: 'Pagination' });
    await expect(nav).toHaveTextContent('1–25 of 5,000');
    await expect(within(nav).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(nav).toHaveTextContent('26–50 of 5,000'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing 26–50 of 5,000');
    await userEvent.click(within(nav).getByRole('button', { name: 'Last page' }));
    await waitFor(() => expect(nav).toHaveTextContent('4,976–5,000 of 5,000'));
    await expect(within(nav).getByRole('button', { name: 'Next page' })).toBeDisabled();
  },
};

/** The items-per-page selector changes the number of rows. */
export const PageSize: Story = {
  args: { source: manyInteractions, query: { page: 1, pageSize: 10 } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(bodyRows(canvasElement)).toHaveLength(10);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Items per page' }), '50');
    await waitFor(() => expect(bodyRows(canvasElement)).toHaveLength(50));
    await expect(canvas.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('1–50 of 5,000');
  },
};

/** A page past the last one (e.g. from a stale URL): the table says so and offers the last page. */
export const PageOutOfRange: Story = {
  args: { query: { ...defaultInteractionQuery, page: 9 } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Go to the last page' }));
    await waitFor(() => expect(bodyRows(canvasElement)).toHaveLength(8));
  },
};

/** Unknown origins and results show their raw text (long text wraps; markup stays text). */
export const LongUnknownValues: Story = {
  args: { source: [...unknownInteractions, ...interactions.slice(0, 2)] },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText(unknownInteractions[0]!.origin)).toBeVisible();
    await expect(canvas.getByText('<img src=x onerror="alert(1)">')).toBeVisible();
    await expect(canvasElement.querySelector('tbody img')).toBeNull();
  },
};

/** Rows link to the host's interaction page through the provider's `links.interactionHref`. */
export const WithLinks: Story = {
  args: { offer: interactionsOffer },
  decorators: [withSettings({ links: hostLinks })],
  play: async ({ canvasElement }) => {
    const link = within(bodyRows(canvasElement)[0] as HTMLElement).getByRole('link');
    await expect(link).toHaveAttribute(
      'href',
      `#/offers/vtex.meli-classic/1070/interactions/${interactions[0]!.id}`,
    );
  },
};

/** Without links, the Date cell holds a button and a row click calls `onInteractionSelect`. */
export const WithCallbacks: Story = {
  args: { onInteractionSelect: fn() },
  play: async ({ canvasElement, userEvent, args }) => {
    const row = bodyRows(canvasElement)[1] as HTMLElement;
    await userEvent.click(within(row).getByText('33 units'));
    await expect(args.onInteractionSelect).toHaveBeenCalledWith(interactions[1]);
    await userEvent.click(within(row).getByRole('button', { name: /Inventory interaction/ }));
    await expect(args.onInteractionSelect).toHaveBeenCalledTimes(2);
  },
};

/** Rows without a link or a callback are plain text. */
export const WithoutNavigation: Story = {};

/** Brazilian Portuguese: dates, "R$ 79,99", "33 unidades", "1–25 de 5.000". */
export const PortugueseBrazil: Story = {
  args: { source: manyInteractions },
  globals: { locale: 'pt-BR' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('table', { name: 'Interações' })).toBeVisible();
    await expect(canvas.getByRole('navigation', { name: 'Paginação' })).toHaveTextContent('1–25 de 5.000');
  },
};

/** Spanish. */
export const Spanish: Story = {
  args: { source: manyInteractions },
  globals: { locale: 'es' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('table', { name: 'Interacciones' })).toBeVisible();
    await expect(canvas.getByRole('navigation', { name: 'Paginación' })).toHaveTextContent('1–25 de 5.000');
  },
};

/** 100 rows in a short box: the header sticks while the rows scroll. */
export const StickyHeader: Story = {
  args: { source: manyInteractions, query: { page: 1, pageSize: 100 } },
  decorators: [(Story) => <div style={{ ['--offer-interactions-max-height' as string]: '24rem' }}><Story /></div>],
};

/** At 320 px the table scrolls sideways inside its labelled region. */
/**
 * At 320 px the table scrolls sideways: its scroll region becomes focusable (Tab, then arrow keys) as soon as it
 * overflows — measured by a ResizeObserver in the first frame, so wait for it before the accessibility check.
 */
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ width: 320 }}><Story /></div>],
  play: async ({ canvas }) => {
    const region = canvas.getByRole('region', { name: /interactions/i });
    await waitFor(() => expect(region).toHaveAttribute('tabindex', '0'));
  },
};
