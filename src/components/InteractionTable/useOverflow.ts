import { useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useIsomorphicLayoutEffect } from '../../hooks/useControllableState';

/**
 * Whether an element's content overflows it (so it scrolls and must be reachable by keyboard). `false` where there
 * is no layout (SSR, jsdom).
 *
 * Measured in a `ResizeObserver` callback, never inside React's commit: reading `scrollWidth`/`scrollHeight` in a
 * layout effect forces the layout of the whole content (every table row) in the middle of the commit. The observer
 * is attached in a layout effect and reports once right away, in the same frame after the browser's own layout
 * and before paint; the state is set under `flushSync`, so the scroll region is focusable (tabIndex 0) in the same
 * paint as the rows that overflow it. Later size changes of the element or of its first child are followed too.
 * Where there is no `ResizeObserver`, it measures once synchronously instead.
 */
export function useOverflow(ref: RefObject<HTMLElement | null>, deps: readonly unknown[]): boolean {
  const [overflows, setOverflows] = useState(false);
  // The last value set from the observer, so an unchanged measure doesn't flush a render.
  const current = useRef(false);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () =>
      element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
    if (typeof ResizeObserver === 'undefined') {
      setOverflows(read());
      return;
    }
    let active = true;
    const observer = new ResizeObserver(() => {
      if (!active) return;
      const next = read();
      if (next === current.current) return;
      current.current = next;
      flushSync(() => setOverflows(next));
    });
    observer.observe(element);
    const content = element.firstElementChild;
    if (content) observer.observe(content);
    return () => {
      active = false;
      observer.disconnect();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-observe when the content changes
  }, deps);
  return overflows;
}
