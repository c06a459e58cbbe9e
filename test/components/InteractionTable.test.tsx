import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfferManagementError } from '../../src/api/errors';
import type { Interaction, InteractionPage, InteractionQuery, OfferManagementClient } from '../../src/api/types';
import { InteractionTable, type InteractionTableProps } from '../../src/components/InteractionTable';
import {
  OfferManagementProvider,
  type OfferLinks,
  type OfferManagementSettings,
} from '../../src/hooks/OfferManagementProvider';
import {
  interactions,
  interactionsOffer,
  makeInteractions,
  pageOfInteractions,
  unknownInteractions,
} from '../../stories/fixtures/interactions';

const client: OfferManagementClient = {
  getOffer: () => Promise.reject(new Error('not used')),
  listInteractions: () => Promise.reject(new Error('not used')),
};

const firstPage: InteractionPage = { items: interactions, total: interactions.length, page: 1, pageSize: 25 };
const baseQuery: InteractionQuery = { page: 1, pageSize: 25 };

function renderTable(props: Partial<InteractionTableProps> = {}, settings: OfferManagementSettings = {}) {
  const onQueryChange = vi.fn<(next: InteractionQuery) => void>();
  const all: InteractionTableProps = { data: firstPage, query: baseQuery, onQueryChange, ...props };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <OfferManagementProvider client={client} timeZone="UTC" {...settings}>
      {children}
    </OfferManagementProvider>
  );
  const utils = render(<InteractionTable {...all} />, { wrapper });
  return { ...utils, onQueryChange: all.onQueryChange as typeof onQueryChange, user: userEvent.setup() };
}

/** The data rows (skipping the header row). */
function bodyRows() {
  const [, body] = screen.getAllByRole('rowgroup');
  return body ? within(body).queryAllByRole('row') : [];
}

describe('<InteractionTable /> with a page of interactions', () => {
  it('is a table with a caption and the four column headers', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Interactions' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Date', 'Origin', 'New value', 'Result']);
    headers.forEach((header) => expect(header).toHaveAttribute('scope', 'col'));
    expect(bodyRows()).toHaveLength(interactions.length);
    expect(screen.getByRole('region', { name: 'Interactions' })).toContainElement(table);
  });

  it('formats date, origin, new value and result in English', () => {
    renderTable();
    const [price, stock, catalogFailure] = bodyRows();
    const priceCells = within(price!).getAllByRole('cell');
    expect(priceCells[0]).toHaveTextContent('Nov 20, 2026, 3:30 PM');
    expect(priceCells[0]!.querySelector('time')).toHaveAttribute('datetime', '2026-11-20T15:30:00.000Z');
    expect(priceCells[1]).toHaveTextContent('Price');
    expect(priceCells[2]).toHaveTextContent('R$79.99');
    expect(priceCells[3]).toHaveTextContent('Success');
    expect(within(stock!).getAllByRole('cell')[2]).toHaveTextContent('33 units');
    const failureCells = within(catalogFailure!).getAllByRole('cell');
    expect(failureCells[1]).toHaveTextContent('Catalog');
    // No value: an em dash for the eye, words for screen readers.
    expect(failureCells[2]).toHaveTextContent('—');
    expect(within(failureCells[2]!).getByText('No new value')).toBeInTheDocument();
    // Result by text and icon, never by colour alone.
    expect(failureCells[3]).toHaveTextContent('Failure');
    expect(failureCells[3]!.querySelector('svg')).not.toBeNull();
  });

  it('shows times in the provider time zone', () => {
    renderTable({}, { timeZone: 'America/Sao_Paulo' });
    expect(within(bodyRows()[0]!).getAllByRole('cell')[0]).toHaveTextContent('Nov 20, 2026, 12:30 PM');
  });

  it('speaks Brazilian Portuguese', () => {
    renderTable({ data: { ...firstPage, total: 5000 } }, { locale: 'pt-BR' });
    expect(screen.getByRole('table', { name: 'Interações' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Data', 'Origem', 'Novo valor', 'Resultado']);
    const [price, stock] = bodyRows();
    const priceCells = within(price!).getAllByRole('cell');
    expect(priceCells[0]).toHaveTextContent(/20 de nov\. de 2026,? 15:30/);
    expect(priceCells[1]).toHaveTextContent('Preço');
    expect(priceCells[2]).toHaveTextContent(/R\$\s79,99/);
    expect(priceCells[3]).toHaveTextContent('Sucesso');
    expect(within(stock!).getAllByRole('cell')[2]).toHaveTextContent('33 unidades');
    expect(screen.getByRole('navigation', { name: 'Paginação' })).toHaveTextContent('1–8 de 5.000');
    expect(screen.getByLabelText('Itens por página')).toBeInTheDocument();
  });

  it('speaks Spanish', () => {
    renderTable({}, { locale: 'es' });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Fecha', 'Origen', 'Nuevo valor', 'Resultado']);
    const cells = within(bodyRows()[1]!).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('Inventario');
    expect(cells[2]).toHaveTextContent('33 unidades');
    expect(screen.getByRole('button', { name: 'Origen' })).toBeInTheDocument();
  });

  it('renders unknown origins and results as their raw text, and markup as text', () => {
    renderTable({ data: { items: unknownInteractions, total: 2, page: 1, pageSize: 25 } });
    const [long, markup] = bodyRows();
    expect(long).toHaveTextContent(unknownInteractions[0]!.origin);
    expect(long).toHaveTextContent('partially-synchronised');
    expect(markup).toHaveTextContent('<img src=x onerror="alert(1)">');
    expect(markup).toHaveTextContent('<b>bold</b>');
    expect(markup!.querySelector('img')).toBeNull();
    expect(markup!.querySelector('b')).toBeNull();
  });

  it('forwards the ref, className and other DOM props to the root', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = renderTable({ ref, className: 'host-class', id: 'interactions', 'aria-describedby': 'x' } as Partial<InteractionTableProps>);
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveClass('host-class');
    expect(ref.current).toHaveAttribute('id', 'interactions');
    expect(ref.current).toHaveAttribute('aria-describedby', 'x');
  });
});

