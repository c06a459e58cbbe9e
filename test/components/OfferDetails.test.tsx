import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 15_000 });
import type { InteractionQuery, OfferSyncStatus } from '../../src/api/types';
import { OfferDetails } from '../../src/components/OfferDetails';
import { createOfferFormatters, enMessages, esMessages, ptBRMessages } from '../../src/i18n';
import { mockOfferRefs, mockScenarioRefs } from '../../src/mocks';
import { server } from '../server';
import {
  baseUrl,
  dataRows,
  db,
  interactionRequests,
  interactionsSection,
  offerOf,
  offerRequests,
  outline,
  pagination,
  recordRequests,
  renderInProvider,
  renderPage,
  table,
  useMockApi,
} from './OfferDetails.helpers';

afterEach(() => {
  server.events.removeAllListeners();
});

const statusLabel: Record<OfferSyncStatus, string> = enMessages.common.status;
const STATUSES: OfferSyncStatus[] = ['synched', 'error', 'unavailable', 'sending'];
const many = mockScenarioRefs['many-interactions'];

describe('<OfferDetails /> against the mock API, per status', () => {
  it.each(STATUSES)('shows a %s offer: header, status block and its first page of interactions', async (status) => {
    useMockApi();
    const ref = mockOfferRefs[status];
    const offer = offerOf(ref);
    const firstPage = db.listInteractions(ref, { page: 1, pageSize: 25 });
    renderPage(ref);

    const name = await screen.findByRole('heading', { level: 2, name: offer.name });
    expect(screen.getByRole('region', { name: offer.name })).toContainElement(name);
    expect(screen.getByText(offer.channel.name)).toBeInTheDocument();
    expect(screen.getByText(offer.skuId)).toBeInTheDocument();

    const statusRegion = screen.getByRole('region', { name: 'Status' });
    expect(within(statusRegion).getByRole('status')).toHaveTextContent(`Offer status: ${statusLabel[status]}`);
    expect(statusRegion).toHaveTextContent(enMessages.status.description[status]);

    await waitFor(() => expect(dataRows()).toHaveLength(firstPage?.items.length ?? -1));
    const total = firstPage?.total ?? 0;
    expect(pagination()).toHaveTextContent(`1–${Math.min(25, total)} of ${total.toLocaleString('en')}`);
  });

  it('lists every active error of an offer with many errors', async () => {
    useMockApi();
    const ref = mockScenarioRefs['many-errors'];
    const offer = offerOf(ref);
    expect(offer.errors.length).toBeGreaterThan(1);
    renderPage(ref);

    expect(await screen.findByRole('heading', { name: `${offer.errors.length} errors to fix` })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Errors' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(offer.errors.length);
    for (const error of offer.errors) {
      expect(within(list).getByRole('button', { name: error.title })).toHaveAttribute('aria-expanded', 'false');
    }
  });

  it('says so when the offer has no interactions yet', async () => {
    useMockApi();
    renderPage(mockScenarioRefs['no-interactions']);
    expect(await screen.findByText('No interactions yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(pagination()).toHaveTextContent('0 of 0');
  });

  it('pages through 5,000 interactions: "1–25 of 5,000", then the next page', async () => {
    useMockApi();
    const requests = recordRequests();
    const user = userEvent.setup();
    renderPage(many);

    await waitFor(() => expect(pagination()).toHaveTextContent('1–25 of 5,000'));
    expect(dataRows()).toHaveLength(25);
    const firstId = db.listInteractions(many, { page: 1, pageSize: 25 })?.items[0]?.id;
    expect(dataRows()[0]).toHaveAttribute('data-interaction-id', firstId);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(pagination()).toHaveTextContent('26–50 of 5,000'));
    const secondPage = db.listInteractions(many, { page: 2, pageSize: 25 });
    expect(dataRows()[0]).toHaveAttribute('data-interaction-id', secondPage?.items[0]?.id);
    const last = interactionRequests(requests).at(-1);
    expect(last?.searchParams.get('page')).toBe('2');
    expect(last?.searchParams.get('pageSize')).toBe('25');
  });

  it('filters by origin: fewer rows, and the request carries the filter', async () => {
    useMockApi();
    const requests = recordRequests();
    const user = userEvent.setup();
    const ref = mockOfferRefs.synched;
    const all = db.listInteractions(ref, { page: 1, pageSize: 25 });
    const inventoryOnly = db.listInteractions(ref, { page: 1, pageSize: 25, origins: ['inventory'] });
    expect(inventoryOnly?.items.length).toBeLessThan(all?.items.length ?? 0);
    renderPage(ref);
    await waitFor(() => expect(dataRows()).toHaveLength(all?.items.length ?? -1));

    await user.click(screen.getByRole('button', { name: 'Origin' }));
    await user.click(screen.getByRole('checkbox', { name: 'Inventory' }));

    await waitFor(() => expect(dataRows()).toHaveLength(inventoryOnly?.items.length ?? -1));
    for (const row of dataRows()) expect(row).toHaveTextContent('Inventory');
    const last = interactionRequests(requests).at(-1);
    expect(last?.searchParams.getAll('origin')).toEqual(['inventory']);
    expect(last?.searchParams.get('page')).toBe('1');
    expect(screen.getByRole('button', { name: 'Origin, 1 selected' })).toBeInTheDocument();
  });

  it('changes the page size: as many rows, back to page 1', async () => {
    useMockApi();
    const requests = recordRequests();
    const user = userEvent.setup();
    renderPage(many);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(pagination()).toHaveTextContent('26–50 of 5,000'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Items per page' }), '10');
    await waitFor(() => expect(pagination()).toHaveTextContent('1–10 of 5,000'));
    expect(dataRows()).toHaveLength(10);
    const last = interactionRequests(requests).at(-1);
    expect([last?.searchParams.get('page'), last?.searchParams.get('pageSize')]).toEqual(['1', '10']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Items per page' }), '50');
    await waitFor(() => expect(dataRows()).toHaveLength(50));
    expect(pagination()).toHaveTextContent('1–50 of 5,000');
  });

  it('keeps the previous page on screen, marked busy, while the next one loads', async () => {
    useMockApi();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Holds page 2, then falls through to the mock API.
    server.use(
      http.get(`${baseUrl}/feeds/:feedId/skus/:skuId/interactions`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '2') await gate;
      }),
    );
    const user = userEvent.setup();
    renderPage(many);
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    const firstRow = dataRows()[0];

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Updating…')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(25);
    expect(dataRows()[0]).toBe(firstRow);
    expect(table()).toHaveAttribute('aria-busy', 'true');

    act(() => release());
    await waitFor(() => expect(pagination()).toHaveTextContent('26–50 of 5,000'));
    expect(screen.queryByText('Updating…')).not.toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-busy', 'false');
  });
});

describe('<OfferDetails /> filters and page from the host', () => {
  it('starts from defaultQuery (uncontrolled)', async () => {
    useMockApi();
    const requests = recordRequests();
    const expected = db.listInteractions(many, { page: 2, pageSize: 10, results: ['failure'] });
    renderPage({ ...many, defaultQuery: { page: 2, pageSize: 10, results: ['failure'] } });

    await waitFor(() => expect(dataRows()).toHaveLength(10));
    expect(pagination()).toHaveTextContent(`11–20 of ${(expected?.total ?? 0).toLocaleString('en')}`);
    for (const row of dataRows()) expect(row).toHaveTextContent('Failure');
    const first = interactionRequests(requests)[0];
    expect(first?.searchParams.getAll('result')).toEqual(['failure']);
    expect([first?.searchParams.get('page'), first?.searchParams.get('pageSize')]).toEqual(['2', '10']);
    expect(screen.getByRole('combobox', { name: 'Items per page' })).toHaveValue('10');
  });

  it('shows the host’s query and reports changes, but the host’s value rules (controlled)', async () => {
    useMockApi();
    const requests = recordRequests();
    const onQueryChange = vi.fn();
    const user = userEvent.setup();
    const { rerenderPage } = renderPage({ ...many, query: { page: 3, pageSize: 10 }, onQueryChange });

    await waitFor(() => expect(pagination()).toHaveTextContent('21–30 of 5,000'));
    expect(interactionRequests(requests)[0]?.searchParams.get('page')).toBe('3');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onQueryChange).toHaveBeenCalledTimes(1);
    expect(onQueryChange).toHaveBeenLastCalledWith({ page: 4, pageSize: 10 });
    // The host did not take the change: the page stays where the host says.
    expect(pagination()).toHaveTextContent('21–30 of 5,000');

    // The host moves (e.g. the browser's back button changed its URL).
    rerenderPage({ ...many, query: { page: 1, pageSize: 50, origins: ['price'] }, onQueryChange });
    const expected = db.listInteractions(many, { page: 1, pageSize: 50, origins: ['price'] });
    await waitFor(() => expect(dataRows()).toHaveLength(expected?.items.length ?? -1));
    expect(interactionRequests(requests).at(-1)?.searchParams.getAll('origin')).toEqual(['price']);
    expect(onQueryChange).toHaveBeenCalledTimes(1);
  });

  it('works with a host that keeps the query in its own state (like a URL)', async () => {
    useMockApi();
    const changes: InteractionQuery[] = [];
    function Host() {
      const [query, setQuery] = useState<InteractionQuery>({ page: 2, pageSize: 25 });
      return (
        <>
          <output aria-label="URL">{`?page=${query.page}&pageSize=${query.pageSize}&result=${(query.results ?? []).join(',')}`}</output>
          <OfferDetails
            {...many}
            query={query}
            onQueryChange={(next) => {
              changes.push(next);
              setQuery(next);
            }}
          />
        </>
      );
    }
    const user = userEvent.setup();
    renderInProvider(<Host />);
    await waitFor(() => expect(pagination()).toHaveTextContent('26–50 of 5,000'));

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(pagination()).toHaveTextContent('51–75 of 5,000'));
    expect(screen.getByRole('status', { name: 'URL' })).toHaveTextContent('?page=3&pageSize=25&result=');

    await user.click(screen.getByRole('button', { name: 'Result' }));
    await user.click(screen.getByRole('checkbox', { name: 'Failure' }));
    expect(changes.at(-1)).toEqual({ page: 1, pageSize: 25, results: ['failure'] });
    expect(screen.getByRole('status', { name: 'URL' })).toHaveTextContent('?page=1&pageSize=25&result=failure');
    const total = db.listInteractions(many, { page: 1, pageSize: 25, results: ['failure'] })?.total ?? 0;
    await waitFor(() => expect(pagination()).toHaveTextContent(`1–25 of ${total.toLocaleString('en')}`));
  });
});

