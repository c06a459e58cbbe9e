import { useCallback, useRef } from 'react';
import type { InteractionOrigin, InteractionQuery, InteractionResult } from '../api/types';
import { DEFAULT_INTERACTION_QUERY } from './queryKeys';
import { useControllableState, useIsomorphicLayoutEffect } from './useControllableState';

export interface UseInteractionQueryStateOptions {
  /** Uncontrolled: the first state, and what `reset()` returns to. Missing fields: page 1, 25 per page, no filters. */
  defaultValue?: Partial<InteractionQuery>;
  /** Controlled: the current state (pair it with `onChange`). */
  value?: InteractionQuery;
  /** Called with every new state, in both modes. */
  onChange?: (query: InteractionQuery) => void;
}

export interface UseInteractionQueryStateResult {
  /** The current filters and page. */
  query: InteractionQuery;
  /** Filters by origin (empty or `undefined`: all); back to page 1. */
  setOrigins(origins: readonly InteractionOrigin[] | undefined): void;
  /** Filters by result (empty or `undefined`: all); back to page 1. */
  setResults(results: readonly InteractionResult[] | undefined): void;
  /** Goes to a page (1-based), keeping the filters. */
  setPage(page: number): void;
  /** Changes the page size; back to page 1. */
  setPageSize(pageSize: number): void;
  /** Back to `defaultValue` (or page 1, 25 per page, no filters). */
  reset(): void;
}

function withDefaults(partial: Partial<InteractionQuery> | undefined): InteractionQuery {
  const query: InteractionQuery = {
    page: partial?.page ?? DEFAULT_INTERACTION_QUERY.page,
    pageSize: partial?.pageSize ?? DEFAULT_INTERACTION_QUERY.pageSize,
  };
  if (partial?.origins && partial.origins.length > 0) query.origins = [...partial.origins];
  if (partial?.results && partial.results.length > 0) query.results = [...partial.results];
  return query;
}

/** De-duplicated, `undefined` when empty (order kept: it is the user's). */
function cleanFilter<T extends string>(values: readonly T[] | undefined): T[] | undefined {
  if (!values || values.length === 0) return undefined;
  return [...new Set(values)];
}

function sameSet<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  const left = new Set(a ?? []);
  const right = new Set(b ?? []);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

function withFilter<K extends 'origins' | 'results'>(
  previous: InteractionQuery,
  key: K,
  values: InteractionQuery[K],
): InteractionQuery {
  const next = cleanFilter<string>(values);
  if (sameSet(previous[key], next)) return previous;
  const result: InteractionQuery = { ...previous, page: 1 };
  if (next) (result as Record<K, string[]>)[key] = next;
  else delete result[key];
  return result;
}

function validCount(value: number): number | undefined {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : undefined;
}

/**
 * The filter and paging state of the interactions table, controlled
 * (`value` + `onChange`, e.g. kept in the host's URL) or uncontrolled
 * (`defaultValue`).
 *
 * Changing a filter or the page size goes back to page 1; nothing else does.
 * Setting a value equal to the current one changes nothing. The setters are
 * stable, and two calls in one event build on each other in both modes.
 */
export function useInteractionQueryState(options: UseInteractionQueryStateOptions = {}): UseInteractionQueryStateResult {
  const { defaultValue, value, onChange } = options;
  const [query, setQuery] = useControllableState<InteractionQuery>({
    value,
    defaultValue: () => withDefaults(defaultValue),
    onChange,
  });

  const latestDefault = useRef(defaultValue);
  useIsomorphicLayoutEffect(() => {
    latestDefault.current = defaultValue;
  });

  const setOrigins = useCallback(
    (origins: readonly InteractionOrigin[] | undefined) =>
      setQuery((previous) => withFilter(previous, 'origins', origins as InteractionOrigin[] | undefined)),
    [setQuery],
  );
  const setResults = useCallback(
    (results: readonly InteractionResult[] | undefined) =>
      setQuery((previous) => withFilter(previous, 'results', results as InteractionResult[] | undefined)),
    [setQuery],
  );
  const setPage = useCallback(
    (page: number) =>
      setQuery((previous) => {
        const next = validCount(page);
        return next === undefined || next === previous.page ? previous : { ...previous, page: next };
      }),
    [setQuery],
  );
  const setPageSize = useCallback(
    (pageSize: number) =>
      setQuery((previous) => {
        const next = validCount(pageSize);
        return next === undefined || next === previous.pageSize ? previous : { ...previous, pageSize: next, page: 1 };
      }),
    [setQuery],
  );
  const reset = useCallback(() => setQuery(withDefaults(latestDefault.current)), [setQuery]);

  return { query, setOrigins, setResults, setPage, setPageSize, reset };
}
