import { useCallback, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../../hooks/useControllableState';

/** Up to this many rows every row is rendered; above it, only the rows in (and near) the view. */
export const WINDOW_MIN_ROWS = 100;
/** Rows rendered above and below the ones in view (and around a focused row). */
export const WINDOW_OVERSCAN = 10;
/** The rows rendered before anything is measured (first render, SSR, no layout as in jsdom). */
export const WINDOW_INITIAL_ROWS = 50;
/** A row's height before any row is measured (one line of text, the table's cell padding and border). */
export const ESTIMATED_ROW_PX = 45;

/** Rows `[start, end)` of the list. */
export type RowRange = readonly [start: number, end: number];

export interface RowWindow {
  /** True when only some rows are rendered (more than `WINDOW_MIN_ROWS`). */
  windowed: boolean;
  /** The rows to render: sorted, disjoint ranges (one, or two while a focused row is away from the view). */
  ranges: readonly RowRange[];
  /** The height in px of the rows `[start, end)` (measured heights, the average of measured rows for the rest). */
  heightOf(start: number, end: number): number;
  /** For the `<tbody>`: keeps a focused row and its neighbours rendered, so Tab goes on past the rendered rows. */
  onFocus: ((event: FocusEvent<HTMLElement>) => void) | undefined;
  onBlur: ((event: FocusEvent<HTMLElement>) => void) | undefined;
}

/** The list's own row index of a rendered row (`aria-rowindex` counts the header row as 1). */
function indexOf(row: Element | null): number | undefined {
  const value = row?.getAttribute('aria-rowindex');
  return value ? Number(value) - 2 : undefined;
}

/** Merges overlapping or adjacent ranges. */
function merge(ranges: RowRange[]): RowRange[] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The ancestors that clip what is visible of `element` (overflow other than visible), nearest first. */
function clippingAncestors(element: Element): Element[] {
  const out: Element[] = [];
  for (let node = element.parentElement; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowY !== 'visible' || style.overflowX !== 'visible') out.push(node);
  }
  return out;
}

/**
 * Which rows of a long list to render: every row up to `WINDOW_MIN_ROWS`; above that, the rows in view plus
 * `WINDOW_OVERSCAN` above and below, the others replaced by spacers of their height (`heightOf`), so the scroll
 * height stays. Rows are measured after they render (by key; an unmeasured row counts as the average of the
 * measured ones, `ESTIMATED_ROW_PX` before any). The view is the part of the `<tbody>` inside the viewport and every
 * clipping ancestor (the table's scroll region, or the window or any scrolling ancestor when the region does not
 * scroll itself): any scroll in the page (a passive, capturing listener) or resize schedules one measure per frame.
 * A focused row stays rendered with its neighbours, so Tab and Shift+Tab move on row by row (and the browser's
 * scrolling of the focused link into view moves the window). Without layout (SSR, jsdom) the first
 * `WINDOW_INITIAL_ROWS` rows render.
 *
 * Rendered rows need `aria-rowindex` (the list index + 2); spacer rows must not have it.
 */