describe('<OfferDetails /> opening another offer', () => {
  it('never shows the previous offer’s data, and starts the new one on its first page', async () => {
    useMockApi();
    const requests = recordRequests();
    const user = userEvent.setup();
    const first = offerOf(many);
    const second = offerOf(mockOfferRefs.error);
    const { rerenderPage } = renderPage(many);
    await screen.findByRole('heading', { name: first.name });
    await waitFor(() => expect(dataRows()).toHaveLength(25));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(pagination()).toHaveTextContent('26–50 of 5,000'));

    rerenderPage(mockOfferRefs.error);
    // At once: nothing of the old offer, its header and rows give way to loading states.
    expect(screen.queryByRole('heading', { name: first.name })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Loading offer' })).toHaveAttribute('aria-busy', 'true');
    expect(dataRows()).toHaveLength(0);
    expect(pagination()).not.toHaveTextContent('5,000');

    await screen.findByRole('heading', { name: second.name });
    const expected = db.listInteractions(mockOfferRefs.error, { page: 1, pageSize: 25 });
    await waitFor(() => expect(dataRows()).toHaveLength(expected?.items.length ?? -1));
    const last = interactionRequests(requests).at(-1);
    expect(last?.pathname).toContain(`/skus/${mockOfferRefs.error.skuId}/`);
    expect(last?.searchParams.get('page')).toBe('1');
    expect(interactionRequests(requests).filter((url) => url.pathname.includes('/skus/1002/'))).toHaveLength(1);
    expect(offerRequests(requests)).toHaveLength(2);
  });
});