describe('<InteractionTable /> filters', () => {
  it('filters by origin from a popover checkbox group, back on page 1', async () => {
    const { user, onQueryChange } = renderTable({ query: { page: 3, pageSize: 25 } });
    const button = screen.getByRole('button', { name: 'Origin' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Origin' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual([
      'Catalog',
      'Price',
      'Inventory',
    ]);
    expect(within(group).getByRole('checkbox', { name: 'Catalog' })).toHaveFocus();
    await user.click(within(group).getByRole('checkbox', { name: 'Price' }));
    expect(onQueryChange).toHaveBeenLastCalledWith({ page: 1, pageSize: 25, origins: ['price'] });
  });

  it('adds and removes result values, keeping the other filter', async () => {
    const { user, onQueryChange } = renderTable({
      query: { page: 2, pageSize: 10, origins: ['catalog'], results: ['failure'] },
    });
    const button = screen.getByRole('button', { name: 'Result, 1 selected' });
    expect(button).toHaveTextContent('1');
    expect(screen.getByRole('button', { name: 'Origin, 1 selected' })).toBeInTheDocument();
    await user.click(button);
    const group = screen.getByRole('group', { name: 'Result' });
    expect(within(group).getByRole('checkbox', { name: 'Failure' })).toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Success' }));
    expect(onQueryChange).toHaveBeenLastCalledWith({ page: 1, pageSize: 10, origins: ['catalog'], results: ['success', 'failure'] });
    await user.click(within(group).getByRole('checkbox', { name: 'Failure' }));
    const last = onQueryChange.mock.lastCall?.[0];
    expect(last).toEqual({ page: 1, pageSize: 10, origins: ['catalog'] });
    expect(last && 'results' in last).toBe(false);
  });

  it('closes the popover with Escape and returns focus to its button', async () => {
    const { user } = renderTable();
    const button = screen.getByRole('button', { name: 'Result' });
    await user.click(button);
    expect(screen.getByRole('group', { name: 'Result' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Result' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes the popover on a click outside and when the other filter opens', async () => {
    const { user } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Origin' }));
    await user.click(screen.getByRole('button', { name: 'Result' }));
    expect(screen.queryByRole('group', { name: 'Origin' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Result' })).toBeInTheDocument();
    await user.click(screen.getByRole('table'));
    expect(screen.queryByRole('group', { name: 'Result' })).not.toBeInTheDocument();
  });

  it('offers "Clear filters" only when a filter is active', async () => {
    const { user, onQueryChange, rerender } = renderTable();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    rerender(
      <InteractionTable
        data={firstPage}
        query={{ page: 4, pageSize: 50, origins: ['price'], results: ['success'] }}
        onQueryChange={onQueryChange}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onQueryChange).toHaveBeenCalledWith({ page: 1, pageSize: 50 });
  });

  it('really filters when the host holds the query (fewer rows)', async () => {
    const all = makeInteractions(60);
    function Host() {
      const [query, setQuery] = useState<InteractionQuery>(baseQuery);
      return <InteractionTable data={pageOfInteractions(all, query)} query={query} onQueryChange={setQuery} />;
    }
    render(<Host />);
    const user = userEvent.setup();
    expect(bodyRows()).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Result' }));
    await user.click(screen.getByRole('checkbox', { name: 'Failure' }));
    const failures = all.filter((i) => i.result === 'failure').length;
    expect(bodyRows()).toHaveLength(Math.min(25, failures));
    bodyRows().forEach((row) => expect(row).toHaveTextContent('Failure'));
    expect(screen.getByRole('status')).toHaveTextContent(`Showing 1–${Math.min(25, failures)} of ${failures}`);
  });
});

describe('<InteractionTable /> paging', () => {
  const bigPage: InteractionPage = { items: makeInteractions(25), total: 5000, page: 1, pageSize: 25 };

  it('says "1–25 of 5,000" in a labelled navigation landmark and announces it', () => {
    renderTable({ data: bigPage });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(nav).toHaveTextContent('1–25 of 5,000');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1–25 of 5,000');
    // One element holds the text: on screen "1–25 of 5,000", for screen readers "Showing 1–25 of 5,000".
    expect(screen.getByText(/1–25 of 5,000/)).toBe(screen.getByRole('status'));
  });

  it('disables Previous on the first page and goes to the next one', async () => {
    const { user, onQueryChange } = renderTable({ data: bigPage, query: { page: 1, pageSize: 25, origins: ['price'] } });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    expect(within(nav).getByRole('button', { name: 'First page' })).toBeDisabled();
    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(onQueryChange).toHaveBeenLastCalledWith({ page: 2, pageSize: 25, origins: ['price'] });
    await user.click(within(nav).getByRole('button', { name: 'Last page' }));
    expect(onQueryChange).toHaveBeenLastCalledWith({ page: 200, pageSize: 25, origins: ['price'] });
  });

  it('disables Next on the last page', async () => {
    const { user, onQueryChange } = renderTable({
      data: { items: makeInteractions(8), total: 5008, page: 201, pageSize: 25 },
      query: { page: 201, pageSize: 25 },
    });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(nav).toHaveTextContent('5,001–5,008 of 5,008');
    expect(within(nav).getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(within(nav).getByRole('button', { name: 'Last page' })).toBeDisabled();
    await user.click(within(nav).getByRole('button', { name: 'Previous page' }));
    expect(onQueryChange).toHaveBeenLastCalledWith({ page: 200, pageSize: 25 });
  });

  it('changes the page size from a labelled select, back on page 1', async () => {
    const { user, onQueryChange } = renderTable({ data: bigPage, query: { page: 7, pageSize: 25, results: ['success'] } });
    const select = screen.getByRole('combobox', { name: 'Items per page' });
    expect(select).toHaveValue('25');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['10', '25', '50', '100']);
    await user.selectOptions(select, '100');
    expect(onQueryChange).toHaveBeenCalledWith({ page: 1, pageSize: 100, results: ['success'] });
  });

  it('shows as many rows as the page size asks (stateful host)', async () => {
    const all = makeInteractions(300);
    function Host() {
      const [query, setQuery] = useState<InteractionQuery>({ page: 1, pageSize: 10 });
      return <InteractionTable data={pageOfInteractions(all, query)} query={query} onQueryChange={setQuery} />;
    }
    render(<Host />);
    const user = userEvent.setup();
    expect(bodyRows()).toHaveLength(10);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Items per page' }), '50');
    expect(bodyRows()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('51–100 of 300');
  });

  it('handles a page past the last one', async () => {
    const { user, onQueryChange } = renderTable({
      data: { items: [], total: 30, page: 9, pageSize: 25 },
      query: { page: 9, pageSize: 25 },
    });
    expect(screen.getByText('There is no page 9: the last page is 2.')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('0 of 30');
    await user.click(screen.getByRole('button', { name: 'Go to the last page' }));
    expect(onQueryChange).toHaveBeenLastCalledWith({ page: 2, pageSize: 25 });
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onQueryChange).toHaveBeenLastCalledWith({ page: 2, pageSize: 25 });
  });
});

describe('<InteractionTable /> rows that open an interaction', () => {
  // A row click is forwarded to the row's link: `assign` records each link click that reaches the document (where a
  // host router would intercept it), with the link's href; the listener also stops jsdom's unimplemented navigation.
  let assign: ReturnType<typeof vi.fn<(href: string | null) => void>>;
  let open: ReturnType<typeof vi.spyOn>;
  const recordLinkClicks = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    event.preventDefault();
    assign(link.getAttribute('href'));
  };

  beforeEach(() => {
    assign = vi.fn();
    document.addEventListener('click', recordLinkClicks);
    open = vi.spyOn(window, 'open').mockImplementation(() => null);
  });
  afterEach(() => {
    document.removeEventListener('click', recordLinkClicks);
  });

  const href = (interaction: Interaction) => `/offers/interactions/${interaction.id}`;
  const firstId = interactions[0]!.id;

  it('puts a real link in the Date cell and navigates like it on a row click', async () => {
    const { user } = renderTable({ interactionHref: href });
    const row = bodyRows()[0]!;
    const link = within(row).getByRole('link', { name: /Nov 20, 2026, 3:30 PM/ });
    expect(link).toHaveAttribute('href', `/offers/interactions/${firstId}`);
    expect(link).toHaveAccessibleName('View Price interaction of Nov 20, 2026, 3:30 PM');
    expect(within(row).getAllByRole('cell')[0]).toContainElement(link);
    await user.click(within(row).getByText('Price'));
    expect(assign).toHaveBeenCalledExactlyOnceWith(`/offers/interactions/${firstId}`);
    expect(open).not.toHaveBeenCalled();
  });

  it('opens a new tab on Cmd/Ctrl-click and middle click on the row', async () => {
    const { user } = renderTable({ interactionHref: href });
    const cell = within(bodyRows()[1]!).getByText('33 units');
    await user.keyboard('{Control>}');
    await user.click(cell);
    await user.keyboard('{/Control}');
    await user.keyboard('{Meta>}');
    await user.click(cell);
    await user.keyboard('{/Meta}');
    await user.pointer({ keys: '[MouseMiddle]', target: cell });
    const url = `/offers/interactions/${interactions[1]!.id}`;
    expect(open).toHaveBeenCalledTimes(3);
    expect(open).toHaveBeenCalledWith(url, '_blank', 'noopener');
    expect(assign).not.toHaveBeenCalled();
  });

  it('does not navigate twice when the link itself is clicked', async () => {
    const { user } = renderTable({ interactionHref: href });
    await user.click(within(bodyRows()[0]!).getByRole('link'));
    expect(assign).toHaveBeenCalledExactlyOnceWith(`/offers/interactions/${firstId}`);
    expect(open).not.toHaveBeenCalled();
  });

  it('hands a row click to a host router that intercepts link clicks (no full page load)', async () => {
    const { user } = renderTable({ interactionHref: href });
    const link = within(bodyRows()[0]!).getByRole('link');
    const routed = vi.fn();
    link.addEventListener('click', (event) => {
      event.preventDefault(); // what a single-page router does
      routed(link.getAttribute('href'));
    });
    await user.click(within(bodyRows()[0]!).getByText('Price'));
    expect(routed).toHaveBeenCalledExactlyOnceWith(`/offers/interactions/${firstId}`);
  });

  it('does not navigate while the user is selecting text', async () => {
    const { user } = renderTable({ interactionHref: href });
    vi.spyOn(window, 'getSelection').mockReturnValue({ toString: () => 'Price' } as Selection);
    await user.click(within(bodyRows()[0]!).getByText('Price'));
    expect(assign).not.toHaveBeenCalled();
  });

  it("uses the provider's links.interactionHref with the offer", async () => {
    const links: OfferLinks = { interactionHref: (offer, id) => `/admin/offers/${offer.feedId}/${offer.skuId}/interactions/${id}` };
    const { user } = renderTable({ offer: interactionsOffer }, { links });
    const link = within(bodyRows()[0]!).getByRole('link');
    expect(link).toHaveAttribute('href', `/admin/offers/vtex.meli-classic/1070/interactions/${firstId}`);
    await user.click(within(bodyRows()[0]!).getByText('Success'));
    expect(assign).toHaveBeenCalledWith(`/admin/offers/vtex.meli-classic/1070/interactions/${firstId}`);
  });

  it('prefers the interactionHref prop over the provider link', () => {
    renderTable(
      { offer: interactionsOffer, interactionHref: href },
      { links: { interactionHref: () => '/from-provider' } },
    );
    expect(within(bodyRows()[0]!).getByRole('link')).toHaveAttribute('href', `/offers/interactions/${firstId}`);
  });

  it('without a URL, holds a button calling onInteractionSelect once, and so does a row click', async () => {
    const onInteractionSelect = vi.fn();
    const { user } = renderTable({ onInteractionSelect });
    const row = bodyRows()[2]!;
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /Catalog interaction of/ }));
    expect(onInteractionSelect).toHaveBeenCalledExactlyOnceWith(interactions[2]);
    await user.click(within(row).getByText('Catalog'));
    expect(onInteractionSelect).toHaveBeenCalledTimes(2);
    expect(assign).not.toHaveBeenCalled();
  });

  it("calls the provider's onInteractionSelect with the offer and the id", async () => {
    const onInteractionSelect = vi.fn();
    const { user } = renderTable({ offer: interactionsOffer }, { onInteractionSelect });
    await user.click(within(bodyRows()[0]!).getByRole('button', { name: /Price interaction/ }));
    expect(onInteractionSelect).toHaveBeenCalledWith(interactionsOffer, firstId);
  });

  it('keeps rows plain without a URL or a callback', async () => {
    const { user } = renderTable();
    const row = bodyRows()[0]!;
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    await user.click(within(row).getByText('Price'));
    expect(assign).not.toHaveBeenCalled();
  });
});

describe('<InteractionTable /> states', () => {
  it('shows skeleton rows while the first page loads', () => {
    renderTable({ data: undefined });
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(bodyRows()).toHaveLength(0); // skeleton rows are hidden from assistive technology
    expect(document.querySelectorAll('[data-skeleton-row]').length).toBeGreaterThan(0);
    expect(screen.getByRole('status')).toHaveTextContent('Loading interactions');
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('keeps the previous rows while the next page loads', () => {
    renderTable({ isFetching: true });
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Updating…')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(interactions.length);
  });

  it('is not busy once loaded', () => {
    renderTable();
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'false');
    expect(screen.queryByText('Updating…')).not.toBeInTheDocument();
  });

  it('says when the offer has no interactions at all', () => {
    renderTable({ data: { items: [], total: 0, page: 1, pageSize: 25 } });
    expect(screen.getByText('No interactions yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('0 of 0');
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  });

  it('says when no interaction matches the filters and offers to clear them', async () => {
    const { user, onQueryChange } = renderTable({
      data: { items: [], total: 0, page: 1, pageSize: 25 },
      query: { page: 1, pageSize: 25, results: ['processing'] },
    });
    expect(screen.getByText('No interactions match these filters')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No interactions: 0 of 0');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onQueryChange).toHaveBeenCalledWith({ page: 1, pageSize: 25 });
  });

  it.each([
    ['not-found', "We couldn't find this offer"],
    ['unauthorized', "You don't have access to this offer"],
    ['invalid-response', "We couldn't read this information"],
    ['network', 'No connection'],
  ] as const)('explains a %s error and retries', async (kind, text) => {
    const onRetry = vi.fn();
    const { user } = renderTable({ data: undefined, error: new OfferManagementError(kind, 'boom'), onRetry });
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('works without any provider (English, default tokens)', () => {
    const onQueryChange = vi.fn();
    render(<InteractionTable data={firstPage} query={baseQuery} onQueryChange={onQueryChange} />);
    expect(screen.getByRole('table', { name: 'Interactions' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1–8 of 8');
  });

  it('announces the new range when the page changes', () => {
    const page1: InteractionPage = { items: makeInteractions(25), total: 5000, page: 1, pageSize: 25 };
    const page2: InteractionPage = { items: makeInteractions(25, 9), total: 5000, page: 2, pageSize: 25 };
    const onQueryChange = vi.fn();
    const { rerender } = render(<InteractionTable data={page1} query={baseQuery} onQueryChange={onQueryChange} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Showing 1–25 of 5,000');
    act(() => {
      rerender(<InteractionTable data={page2} query={{ ...baseQuery, page: 2 }} onQueryChange={onQueryChange} />);
    });
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('Showing 26–50 of 5,000');
  });
});

describe('<InteractionTable /> performance', () => {
  it('does not re-render unchanged rows when only the query changes', () => {
    const onQueryChange = vi.fn();
    const { rerender } = render(<InteractionTable data={firstPage} query={baseQuery} onQueryChange={() => onQueryChange()} />);
    // `format` is a getter on the prototype, read once per formatted date.
    const format = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { readonly format: unknown }, 'format', 'get');
    // A filter change: the next page is loading and the previous rows stay; new inline handlers each render.
    rerender(
      <InteractionTable data={firstPage} query={{ ...baseQuery, origins: ['price'] }} isFetching onQueryChange={() => onQueryChange()} />,
    );
    expect(screen.getByRole('button', { name: 'Origin, 1 selected' })).toBeInTheDocument();
    expect(format).not.toHaveBeenCalled();
    // A new page of data does render its rows.
    rerender(<InteractionTable data={{ ...firstPage, items: makeInteractions(3, 11) }} query={baseQuery} onQueryChange={() => onQueryChange()} />);
    expect(format).toHaveBeenCalled();
  });
});