export function useRowWindow(
  bodyRef: RefObject<HTMLTableSectionElement | null>,
  keys: readonly string[],
): RowWindow {
  const count = keys.length;
  const windowed = count > WINDOW_MIN_ROWS;
  const [view, setView] = useState<{ start: number; end: number; average: number }>({
    start: 0,
    end: WINDOW_INITIAL_ROWS,
    average: ESTIMATED_ROW_PX,
  });
  const [focused, setFocused] = useState<number | null>(null);
  // Measured heights by row key: kept across renders (a filter keeps the rows it keeps), cleared on resize.
  const heights = useRef(new Map<string, number>());
  const latest = useRef({ keys, view, focused });
  latest.current = { keys, view, focused };
  const frame = useRef(0);

  const heightOf = useCallback(
    (start: number, end: number) => {
      let px = 0;
      for (let i = start; i < end; i += 1) {
        const key = keys[i];
        px += (key === undefined ? undefined : heights.current.get(key)) ?? view.average;
      }
      return px;
    },
    [keys, view.average],
  );

  const measure = useCallback(() => {
    frame.current = 0;
    const body = bodyRef.current;
    if (!body) return;
    const bodyRect = body.getBoundingClientRect();
    if (bodyRect.height === 0) return; // no layout (hidden, jsdom)
    const { keys: currentKeys, view: current } = latest.current;
    const n = currentKeys.length;

    // Measure the rendered rows; remember the first one's position to place the list.
    let anchorTop: number | undefined;
    let anchorIndex = 0;
    for (const row of Array.from(body.rows)) {
      const index = indexOf(row);
      if (index === undefined) continue;
      const key = currentKeys[index];
      const rect = row.getBoundingClientRect();
      if (key !== undefined && rect.height > 0) heights.current.set(key, rect.height);
      if (anchorTop === undefined) {
        anchorTop = rect.top;
        anchorIndex = index;
      }
    }
    let sum = 0;
    let measured = 0;
    for (const px of heights.current.values()) {
      sum += px;
      measured += 1;
    }
    const average = measured > 0 ? sum / measured : current.average;
    const rowPx = (i: number) => {
      const key = currentKeys[i];
      return (key === undefined ? undefined : heights.current.get(key)) ?? average;
    };

    // The visible band, in the viewport's coordinates.
    let top = 0;
    let bottom = document.documentElement.clientHeight || window.innerHeight;
    for (const element of clippingAncestors(body)) {
      const rect = element.getBoundingClientRect();
      top = Math.max(top, rect.top);
      bottom = Math.min(bottom, rect.bottom);
    }
    // The list's row 0 in the viewport's coordinates: from the first rendered row, back over the rows above it.
    let listTop = bodyRect.top;
    if (anchorTop !== undefined) {
      listTop = anchorTop;
      for (let i = 0; i < anchorIndex; i += 1) listTop -= rowPx(i);
    }
    let from = top - listTop;
    let to = bottom - listTop;
    if (to <= 0 || bottom <= top) {
      // Above the view, or nothing visible: the first rows.
      from = 0;
      to = 0;
    }
    let start = 0;
    let y = 0;
    while (start < n && y + rowPx(start) <= from) y += rowPx(start++);
    let end = start;
    while (end < n && y < to) y += rowPx(end++);
    start = Math.max(0, start - WINDOW_OVERSCAN);
    end = Math.min(n, Math.max(end, start + 1) + WINDOW_OVERSCAN);
    const next = { start, end, average };
    if (
      next.start !== current.start ||
      next.end !== current.end ||
      Math.abs(next.average - current.average) > 0.5
    ) {
      setView(next);
    }
  }, [bodyRef]);

  const schedule = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(measure);
  }, [measure]);

  useIsomorphicLayoutEffect(() => {
    if (!windowed || typeof requestAnimationFrame === 'undefined') return;
    const onResize = () => {
      heights.current.clear();
      schedule();
    };
    const options = { capture: true, passive: true } as const;
    window.addEventListener('scroll', schedule, options);
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('scroll', schedule, options);
      window.removeEventListener('resize', onResize);
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [windowed, schedule]);

  // After every render of a windowed list (new rows, new data): measure in the next frame.
  useIsomorphicLayoutEffect(() => {
    if (windowed && typeof requestAnimationFrame !== 'undefined') schedule();
  });

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const index = indexOf((event.target as Element).closest('tr'));
    if (index !== undefined && index !== latest.current.focused) setFocused(index);
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !event.currentTarget.contains(next)) setFocused(null);
  }, []);

  if (!windowed) return { windowed, ranges: [[0, count]], heightOf, onFocus: undefined, onBlur: undefined };
  const end = Math.min(view.end, count);
  const start = Math.min(view.start, Math.max(0, end - 1));
  const around: RowRange[] =
    focused !== null && focused < count
      ? [[Math.max(0, focused - WINDOW_OVERSCAN), Math.min(count, focused + WINDOW_OVERSCAN + 1)]]
      : [];
  return { windowed, ranges: merge([[start, end], ...around]), heightOf, onFocus, onBlur };
}
