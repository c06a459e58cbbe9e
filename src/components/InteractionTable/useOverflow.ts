import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../../hooks/useControllableState';

/**
 * Whether an element's content overflows it (so it scrolls and must be reachable by keyboard). Follows size
 * changes with `ResizeObserver` when there is one; `false` where there is no layout (SSR, jsdom). Measured in a
 * layout effect, so the scroll region is focusable (tabIndex 0) in the same paint as the rows that overflow it.
 */
export function useOverflow(ref: RefObject<HTMLElement | null>, deps: readonly unknown[]): boolean {
  const [overflows, setOverflows] = useState(false);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () =>
      setOverflows(element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const content = element.firstElementChild;
    if (content) observer.observe(content);
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-measure when the content changes
  }, deps);
  return overflows;
}
