/**
 * The keyboard path through the whole Offer details page, in a real browser: Tab order, the Edit menu, the error
 * disclosures, the filters, page size and pagination, and a row link opened with Enter.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createMockDatabase, mockOfferRefs, mockScenarioRefs } from '../../src/mocks';
import { FROZEN_NOW } from './clock';
import { describeFocus, interactionHref, renderPage } from './render';

const db = createMockDatabase({ now: FROZEN_NOW });
const manyErrors = mockScenarioRefs['many-errors'];

beforeEach(async () => {
  await page.viewport(1024, 768);
});

/** Rows are in: the table's data rows have their link. */
async function rowsLoaded() {
  await expect.element(page.getByRole('link', { name: /^View .* interaction of / }).first()).toBeVisible();
}

/** Presses Tab until focus leaves the page (or `max` presses), returning each focused element's description. */
async function tabThrough(max = 80, key = '{Tab}'): Promise<{ seen: string[]; elements: Element[] }> {
  const seen: string[] = [];
  const elements: Element[] = [];
  for (let i = 0; i < max; i++) {
    await userEvent.keyboard(key);
    const active = document.activeElement;
    if (!active || active === document.body) return { seen, elements };
    seen.push(describeFocus(active));
    elements.push(active);
  }
  throw new Error(`Focus never left the page after ${max} presses of ${key}: a focus trap? Seen: ${seen.join(' | ')}`);
}

function errorToggles(): HTMLButtonElement[] {
  const list = document.querySelector('[aria-label="Errors"]');
  return Array.from(list?.querySelectorAll<HTMLButtonElement>('button[aria-expanded]') ?? []);
}

