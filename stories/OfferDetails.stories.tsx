import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { styled } from 'styled-components';
import { expect, fn, waitFor, within } from 'storybook/test';
import type { InteractionQuery } from '../src/api/types';
import { OfferDetails, type OfferDetailsProps } from '../src/components/OfferDetails';
import { MOCK_SLOW_DELAY_MS } from '../src/mocks';
import { hostLinks, imageHandlers, longTextOffer } from './fixtures/offers';
import {
  feedIdOptions,
  mockImageHandlers,
  offerHandler,
  pageDataRows,
  refArgs,
  retryDemoRef,
  skuIdLabels,
  skuIdOptions,
  pageSettled,
  unreadableOnceHandlers,
  withPageSettings,
} from './fixtures/page';

const meta = {
  title: 'Pages/OfferDetails',
  component: OfferDetails,
  tags: ['autodocs'],
  beforeEach({ msw }) {
    msw.use(...mockImageHandlers, ...imageHandlers);
  },
  // Stories without their own play function wait for the page to be at rest before the accessibility check.
  play: async ({ canvasElement }) => {
    await pageSettled(canvasElement);
  },
  args: {
    ...refArgs('synched'),
    headingLevel: 2,
    onQueryChange: fn(),
  },
  argTypes: {
    feedId: { control: { type: 'select' }, options: feedIdOptions },
    skuId: { control: { type: 'select', labels: skuIdLabels }, options: skuIdOptions },
    headingLevel: { control: { type: 'select' }, options: [1, 2, 3, 4] },
    query: { control: 'object' },
    defaultQuery: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole "Offer details" page wired to the hooks, here on the MSW mock API: pick an offer with the `feedId` / `skuId` controls (each SKU of `mockScenarioRefs` plays a scenario: a status, many errors, no or 5,000 interactions, slow, 404, 401, 500, network failure, malformed body). Each part has its own loading, empty and error (with Retry) states and error boundary. The filters and page are uncontrolled (`defaultQuery`) or controlled (`query` + `onQueryChange`, e.g. kept in the host\'s URL).',
      },
    },
  },
} satisfies Meta<typeof OfferDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

// ── Statuses ────────────────────────────────────────────────────────────────

export const Synched: Story = {
  play: async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByRole('region', { name: 'Status' })).toHaveTextContent('Offer status: Synched');
    await waitFor(() => expect(pageDataRows(canvas.getByRole('table'))).not.toHaveLength(0));
    await pageSettled(canvasElement);
  },
};

export const ErrorStatus: Story = {
  name: 'Error',
  args: refArgs('error'),
  play: async ({ canvasElement, canvas, userEvent }) => {
    const status = await canvas.findByRole('region', { name: 'Status' });
    await expect(status).toHaveTextContent('Offer status: Error');
    const [first] = within(status).getAllByRole('button', { expanded: false });
    if (!first) throw new Error('no error to expand');
    await userEvent.click(first);
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await pageSettled(canvasElement);
  },
};

export const Unavailable: Story = { args: refArgs('unavailable') };

/** Sending: the page polls every 5 s until the channel answers. */
export const Sending: Story = { args: refArgs('sending') };

// ── Data edge cases ─────────────────────────────────────────────────────────

export const ManyErrors: Story = {
  args: refArgs('many-errors'),
  play: async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByRole('heading', { name: /errors to fix$/ })).toBeVisible();
    await pageSettled(canvasElement);
  },
};

export const NoInteractions: Story = {
  args: refArgs('no-interactions'),
  play: async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByText('No interactions yet')).toBeVisible();
    await pageSettled(canvasElement);
  },
};

/** 5,000 interactions: "1–25 of 5,000", then the next page (the previous one stays while it loads). */
export const FiveThousandInteractions: Story = {
  args: refArgs('many-interactions'),
  play: async ({ canvasElement, canvas, userEvent }) => {
    const nav = canvas.getByRole('navigation', { name: 'Pagination' });
    await waitFor(() => expect(nav).toHaveTextContent('1–25 of 5,000'));
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(nav).toHaveTextContent('26–50 of 5,000'));
    await pageSettled(canvasElement);
  },
};

