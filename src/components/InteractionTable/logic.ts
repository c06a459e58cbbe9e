/**
 * React-free helpers of the InteractionTable: query transitions (filters reset
 * the page), paging arithmetic and row-click navigation rules.
 */
import type { InteractionOrigin, InteractionPage, InteractionQuery, InteractionResult } from '../../api/types';
import { INTERACTION_ORIGINS, INTERACTION_RESULTS } from '../../api/types';

/** The page sizes the items-per-page selector offers. */
export const INTERACTION_PAGE_SIZES = [10, 25, 50, 100] as const;

/** A filterable column of the table and the query key that holds its values. */
export type InteractionFilterKey = 'origins' | 'results';

/** The values a filter accepts, in the order they are listed. */
export const FILTER_VALUES = {
  origins: INTERACTION_ORIGINS,
  results: INTERACTION_RESULTS,
} as const satisfies { origins: readonly InteractionOrigin[]; results: readonly InteractionResult[] };

type FilterValue<K extends InteractionFilterKey> = NonNullable<InteractionQuery[K]>[number];

/** The active values of one filter (never undefined). */
export function activeFilterValues<K extends InteractionFilterKey>(query: InteractionQuery, key: K): readonly FilterValue<K>[] {
  return (query[key] ?? []) as readonly FilterValue<K>[];
}

/** True when the query filters by origin or by result. */
export function hasActiveFilters(query: InteractionQuery): boolean {
  return (query.origins?.length ?? 0) > 0 || (query.results?.length ?? 0) > 0;
}

/**
 * The query with one filter set to `values` (kept in the canonical order, so
 * equal selections give equal queries), back on page 1. An empty selection
 * removes the key.
 */
export function withFilter<K extends InteractionFilterKey>(
  query: InteractionQuery,
  key: K,
  values: readonly FilterValue<K>[],
): InteractionQuery {
  const known = FILTER_VALUES[key] as readonly FilterValue<K>[];
  const ordered = known.filter((value) => values.includes(value));
  const next: InteractionQuery = { ...query, page: 1 };
  if (ordered.length > 0) (next as Record<InteractionFilterKey, readonly string[] | undefined>)[key] = ordered;
  else delete next[key];
  return next;
}

/** The query with `value` added to or removed from one filter, back on page 1. */
export function toggleFilterValue<K extends InteractionFilterKey>(
  query: InteractionQuery,
  key: K,
  value: FilterValue<K>,
  checked: boolean,
): InteractionQuery {
  const current = activeFilterValues(query, key);
  const next = checked ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
  return withFilter(query, key, next);
}

/** The query without any filter, back on page 1. */
export function withoutFilters(query: InteractionQuery): InteractionQuery {
  const { origins: _origins, results: _results, ...rest } = query;
  return { ...rest, page: 1 };
}

/** The query with a new page size, back on page 1. */
export function withPageSize(query: InteractionQuery, pageSize: number): InteractionQuery {
  return { ...query, pageSize, page: 1 };
}

/** The query on another page (never below 1). */
export function withPage(query: InteractionQuery, page: number): InteractionQuery {
  return { ...query, page: Math.max(1, Math.floor(page)) };
}

/** How many pages `total` items make (at least 1, so "page 1 of 1" when empty). */
export function pageCount(total: number, pageSize: number): number {
  if (!(pageSize > 0) || !(total > 0)) return 1;
  return Math.ceil(total / pageSize);
}

/** What a loaded page shows: 1-based `start`–`end` of `total`, 0–0 when nothing is shown. */
export interface PageWindow {
  start: number;
  end: number;
  total: number;
  page: number;
  lastPage: number;
  /** The page asked for lies beyond the last page (e.g. after the data shrank). */
  outOfRange: boolean;
}

/** The visible range of a loaded page. */
export function pageWindow(data: InteractionPage): PageWindow {
  const total = Math.max(0, data.total);
  const lastPage = pageCount(total, data.pageSize);
  const outOfRange = total > 0 && data.items.length === 0 && data.page > lastPage;
  if (data.items.length === 0) return { start: 0, end: 0, total, page: data.page, lastPage, outOfRange };
  const start = (data.page - 1) * data.pageSize + 1;
  const end = Math.min(total, start + data.items.length - 1);
  return { start, end: Math.max(start, end), total, page: data.page, lastPage, outOfRange };
}

/** Elements inside a row that handle their own clicks (the row must not navigate for them). */
export const INTERACTIVE_SELECTOR = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"]';

/** Minimal shape of a click the row handler reads (a React or DOM mouse event). */
export interface RowClickLike {
  target: EventTarget | null;
  currentTarget: EventTarget | null;
  defaultPrevented: boolean;
  button: number;
}

/**
 * Whether a click on a row should act (navigate / select): not when it was on
 * an interactive element of the row (the link itself: no double navigation),
 * not when the user is selecting text, not for right clicks.
 */
export function shouldRowClickAct(event: RowClickLike, selection: Pick<Selection, 'toString'> | null): boolean {
  if (event.defaultPrevented) return false;
  if (event.button !== 0 && event.button !== 1) return false;
  const target = event.target;
  const row = event.currentTarget;
  if (target instanceof Element && row instanceof Element) {
    const interactive = target.closest(INTERACTIVE_SELECTOR);
    if (interactive && row.contains(interactive) && interactive !== row) return false;
  }
  if (selection && selection.toString().trim().length > 0) return false;
  return true;
}

/** Whether a click asks for a new tab/window (Cmd/Ctrl/Shift-click or middle click). */
export function wantsNewTab(event: { metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; button: number }): boolean {
  return event.metaKey || event.ctrlKey || event.shiftKey || event.button === 1;
}