describe('Tab order', () => {
  test('visits every control once, in reading order, and leaves the page (no trap); Shift+Tab walks it back', async () => {
    renderPage({ feedId: manyErrors.feedId, skuId: manyErrors.skuId, settings: { links: { interactionHref } } });
    await rowsLoaded();
    const offer = db.getOffer(manyErrors)!;
    const rows = db.listInteractions(manyErrors, { page: 1, pageSize: 25 })!.items;
    expect(offer.errors.length).toBeGreaterThan(1);
    expect(errorToggles()).toHaveLength(offer.errors.length);

    const region = document.querySelector('[role="region"][aria-labelledby]') as HTMLElement;
    const regionScrolls = region.scrollHeight > region.clientHeight || region.scrollWidth > region.clientWidth;
    const rowLinks = Array.from(document.querySelectorAll('tbody a')).map((a) => describeFocus(a));
    const pagerButtons = Array.from(document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Pagination"] button'))
      .filter((button) => !button.disabled)
      .map((button) => describeFocus(button));
    // One link per row that opens (at most one per row, and the first page's newest rows do open).
    expect(rowLinks.length).toBeGreaterThan(0);
    expect(rowLinks.length).toBeLessThanOrEqual(rows.length);
    expect(document.querySelectorAll('tbody tr').length).toBe(rows.length);

    const expected = [
      'button "Copy ID on VTEX"',
      'button "Copy ID on channel"',
      'button "Edit"',
      ...offer.errors.map((error) => `button "${error.title}"`),
      'button "Origin"',
      'button "Result"',
      // A scrolling table region takes focus so keyboard users can scroll it.
      ...(regionScrolls ? ['region "Interactions"'] : []),
      ...rowLinks,
      'combobox "Items per page"',
      // The pager's buttons that are not disabled (on page 1: "Next page", "Last page").
      ...pagerButtons,
    ];
    expect(pagerButtons.slice(-2)).toEqual(['button "Next page"', 'button "Last page"']);

    const forward = await tabThrough();
    expect(forward.seen).toEqual(expected);

    // Focus has left the page; Shift+Tab comes back in on the last control and walks the same stops in reverse.
    const backward: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
      backward.push(describeFocus());
    }
    expect(backward).toEqual([...expected].reverse());

    // No positive tabindex anywhere (it would break the reading order).
    expect(document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')).toHaveLength(0);
  });
});

describe('Edit menu', () => {
  test('Enter opens it on the first item, arrows move, Escape closes and returns focus to the button', async () => {
    const onEdit = vi.fn();
    renderPage({ onEdit });
    const button = page.getByRole('button', { name: 'Edit' });
    await expect.element(button).toBeVisible();
    (button.element() as HTMLElement).focus();

    await userEvent.keyboard('{Enter}');
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
    await expect.element(page.getByRole('menuitem', { name: 'Edit information' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('menuitem', { name: 'Edit price' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await expect.element(page.getByRole('menuitem', { name: 'Edit inventory' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    await expect.element(page.getByRole('menu', { includeHidden: true })).not.toBeVisible();
    await expect.element(button).toHaveFocus();
    expect(onEdit).not.toHaveBeenCalled();
  });

  test('Space opens it; Enter and Space on an item call onEdit and return focus to the button', async () => {
    const onEdit = vi.fn();
    renderPage({ onEdit });
    const button = page.getByRole('button', { name: 'Edit' });
    await expect.element(button).toBeVisible();
    (button.element() as HTMLElement).focus();

    await userEvent.keyboard(' ');
    await expect.element(page.getByRole('menuitem', { name: 'Edit information' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onEdit.mock.calls[0]?.[1]).toBe('price');
    expect(onEdit.mock.calls[0]?.[0]).toMatchObject({ skuId: mockOfferRefs.error.skuId });
    await expect.element(button).toHaveFocus();
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');

    await userEvent.keyboard('{Enter}{End} ');
    expect(onEdit).toHaveBeenCalledTimes(2);
    expect(onEdit.mock.calls[1]?.[1]).toBe('inventory');
    await expect.element(button).toHaveFocus();
  });

  test('Tab from an open menu closes it and moves on to the next control', async () => {
    renderPage({ feedId: manyErrors.feedId, skuId: manyErrors.skuId, onEdit: vi.fn() });
    const button = page.getByRole('button', { name: 'Edit' });
    await expect.element(button).toBeVisible();
    (button.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('menuitem', { name: 'Edit information' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(errorToggles()[0]);
  });
});

describe('Error disclosures', () => {
  test('Enter and Space toggle each one; focus stays on the toggle; the revealed actions come next in Tab order', async () => {
    const onEdit = vi.fn();
    const onInteractionSelect = vi.fn();
    renderPage({ feedId: manyErrors.feedId, skuId: manyErrors.skuId, onEdit, onInteractionSelect });
    await expect.element(page.getByRole('button', { name: 'Edit' })).toBeVisible();
    const [first, second] = errorToggles();
    if (!first || !second) throw new Error('expected at least two errors');
    const panel = document.getElementById(first.getAttribute('aria-controls')!)!;
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);

    first.focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(first).toHaveAttribute('aria-expanded', 'true');
    await expect.element(panel).toBeVisible();
    expect(document.activeElement).toBe(first);

    // Into the panel: its actions, then the next disclosure.
    const panelControls = Array.from(panel.querySelectorAll<HTMLElement>('a[href], button')).filter((el) => !el.hidden);
    expect(panelControls.length).toBeGreaterThan(0);
    for (const control of panelControls) {
      await userEvent.tab();
      expect(describeFocus()).toBe(describeFocus(control));
    }
    await userEvent.tab();
    expect(document.activeElement).toBe(second);

    // The action works from the keyboard.
    panelControls[0]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(onEdit.mock.calls.length + onInteractionSelect.mock.calls.length).toBe(1);

    // Space closes it again; Escape does nothing harmful (the disclosure pattern has no Escape).
    first.focus();
    await userEvent.keyboard(' ');
    await expect.element(first).toHaveAttribute('aria-expanded', 'false');
    expect(panel.hidden).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(document.activeElement).toBe(first);
  });
});

describe('Filters, page size and pagination', () => {
  test('a filter opens with Enter, Space checks a value (fewer rows), Escape closes it and returns focus', async () => {
    const ref = mockScenarioRefs['many-interactions'];
    renderPage({ feedId: ref.feedId, skuId: ref.skuId, settings: { links: { interactionHref } } });
    await rowsLoaded();
    const total = db.listInteractions(ref, { page: 1, pageSize: 25 })!.total;
    const prices = db.listInteractions(ref, { page: 1, pageSize: 25, origins: ['price'] })!.total;
    expect(prices).toBeLessThan(total);
    const status = page.getByRole('navigation', { name: 'Pagination' }).getByRole('status');
    await expect.element(status).toHaveTextContent(`1–25 of ${total.toLocaleString('en-US')}`);

    const origin = page.getByRole('button', { name: 'Origin' });
    (origin.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(origin).toHaveAttribute('aria-expanded', 'true');
    await expect.element(page.getByRole('checkbox', { name: 'Catalog' })).toHaveFocus();
    await userEvent.keyboard('{Tab} ');
    await expect.element(page.getByRole('checkbox', { name: 'Price' })).toBeChecked();
    await expect.element(status).toHaveTextContent(`1–25 of ${prices.toLocaleString('en-US')}`);
    await expect.element(page.getByRole('checkbox', { name: 'Price' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    const active = page.getByRole('button', { name: 'Origin, 1 selected' });
    await expect.element(active).toHaveAttribute('aria-expanded', 'false');
    await expect.element(active).toHaveFocus();
    expect(document.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
  });

  test('the page size changes with the arrow keys and the pager works with Enter, keeping focus on the page', async () => {
    const ref = mockScenarioRefs['many-interactions'];
    renderPage({ feedId: ref.feedId, skuId: ref.skuId, settings: { links: { interactionHref } } });
    await rowsLoaded();
    const total = db.listInteractions(ref, { page: 1, pageSize: 25 })!.total;
    const status = page.getByRole('navigation', { name: 'Pagination' }).getByRole('status');
    const count = () => document.querySelectorAll('tbody tr').length;
    expect(count()).toBe(25);

    const size = page.getByRole('combobox', { name: 'Items per page' });
    (size.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(size).toHaveValue('50');
    await expect.element(status).toHaveTextContent(`1–50 of ${total.toLocaleString('en-US')}`);
    await expect.poll(count).toBe(50);
    await expect.element(size).toHaveFocus();

    await userEvent.tab();
    await expect.element(page.getByRole('button', { name: 'Next page' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(status).toHaveTextContent(`51–100 of ${total.toLocaleString('en-US')}`);
    // Focus stays on the button that was pressed, and "Previous page" is now reachable before it.
    await expect.element(page.getByRole('button', { name: 'Next page' })).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.element(page.getByRole('button', { name: 'Previous page' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(status).toHaveTextContent(`1–50 of ${total.toLocaleString('en-US')}`);
  });

  test('"Last page" and "First page" by keyboard keep focus in the pager when the pressed button becomes disabled', async () => {
    const ref = mockScenarioRefs['many-interactions'];
    renderPage({ feedId: ref.feedId, skuId: ref.skuId, settings: { links: { interactionHref } } });
    await rowsLoaded();
    const pager = page.getByRole('navigation', { name: 'Pagination' }).element();
    const focusInPager = () => document.activeElement !== document.body && pager.contains(document.activeElement);

    const last = page.getByRole('button', { name: 'Last page' });
    (last.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(last).toBeDisabled();
    await expect.poll(focusInPager, { timeout: 2000 }).toBe(true);

    const first = page.getByRole('button', { name: 'First page' });
    (first.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(first).toBeDisabled();
    await expect.poll(focusInPager, { timeout: 2000 }).toBe(true);
  });
});

describe('Row link', () => {
  let clicks: { href: string; defaultPrevented: boolean }[] = [];
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link) return;
    // The host would route here; the test records where to and stays on the page.
    event.preventDefault();
    clicks.push({ href: link.getAttribute('href') ?? '', defaultPrevented: event.defaultPrevented });
  };
  beforeEach(() => {
    clicks = [];
    document.addEventListener('click', onClick, true);
  });
  afterEach(() => document.removeEventListener('click', onClick, true));

  test('Enter on a focused row link follows the host URL from links.interactionHref, once', async () => {
    const href = vi.fn(interactionHref);
    renderPage({ settings: { links: { interactionHref: href } } });
    await rowsLoaded();
    const firstRow = document.querySelector('tbody tr[data-interaction-id]')!;
    const id = firstRow.getAttribute('data-interaction-id')!;
    const offer = db.getOffer(mockOfferRefs.error)!;
    const expected = interactionHref(offer, id);
    const link = firstRow.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(expected);
    expect(href).toHaveBeenCalledWith(expect.objectContaining({ skuId: offer.skuId }), id);

    // Reach the link with the keyboard, as a user would.
    (page.getByRole('button', { name: 'Result' }).element() as HTMLElement).focus();
    while (document.activeElement !== link) {
      await userEvent.tab();
      if (document.activeElement === document.body) throw new Error('never reached the first row link');
    }
    const before = location.href;
    await userEvent.keyboard('{Enter}');
    expect(clicks).toEqual([{ href: expected, defaultPrevented: true }]);
    // The row's own click handler did not navigate as well.
    expect(location.href).toBe(before);
  });

  test('without links, Enter on the row button calls onInteractionSelect with the offer and the interaction', async () => {
    const onInteractionSelect = vi.fn();
    renderPage({ onInteractionSelect });
    await expect.element(page.getByRole('button', { name: /^View .* interaction of / }).first()).toBeVisible();
    const firstRow = document.querySelector('tbody tr[data-interaction-id]')!;
    const button = firstRow.querySelector('button')!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(onInteractionSelect).toHaveBeenCalledTimes(1);
    expect(onInteractionSelect).toHaveBeenCalledWith(
      expect.objectContaining({ skuId: mockOfferRefs.error.skuId }),
      firstRow.getAttribute('data-interaction-id'),
    );
    expect(clicks).toEqual([]);
  });
});