describe('<OfferDetails /> structure', () => {
  it('has named regions and an outline with no skipped level, while loading and once loaded', async () => {
    useMockApi();
    const ref = mockOfferRefs.error;
    const offer = offerOf(ref);
    renderPage(ref);

    // Loading: a heading for the page keeps the outline whole, and each part says it is loading.
    expect(screen.getByRole('heading', { level: 2, name: 'Offer details' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Loading offer' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('region', { name: 'Loading status' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getAllByRole('status').map((el) => el.textContent)).toEqual(
      expect.arrayContaining(['Loading offer', 'Loading status']),
    );
    expect(outline()).toEqual([
      [2, 'Offer details'],
      [3, 'Interactions'],
    ]);

    await screen.findByRole('heading', { name: offer.name });
    await waitFor(() => expect(dataRows().length).toBeGreaterThan(0));
    expect(outline()).toEqual([
      [2, offer.name],
      [3, 'Status'],
      [4, '1 error to fix'],
      ...offer.errors.map((error) => [5, error.title] as [number, string]),
      [3, 'Interactions'],
    ]);
    expect(screen.getByRole('region', { name: offer.name })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Status' })).toBeInTheDocument();
    // The table's scroll region is the "Interactions" region (one region of that name).
    expect(screen.getByRole('region', { name: 'Interactions' })).toContainElement(table());
    expect(interactionsSection()).toContainElement(screen.getByRole('region', { name: 'Interactions' }));
    expect(screen.getByRole('group', { name: 'Filter interactions' })).toBeInTheDocument();
  });

  it('starts its outline at headingLevel, and forwards its ref, className and DOM props', async () => {
    useMockApi();
    const ref = mockOfferRefs.synched;
    const offer = offerOf(ref);
    const rootRef = { current: null as HTMLDivElement | null };
    renderPage({ ...ref, headingLevel: 1, ref: rootRef, className: 'host-class', id: 'offer-page' });
    await screen.findByRole('heading', { level: 1, name: offer.name });
    expect(screen.getByRole('heading', { level: 2, name: 'Status' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Interactions' })).toBeInTheDocument();
    expect(rootRef.current).toHaveAttribute('id', 'offer-page');
    expect(rootRef.current).toHaveClass('host-class');
    expect(rootRef.current).toHaveAttribute('data-status', 'synched');
  });
});

describe('<OfferDetails /> in each locale', () => {
  it.each([
    ['pt-BR', ptBRMessages, '1–25 de 5.000', 'Paginação'],
    ['es', esMessages, '1–25 de 5.000', 'Paginación'],
    ['en', enMessages, '1–25 of 5,000', 'Pagination'],
  ] as const)('speaks %s, with its dates, prices and counts', async (locale, messages, range, paginationName) => {
    useMockApi();
    const offer = offerOf(many);
    const items = db.listInteractions(many, { page: 1, pageSize: 25 })?.items ?? [];
    const format = createOfferFormatters({ locale, timeZone: 'UTC', messages });
    renderPage(many, { locale });

    await screen.findByRole('heading', { name: offer.name });
    expect(screen.getByRole('heading', { name: messages.page.interactions })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: messages.status.title })).toHaveTextContent(
      messages.status.description[offer.status],
    );
    expect(screen.getByText(messages.page.retention)).toBeInTheDocument();
    await waitFor(() => expect(pagination(paginationName)).toHaveTextContent(range));
    expect(screen.getByRole('combobox', { name: messages.table.pageSize })).toBeInTheDocument();

    const rows = dataRows(messages.table.caption);
    expect(rows[0]).toHaveTextContent(format.dateTime(items[0]?.startDate ?? ''));
    const priced = items.findIndex((item) => item.newValue?.kind === 'price');
    const value = items[priced]?.newValue;
    expect(value?.kind).toBe('price');
    if (value?.kind === 'price') {
      const price = format.currency(value.amount, value.currency).replace(/\s+/g, ' ');
      expect(rows[priced]).toHaveTextContent(price);
      if (locale === 'pt-BR') expect(price).toMatch(/^R\$ \d{1,3}(\.\d{3})*,\d{2}$/);
    }
  });
});

describe('<OfferDetails /> links and callbacks', () => {
  it('renders real links from links.editHref and links.interactionHref', async () => {
    useMockApi();
    const user = userEvent.setup();
    const ref = mockOfferRefs.synched;
    const items = db.listInteractions(ref, { page: 1, pageSize: 25 })?.items ?? [];
    renderPage(ref, {
      links: {
        editHref: (offer, target) => `/catalog/${offer.skuId}/edit/${target}`,
        interactionHref: (offer, id) => `/offers/${offer.feedId}/${offer.skuId}/interactions/${id}`,
      },
    });
    await waitFor(() => expect(dataRows()).toHaveLength(items.length));

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('menuitem', { name: 'Edit price' })).toHaveAttribute('href', '/catalog/1001/edit/price');
    expect(screen.getByRole('menuitem', { name: 'Edit inventory' })).toHaveAttribute(
      'href',
      '/catalog/1001/edit/inventory',
    );
    await user.keyboard('{Escape}');

    const link = within(dataRows()[0] as HTMLElement).getByRole('link');
    expect(link).toHaveAttribute('href', `/offers/vtex.meli-classic/1001/interactions/${items[0]?.id}`);
    expect(link).toHaveAccessibleName(expect.stringMatching(/^View .+ interaction of /));
  });

  it('calls onEdit and onInteractionSelect with the offer when there are no links', async () => {
    useMockApi();
    const user = userEvent.setup();
    const onEdit = vi.fn();
    const onInteractionSelect = vi.fn();
    const ref = mockOfferRefs.error;
    const offer = offerOf(ref);
    const items = db.listInteractions(ref, { page: 1, pageSize: 25 })?.items ?? [];
    renderPage({ ...ref, onEdit, onInteractionSelect });
    await screen.findByRole('heading', { name: offer.name });
    await waitFor(() => expect(dataRows()).toHaveLength(items.length));

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('menuitem', { name: 'Edit price' }));
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ skuId: ref.skuId, feedId: ref.feedId }), 'price');

    await user.click(within(dataRows()[1] as HTMLElement).getByRole('button'));
    expect(onInteractionSelect).toHaveBeenCalledWith(expect.objectContaining({ skuId: ref.skuId }), items[1]?.id);

    // The error list's "View interaction" reaches the same callback.
    const error = offer.errors[0];
    await user.click(screen.getByRole('button', { name: error?.title ?? '' }));
    await user.click(screen.getByRole('button', { name: 'View interaction' }));
    expect(onInteractionSelect).toHaveBeenLastCalledWith(expect.objectContaining({ skuId: ref.skuId }), error?.interactionId);
  });
});
