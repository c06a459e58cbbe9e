import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { InteractionQuery } from '../../src/api/types';
import { useInteractionQueryState } from '../../src/hooks/useInteractionQueryState';

describe('useInteractionQueryState, uncontrolled', () => {
  it('starts on page 1, 25 per page, no filters', () => {
    const { result } = renderHook(() => useInteractionQueryState());
    expect(result.current.query).toEqual({ page: 1, pageSize: 25 });
  });

  it('starts from defaultValue, filling what it leaves out', () => {
    const { result } = renderHook(() => useInteractionQueryState({ defaultValue: { origins: ['price'], page: 3 } }));
    expect(result.current.query).toEqual({ origins: ['price'], page: 3, pageSize: 25 });
  });

  it('goes back to page 1 when a filter or the page size changes, and only then', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useInteractionQueryState({ onChange }));

    act(() => result.current.setPage(4));
    expect(result.current.query).toEqual({ page: 4, pageSize: 25 });

    act(() => result.current.setOrigins(['price', 'inventory', 'price']));
    expect(result.current.query).toEqual({ origins: ['price', 'inventory'], page: 1, pageSize: 25 });

    act(() => result.current.setPage(3));
    expect(result.current.query).toEqual({ origins: ['price', 'inventory'], page: 3, pageSize: 25 });

    act(() => result.current.setResults(['failure']));
    expect(result.current.query).toEqual({ origins: ['price', 'inventory'], results: ['failure'], page: 1, pageSize: 25 });

    act(() => result.current.setPage(2));
    act(() => result.current.setPageSize(50));
    expect(result.current.query).toEqual({ origins: ['price', 'inventory'], results: ['failure'], page: 1, pageSize: 50 });

    act(() => result.current.setPage(5));
    act(() => result.current.setOrigins([]));
    expect(result.current.query).toEqual({ results: ['failure'], page: 1, pageSize: 50 });

    expect(onChange).toHaveBeenCalledTimes(8);
    expect(onChange).toHaveBeenLastCalledWith({ results: ['failure'], page: 1, pageSize: 50 });
  });

  it('changes nothing when a value is set to what it already is', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useInteractionQueryState({ defaultValue: { origins: ['price', 'catalog'], page: 3 }, onChange }),
    );
    act(() => result.current.setOrigins(['catalog', 'price']));
    act(() => result.current.setPage(3));
    act(() => result.current.setPageSize(25));
    expect(result.current.query.page).toBe(3);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reset returns to defaultValue', () => {
    const { result } = renderHook(() => useInteractionQueryState({ defaultValue: { pageSize: 10 } }));
    act(() => {
      result.current.setResults(['failure']);
      result.current.setPage(7);
    });
    expect(result.current.query).toEqual({ results: ['failure'], page: 7, pageSize: 10 });
    act(() => result.current.reset());
    expect(result.current.query).toEqual({ page: 1, pageSize: 10 });
  });

  it('keeps the same setters across renders', () => {
    const { result, rerender } = renderHook(() => useInteractionQueryState());
    const first = result.current;
    act(() => result.current.setPage(2));
    rerender();
    expect(result.current.setOrigins).toBe(first.setOrigins);
    expect(result.current.setResults).toBe(first.setResults);
    expect(result.current.setPage).toBe(first.setPage);
    expect(result.current.setPageSize).toBe(first.setPageSize);
    expect(result.current.reset).toBe(first.reset);
  });
});

describe('useInteractionQueryState, controlled', () => {
  /** A host that keeps the query in its own state (e.g. its URL). */
  function useHost(initial: InteractionQuery, onChange = vi.fn()) {
    const [value, setValue] = useState(initial);
    const state = useInteractionQueryState({
      value,
      onChange: (next) => {
        onChange(next);
        setValue(next);
      },
    });
    return { value, state };
  }

  it('shows the value and reports changes with the same page rules', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useHost({ origins: ['price'], page: 4, pageSize: 25 }, onChange));
    expect(result.current.state.query).toEqual({ origins: ['price'], page: 4, pageSize: 25 });

    act(() => result.current.state.setPage(5));
    expect(onChange).toHaveBeenLastCalledWith({ origins: ['price'], page: 5, pageSize: 25 });
    act(() => result.current.state.setResults(['success']));
    expect(onChange).toHaveBeenLastCalledWith({ origins: ['price'], results: ['success'], page: 1, pageSize: 25 });
    act(() => result.current.state.setPage(2));
    act(() => result.current.state.setPageSize(100));
    expect(onChange).toHaveBeenLastCalledWith({ origins: ['price'], results: ['success'], page: 1, pageSize: 100 });
    expect(result.current.state.query).toEqual({ origins: ['price'], results: ['success'], page: 1, pageSize: 100 });
  });

  it('builds on the latest value when called twice in one event', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useHost({ page: 1, pageSize: 25 }, onChange));
    act(() => {
      result.current.state.setOrigins(['inventory']);
      result.current.state.setPage(3);
    });
    expect(onChange).toHaveBeenNthCalledWith(1, { origins: ['inventory'], page: 1, pageSize: 25 });
    expect(onChange).toHaveBeenNthCalledWith(2, { origins: ['inventory'], page: 3, pageSize: 25 });
    expect(result.current.state.query).toEqual({ origins: ['inventory'], page: 3, pageSize: 25 });
  });

  it('follows the value only: a host that ignores onChange keeps its query', async () => {
    const onChange = vi.fn();
    const value: InteractionQuery = { page: 2, pageSize: 25 };
    const { result } = renderHook(() => useInteractionQueryState({ value, onChange }));
    act(() => result.current.setPage(3));
    expect(result.current.query).toEqual({ page: 2, pageSize: 25 });
    await act(async () => {}); // the next event
    act(() => result.current.setPageSize(50));
    expect(onChange).toHaveBeenLastCalledWith({ page: 1, pageSize: 50 });
  });

  it('reset reports the defaults (or defaultValue) to the host', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useInteractionQueryState({
        value: { origins: ['catalog'], page: 9, pageSize: 50 },
        defaultValue: { pageSize: 50 },
        onChange,
      }),
    );
    act(() => result.current.reset());
    expect(onChange).toHaveBeenCalledWith({ page: 1, pageSize: 50 });
  });
});