/** Filtering by origin: fewer rows, all of that origin. */
export const FilterByOrigin: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    await waitFor(() => expect(pageDataRows(canvas.getByRole('table'))).not.toHaveLength(0));
    const before = pageDataRows(canvas.getByRole('table')).length;
    await userEvent.click(canvas.getByRole('button', { name: 'Origin' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Inventory' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(pageDataRows(canvas.getByRole('table')).length).toBeLessThan(before));
    for (const row of pageDataRows(canvas.getByRole('table'))) await expect(row).toHaveTextContent('Inventory');
    await expect(canvas.getByRole('button', { name: 'Origin, 1 selected' })).toBeVisible();
    await pageSettled(canvasElement);
  },
};

/** Items per page: the table shows that many rows, from page 1. */
export const PageSize: Story = {
  args: refArgs('many-interactions'),
  play: async ({ canvasElement, canvas, userEvent }) => {
    await waitFor(() => expect(pageDataRows(canvas.getByRole('table'))).toHaveLength(25));
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    const nav = canvas.getByRole('navigation', { name: 'Pagination' });
    await waitFor(() => expect(nav).toHaveTextContent('26–50 of 5,000'));
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Items per page' }), '10');
    await waitFor(() => expect(pageDataRows(canvas.getByRole('table'))).toHaveLength(10));
    await expect(nav).toHaveTextContent('1–10 of 5,000');
    await pageSettled(canvasElement);
  },
};

/** A 200-character name, a long channel name and a 5,000-character error description wrap. */
export const LongTexts: Story = {
  beforeEach({ msw }) {
    msw.use(offerHandler(longTextOffer));
  },
  play: async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByRole('heading', { name: longTextOffer.name })).toBeVisible();
    await pageSettled(canvasElement);
  },
};

// ── Loading and errors ──────────────────────────────────────────────────────

/** Every answer takes 2 s: each part shows its skeleton, then the data. */
export const Slow: Story = {
  name: 'Slow (loading)',
  args: refArgs('slow'),
  play: async ({ canvasElement, canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Loading offer' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('region', { name: 'Loading status' })).toBeInTheDocument();
    await expect(
      await canvas.findByRole('region', { name: 'Status' }, { timeout: MOCK_SLOW_DELAY_MS + 2_000 }),
    ).toBeVisible();
    await pageSettled(canvasElement);
  },
};

export const NotFound: Story = {
  name: 'Not found (404)',
  args: refArgs('not-found'),
  play: async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Offer not found');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
    await pageSettled(canvasElement);
  },
};

export const Unauthorized: Story = {
  name: 'Unauthorized (401)',
  args: refArgs('unauthorized'),
  play: async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent("You don't have access to this offer");
    await pageSettled(canvasElement);
  },
};

/** HTTP 500: retried 3 times (1 s, 2 s, 4 s), so the error shows after about 7 s. */
export const ServerError: Story = {
  name: 'Server error (500)',
  args: refArgs('server-error'),
  play: async ({ canvasElement }) => {
    await pageSettled(canvasElement, { loading: true });
  },
};

/** The API cannot be reached: retried 3 times (1 s, 2 s, 4 s), so the error shows after about 7 s. */
export const NetworkError: Story = {
  args: refArgs('network-error'),
  play: async ({ canvasElement }) => {
    await pageSettled(canvasElement, { loading: true });
  },
};

export const Malformed: Story = {
  name: 'Malformed response',
  args: refArgs('malformed'),
  play: async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent("We couldn't read this information");
    await pageSettled(canvasElement);
  },
};

/** The first answers cannot be read; Retry loads the page. */
export const RetryAfterError: Story = {
  args: { ...retryDemoRef },
  beforeEach({ msw }) {
    msw.use(...unreadableOnceHandlers);
  },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent("We couldn't read this information");
    // Both parts failed (one page-level error, not the offer's alone while the interactions still load): under a
    // loaded CPU the offer's section error can show first, and a Retry then would race the interactions' failure.
    await waitFor(() => expect(canvasElement.querySelector('[data-state="error"]')).not.toBeNull());
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('region', { name: 'Status' })).toBeVisible();
    await waitFor(() => expect(pageDataRows(canvas.getByRole('table'))).not.toHaveLength(0));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await pageSettled(canvasElement);
  },
};

// ── Locales ─────────────────────────────────────────────────────────────────

export const PortugueseBrazil: Story = {
  globals: { locale: 'pt-BR' },
  args: refArgs('many-interactions'),
  play: async ({ canvasElement, canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'Paginação' });
    await waitFor(() => expect(nav).toHaveTextContent('1–25 de 5.000'));
    await expect(canvas.getByRole('heading', { name: 'Interações' })).toBeVisible();
    await pageSettled(canvasElement);
  },
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  args: refArgs('error'),
  play: async ({ canvasElement, canvas }) => {
    await expect(await canvas.findByRole('region', { name: 'Estado' })).toHaveTextContent('Estado de la oferta: Error');
    await pageSettled(canvasElement);
  },
};

