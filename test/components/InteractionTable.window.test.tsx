import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Interaction, InteractionPage } from '../../src/api/types';
import { InteractionTable } from '../../src/components/InteractionTable';
import { OfferManagementProvider } from '../../src/hooks/OfferManagementProvider';
import { makeInteractions } from '../../stories/fixtures/interactions';

const client = {
  getOffer: () => Promise.reject(new Error('not used')),
  listInteractions: () => Promise.reject(new Error('not used')),
};

const href = (interaction: Interaction) => `/offers/interactions/${interaction.id}`;

function renderRows(count: number) {
  const items = makeInteractions(count, 3);
  const data: InteractionPage = { items, total: items.length, page: 1, pageSize: count };
  const utils = render(
    <OfferManagementProvider client={client} timeZone="UTC">
      <InteractionTable data={data} query={{ page: 1, pageSize: count }} onQueryChange={vi.fn()} interactionHref={href} />
    </OfferManagementProvider>,
  );
  const table = screen.getByRole('table', { name: 'Interactions' });
  const [header, body] = within(table).getAllByRole('rowgroup');
  return { ...utils, items, table, header: header!, body: body!, user: userEvent.setup() };
}

/** The data rows in the accessibility tree (spacer rows are aria-hidden). */
const rowsOf = (body: HTMLElement) => within(body).queryAllByRole('row');

describe('<InteractionTable /> with more than 100 rows (windowed)', () => {
  it('renders far fewer row elements than rows and states the whole length in aria-rowcount', () => {
    const { table, header, body, items } = renderRows(1000);
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    expect(within(header).getByRole('row')).toHaveAttribute('aria-rowindex', '1');
    const rows = rowsOf(body);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(60);
    // Each rendered row: its position in the whole list (header row = 1), and the matching interaction.
    rows.forEach((row, index) => {
      expect(row).toHaveAttribute('aria-rowindex', String(index + 2));
      expect(row).toHaveAttribute('data-interaction-id', items[index]!.id);
    });
    // A spacer row keeps the scroll height of the rows not rendered; it is not a row for assistive technology.
    const spacers = body.querySelectorAll('tr[aria-hidden="true"]');
    expect(spacers).toHaveLength(1);
    expect(spacers[0]).not.toHaveAttribute('aria-rowindex');
    expect(body.lastElementChild).toBe(spacers[0]);
  });

  it('windows from 101 rows on', () => {
    const { table, body } = renderRows(101);
    expect(table).toHaveAttribute('aria-rowcount', '102');
    expect(rowsOf(body).length).toBeLessThan(101);
  });

  it('keeps a focused row and the rows after it rendered, so Tab goes on past the first rendered rows', async () => {
    const { body, user, items } = renderRows(1000);
    const rows = rowsOf(body);
    const lastLink = within(rows[rows.length - 1]!).getByRole('link');
    act(() => lastLink.focus());
    const index = rows.length - 1;
    // The rows after the focused one are rendered now, in order.
    const next = body.querySelector(`tr[aria-rowindex="${index + 3}"]`);
    expect(next).toHaveAttribute('data-interaction-id', items[index + 1]!.id);
    await user.tab();
    expect(document.activeElement).toBe(within(next as HTMLElement).getByRole('link'));
    expect(document.activeElement).toHaveAttribute('href', href(items[index + 1]!));
    // Still the right index on every rendered row, with a spacer only at the end.
    rowsOf(body).forEach((row, position) => expect(row).toHaveAttribute('aria-rowindex', String(position + 2)));
  });
});

describe('<InteractionTable /> with up to 100 rows', () => {
  it('renders every row, with no spacer and no aria-rowcount', () => {
    const { table, body, items } = renderRows(100);
    expect(table).not.toHaveAttribute('aria-rowcount');
    const rows = rowsOf(body);
    expect(rows).toHaveLength(100);
    expect(body.querySelectorAll('tr[aria-hidden="true"]')).toHaveLength(0);
    expect(rows[99]).toHaveAttribute('data-interaction-id', items[99]!.id);
    expect(rows[99]).not.toHaveAttribute('aria-rowindex');
  });
});
