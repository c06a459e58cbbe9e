/**
 * InteractionTable above 100 rows renders only the rows in view (plus an overscan) between spacer rows. What only a
 * real browser shows: scrolling to the bottom reaches the last row, Tab goes on row by row past the rendered rows
 * (the browser scrolls the focused link into view and the window follows), and the header stays sticky.
 */
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Interaction, InteractionPage } from '../../src/api/types';
import { InteractionTable } from '../../src/components/InteractionTable';
import { OfferManagementProvider } from '../../src/hooks/OfferManagementProvider';
import { makeInteractions } from '../../stories/fixtures/interactions';

const client = {
  getOffer: () => Promise.reject(new Error('not used')),
  listInteractions: () => Promise.reject(new Error('not used')),
};
const href = (interaction: Interaction) => `#/interactions/${interaction.id}`;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function renderTable(count = 1000, style?: Record<string, string>) {
  // Older rows (past ten days of FROZEN_NOW) are taller ("Details expired"): rows of two heights.
  const items = makeInteractions(count, 11);
  const data: InteractionPage = { items, total: items.length, page: 1, pageSize: count };
  const result = render(
    <OfferManagementProvider client={client} locale="en" timeZone="America/Sao_Paulo">
      <div style={style}>
        <InteractionTable data-testid="table" data={data} query={{ page: 1, pageSize: count }} onQueryChange={() => {}} interactionHref={href} />
      </div>
    </OfferManagementProvider>,
  );
  const root = result.getByTestId('table');
  const region = root.querySelector<HTMLElement>('[role="region"]')!;
  const table = root.querySelector('table')!;
  return { ...result, items, root, region, table };
}

/** The link that opens an interaction, by its accessible name (its row's visible date). */
const linkOf = (root: HTMLElement, interaction: Interaction) =>
  root.querySelector<HTMLAnchorElement>(`a[href="${href(interaction)}"]`);

/** The visible text of an interaction's date, as the row shows it. */
const dateText = (interaction: Interaction) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Sao_Paulo' }).format(
    new Date(interaction.startDate),
  );

function isInside(element: Element, box: Element) {
  const a = element.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  return a.top >= b.top - 1 && a.bottom <= b.bottom + 1 && a.height > 0;
}

describe('InteractionTable windowing (1,000 rows)', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  test('renders a window of rows; scrolling to the bottom shows the last row, aria-rowindex 1001', async () => {
    const { items, region, table, root } = renderTable();
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    await frame();
    const rendered = () => table.querySelectorAll('tbody tr[aria-rowindex]').length;
    expect(rendered()).toBeLessThan(80);
    // The spacers keep the full scroll height: about 1,000 rows of at least 40 px.
    expect(region.scrollHeight).toBeGreaterThan(40_000);

    const last = items[items.length - 1]!;
    // Scroll to the end (again as rows get measured and the spacers settle), as a user dragging the scrollbar down.
    await expect
      .poll(async () => {
        region.scrollTop = region.scrollHeight;
        await frame();
        const link = linkOf(root, last);
        return link !== null && isInside(link, region);
      })
      .toBe(true);
    const lastRow = page.getByRole('row', { name: new RegExp(dateText(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await expect.element(lastRow).toBeVisible();
    expect(lastRow.element()).toHaveAttribute('aria-rowindex', '1001');
    expect(lastRow.element()).toHaveTextContent(dateText(last));
    expect(rendered()).toBeLessThan(80);
    // The first row is gone from the DOM, and the header still sticks to the top of the region.
    expect(linkOf(root, items[0]!)).toBeNull();
    const header = table.querySelector('thead th')!;
    expect(header.getBoundingClientRect().top).toBeCloseTo(region.getBoundingClientRect().top + region.clientTop, 0);
  });

  test("Tab from the first row's link 40 times lands on row 41's link", async () => {
    const { items, root, region } = renderTable();
    await frame();
    const first = linkOf(root, items[0]!)!;
    first.focus();
    for (let i = 0; i < 40; i += 1) await userEvent.keyboard('{Tab}');
    const target = items[40]!;
    expect(document.activeElement).toBe(linkOf(root, target));
    expect(document.activeElement!.closest('tr')).toHaveAttribute('aria-rowindex', '42');
    expect(document.activeElement).toHaveAccessibleName(new RegExp(`interaction of ${dateText(target)}$`));
    // The browser scrolled the focused link into view, and the window followed.
    await frame();
    expect(region.scrollTop).toBeGreaterThan(0);
    expect(isInside(document.activeElement!, region)).toBe(true);
    // Shift+Tab goes back row by row too.
    for (let i = 0; i < 5; i += 1) await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(linkOf(root, items[35]!));
  });

  test('the header stays sticky while the rows scroll', async () => {
    const { region, table } = renderTable();
    await frame();
    const header = table.querySelector('thead th')!;
    const regionTop = () => region.getBoundingClientRect().top + region.clientTop;
    for (const fraction of [0.25, 0.5, 0.9]) {
      region.scrollTop = region.scrollHeight * fraction;
      await frame();
      await frame();
      expect(header.getBoundingClientRect().top).toBeCloseTo(regionTop(), 0);
      // Rows are rendered under the header wherever the region is scrolled (no blank band).
      const below = document.elementFromPoint(region.getBoundingClientRect().left + 40, regionTop() + 80);
      expect(below?.closest('tr[aria-rowindex]')).not.toBeNull();
    }
  });

  test('follows the window when the table does not scroll itself (no max height)', async () => {
    const { table, region } = renderTable(1000, { ['--offer-interactions-max-height']: 'none' });
    await frame();
    expect(region.scrollHeight).toBeLessThanOrEqual(region.clientHeight + 1);
    const scroller = document.scrollingElement!;
    try {
      for (const fraction of [0.3, 0.7]) {
        scroller.scrollTop = (scroller.scrollHeight - window.innerHeight) * fraction;
        expect(scroller.scrollTop).toBeGreaterThan(10_000);
        await expect
          .poll(async () => {
            await frame();
            // Rows are rendered at the top and the bottom of the viewport: no blank band anywhere in view.
            const x = table.getBoundingClientRect().left + 40;
            return [20, window.innerHeight / 2, window.innerHeight - 20].every(
              (y) => document.elementFromPoint(x, y)?.closest('tr[aria-rowindex]') != null,
            );
          })
          .toBe(true);
        expect(table.querySelectorAll('tbody tr[aria-rowindex]').length).toBeLessThan(80);
      }
    } finally {
      scroller.scrollTop = 0;
    }
  });
});