// ── Host integration ────────────────────────────────────────────────────────

const HostLayout = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: 1rem;
  font-family: system-ui, sans-serif;
`;

const UrlBar = styled.output`
  display: block;
  padding: 0.5rem 0.75rem;
  border: 1px solid #c9c9c9;
  border-radius: 0.5rem;
  background: #f5f5f5;
  color: #1f1f1f;
  font-family: ui-monospace, monospace;
  font-size: 0.875rem;
  overflow-wrap: anywhere;
`;

/** How a host might write the query in its URL. */
function queryToSearch(query: InteractionQuery): string {
  const params = new URLSearchParams();
  for (const origin of query.origins ?? []) params.append('origin', origin);
  for (const result of query.results ?? []) params.append('result', result);
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return `?${params.toString()}`;
}

/** A host that keeps the page's query in its own state, shown as the URL it would write. */
function ControlledHost({ query: initial, onQueryChange, ...props }: OfferDetailsProps) {
  const [query, setQuery] = useState<InteractionQuery>(initial ?? { page: 1, pageSize: 25 });
  return (
    <HostLayout>
      <UrlBar aria-label="Host URL">{`/offers/${props.feedId}/${props.skuId}${queryToSearch(query)}`}</UrlBar>
      <OfferDetails
        {...props}
        query={query}
        onQueryChange={(next) => {
          onQueryChange?.(next);
          setQuery(next);
        }}
      />
    </HostLayout>
  );
}

/** The host holds the filters and page (`query` + `onQueryChange`), e.g. in its URL. */
export const ControlledQuery: Story = {
  args: { ...refArgs('many-interactions'), query: { page: 2, pageSize: 10, results: ['failure'] } },
  render: (args) => <ControlledHost {...args} />,
  play: async ({ canvasElement, canvas, userEvent, args }) => {
    const url = canvas.getByRole('status', { name: 'Host URL' });
    await expect(url).toHaveTextContent('?result=failure&page=2&pageSize=10');
    await waitFor(() => expect(pageDataRows(canvas.getByRole('table'))).toHaveLength(10));
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(args.onQueryChange).toHaveBeenLastCalledWith({ page: 3, pageSize: 10, results: ['failure'] });
    await expect(url).toHaveTextContent('?result=failure&page=3&pageSize=10');
    await pageSettled(canvasElement);
  },
};

/** With the host's routes: the Edit items and the rows are real links (Cmd/Ctrl-click opens a new tab). */
export const WithLinks: Story = {
  decorators: [withPageSettings({ links: hostLinks })],
  play: async ({ canvasElement, canvas, userEvent }) => {
    await waitFor(() => expect(pageDataRows(canvas.getByRole('table'))).not.toHaveLength(0));
    const [row] = pageDataRows(canvas.getByRole('table'));
    await expect(within(row as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/offers\/vtex\.meli-classic\/1001\/interactions\/\w+$/),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Edit' }));
    await expect(canvas.getByRole('menuitem', { name: 'Edit price' })).toHaveAttribute('href', '#/catalog/sku/1001/price');
    await userEvent.keyboard('{Escape}');
    await pageSettled(canvasElement);
  },
};

/** Without routes: the host's callbacks (see the Actions panel). */
export const WithCallbacks: Story = {
  args: { ...refArgs('error'), onEdit: fn(), onInteractionSelect: fn() },
  play: async ({ canvasElement, canvas, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit' }));
    await userEvent.click(canvas.getByRole('menuitem', { name: 'Edit price' }));
    await expect(args.onEdit).toHaveBeenCalledWith(expect.objectContaining({ skuId: '1002' }), 'price');
    await waitFor(() => expect(pageDataRows(canvas.getByRole('table'))).not.toHaveLength(0));
    const [row] = pageDataRows(canvas.getByRole('table'));
    await userEvent.click(within(row as HTMLElement).getByRole('button'));
    await expect(args.onInteractionSelect).toHaveBeenCalledWith(
      expect.objectContaining({ skuId: '1002' }),
      row?.getAttribute('data-interaction-id'),
    );
    await pageSettled(canvasElement);
  },
};

/** The Edit menu by keyboard: Enter opens on the first item, arrows move, Escape returns to the button. */
export const EditMenuByKeyboard: Story = {
  decorators: [withPageSettings({ links: hostLinks })],
  play: async ({ canvasElement, canvas, userEvent }) => {
    const button = await canvas.findByRole('button', { name: 'Edit' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('menuitem', { name: 'Edit information' })).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: 'Edit price' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('menuitem', { name: 'Edit inventory' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await pageSettled(canvasElement);
  },
};
