import { describe, expect, it } from 'vitest';
import {
  hasActiveFilters,
  pageCount,
  pageWindow,
  shouldRowClickAct,
  toggleFilterValue,
  wantsNewTab,
  withFilter,
  withPage,
  withPageSize,
  withoutFilters,
} from '../../src/components/InteractionTable/logic';

describe('InteractionTable query transitions', () => {
  const query = { page: 4, pageSize: 25 };

  it('adds a filter value back on page 1, in the canonical order', () => {
    const once = toggleFilterValue(query, 'origins', 'inventory', true);
    expect(once).toEqual({ page: 1, pageSize: 25, origins: ['inventory'] });
    expect(toggleFilterValue({ ...once, page: 3 }, 'origins', 'catalog', true)).toEqual({
      page: 1,
      pageSize: 25,
      origins: ['catalog', 'inventory'],
    });
  });

  it('removes the key when the last value is unchecked', () => {
    const next = toggleFilterValue({ ...query, results: ['failure'] }, 'results', 'failure', false);
    expect(next).toEqual({ page: 1, pageSize: 25 });
    expect('results' in next).toBe(false);
  });

  it('keeps the other filter when one changes', () => {
    expect(withFilter({ ...query, origins: ['price'] }, 'results', ['success', 'failure'])).toEqual({
      page: 1,
      pageSize: 25,
      origins: ['price'],
      results: ['success', 'failure'],
    });
  });

  it('clears every filter, changes the page size and the page', () => {
    const filtered = { ...query, origins: ['price' as const], results: ['failure' as const] };
    expect(hasActiveFilters(filtered)).toBe(true);
    expect(withoutFilters(filtered)).toEqual({ page: 1, pageSize: 25 });
    expect(hasActiveFilters(withoutFilters(filtered))).toBe(false);
    expect(withPageSize(filtered, 100)).toEqual({ ...filtered, pageSize: 100, page: 1 });
    expect(withPage(query, 0).page).toBe(1);
    expect(withPage(query, 7).page).toBe(7);
  });
});

describe('InteractionTable paging', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(5000, 25)).toBe(200);
    expect(pageCount(5001, 25)).toBe(201);
  });

  it('gives the visible window of a page', () => {
    const items = new Array(25).fill(null);
    expect(pageWindow({ items, total: 5000, page: 1, pageSize: 25 })).toMatchObject({ start: 1, end: 25, total: 5000, lastPage: 200 });
    expect(pageWindow({ items: items.slice(0, 8), total: 5008, page: 201, pageSize: 25 })).toMatchObject({ start: 5001, end: 5008 });
    expect(pageWindow({ items: [], total: 0, page: 1, pageSize: 25 })).toMatchObject({ start: 0, end: 0, total: 0, outOfRange: false });
  });

  it('flags a page beyond the last one', () => {
    expect(pageWindow({ items: [], total: 30, page: 9, pageSize: 25 })).toMatchObject({ outOfRange: true, lastPage: 2, start: 0 });
  });
});

describe('InteractionTable row clicks', () => {
  function click(target: Element, row: Element, extra: Partial<{ button: number; defaultPrevented: boolean }> = {}) {
    return { target, currentTarget: row, defaultPrevented: false, button: 0, ...extra };
  }
  const noSelection = { toString: () => '' };

  it('acts on a click on a plain cell, not on the link or a button in the row', () => {
    const row = document.createElement('tr');
    row.innerHTML = '<td><a href="/x">date</a></td><td><span>Price</span></td><td><button>b</button></td>';
    const span = row.querySelector('span')!;
    expect(shouldRowClickAct(click(span, row), noSelection)).toBe(true);
    expect(shouldRowClickAct(click(row.querySelector('a')!, row), noSelection)).toBe(false);
    expect(shouldRowClickAct(click(row.querySelector('button')!, row), noSelection)).toBe(false);
    expect(shouldRowClickAct(click(span, row, { button: 2 }), noSelection)).toBe(false);
    expect(shouldRowClickAct(click(span, row, { defaultPrevented: true }), noSelection)).toBe(false);
  });

  it('does not act while text is selected', () => {
    const row = document.createElement('tr');
    row.innerHTML = '<td><span>Price</span></td>';
    expect(shouldRowClickAct(click(row.querySelector('span')!, row), { toString: () => 'Pri' })).toBe(false);
  });

  it('opens a new tab for Cmd/Ctrl/Shift and middle clicks', () => {
    const plain = { metaKey: false, ctrlKey: false, shiftKey: false, button: 0 };
    expect(wantsNewTab(plain)).toBe(false);
    expect(wantsNewTab({ ...plain, metaKey: true })).toBe(true);
    expect(wantsNewTab({ ...plain, ctrlKey: true })).toBe(true);
    expect(wantsNewTab({ ...plain, button: 1 })).toBe(true);
  });
});
