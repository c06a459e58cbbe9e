import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** `useLayoutEffect` in the browser, `useEffect` on the server (no SSR warning). */
export const useIsomorphicLayoutEffect = typeof document !== 'undefined' ? useLayoutEffect : useEffect;

export interface UseControllableStateParams<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value?: T | undefined;
  /** The initial value when uncontrolled (a function is called once). */
  defaultValue: T | (() => T);
  /** Called with every new value, in both modes. */
  onChange?: ((value: T) => void) | undefined;
}

/** A setter that takes a value or an updater of the latest value. `T` must not be a function. */
export type ControllableStateSetter<T> = (next: T | ((previous: T) => T)) => void;

/**
 * State that a parent may control (`value` + `onChange`) or leave to the
 * component (`defaultValue`). The setter is stable, and successive calls in
 * one event each see the previous call's result, even in controlled mode
 * where the new `value` prop has not arrived yet. An updater that returns
 * its input unchanged is a no-op (no `onChange`).
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
}: UseControllableStateParams<T>): [T, ControllableStateSetter<T>] {
  const [internal, setInternal] = useState<T>(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : internal;

  const committed = useRef(current);
  const pending = useRef<{ value: T } | null>(null);
  const latestOnChange = useRef(onChange);
  const controlled = useRef(isControlled);

  useIsomorphicLayoutEffect(() => {
    committed.current = current;
    pending.current = null;
    latestOnChange.current = onChange;
    controlled.current = isControlled;
  });

  const setValue = useCallback<ControllableStateSetter<T>>((next) => {
    const base = pending.current ? pending.current.value : committed.current;
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(base) : next;
    if (Object.is(resolved, base)) return;
    if (!pending.current && controlled.current) {
      // Calls in the same event chain on this value. If the parent ignores the
      // change (no re-render), later events read the `value` prop again.
      // (Uncontrolled, our own update always commits and clears it.)
      queueMicrotask(() => {
        pending.current = null;
      });
    }
    pending.current = { value: resolved };
    if (!controlled.current) setInternal(() => resolved);
    latestOnChange.current?.(resolved);
  }, []);

  return [current, setValue];
}
