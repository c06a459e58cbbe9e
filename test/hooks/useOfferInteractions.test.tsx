import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InteractionQuery, OfferRef } from '../../src/api/types';
import { offerQueryKeys } from '../../src/hooks/queryKeys';
import { useOfferInteractions, type UseOfferInteractionsResult } from '../../src/hooks/useOfferInteractions';
import {
  advance,
  deferred,
  fakeClient,
  hostQueryClient,
  makeInteraction,
  makePage,
  omError,
  providerWrapper,
  refA,
  refB,
  renderRecorded,
  steps,
} from './helpers';

const page1: InteractionQuery = { page: 1, pageSize: 25 };
const page2: InteractionQuery = { page: 2, pageSize: 25 };

const snap = (r: UseOfferInteractionsResult) => ({
  status: r.status,
  page: r.data?.page,
  firstId: r.data?.items[0]?.id,
  placeholder: r.isPlaceholderData,
  kind: r.error?.kind,
});

interface Props {
  ref: OfferRef;
  query: InteractionQuery;
}

function renderInteractions(client: ReturnType<typeof fakeClient>['client'], initialProps: Props = { ref: refA, query: page1 }) {
  return renderRecorded((p: Props) => useOfferInteractions(p.ref, p.query), snap, {
    initialProps,
    wrapper: providerWrapper({ client }),
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useOfferInteractions', () => {
  it('goes pending → success, sending the normalised query (sorted, de-duplicated, empty filters dropped)', async () => {
    const fake = fakeClient();
    const { states, result } = renderInteractions(fake.client, {
      ref: refA,
      query: { origins: ['price', 'catalog', 'price'], results: [], page: 1, pageSize: 10 },
    });
    await advance();

    expect(steps(states.map((s) => s.status))).toEqual(['pending', 'success']);
    expect(result.current.data?.items).toHaveLength(2);
    expect(fake.listInteractions).toHaveBeenCalledTimes(1);
    const [ref, query, init] = fake.listInteractions.mock.calls[0] ?? [];
    expect(ref).toEqual(refA);
    expect(query).toEqual({ origins: ['catalog', 'price'], page: 1, pageSize: 10 });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('shares one request between equal queries written differently', async () => {
    const fake = fakeClient();
    const wrapper = providerWrapper({ client: fake.client });
    renderHook(
      () => {
        useOfferInteractions(refA, { origins: ['price', 'inventory'], results: ['failure'], page: 1, pageSize: 25 });
        useOfferInteractions(refA, { results: ['failure', 'failure'], origins: ['inventory', 'price'], page: 1, pageSize: 25 });
      },
      { wrapper },
    );
    await advance();
    expect(fake.listInteractions).toHaveBeenCalledTimes(1);
  });

  it('rejects a malformed page as invalid-response without retrying', async () => {
    const fake = fakeClient({ listInteractions: async () => ({ items: [{ id: 'X' }], total: 1, page: 1, pageSize: 25 }) });
    const { result } = renderInteractions(fake.client);
    await advance(10_000);
    expect(result.current.status).toBe('error');
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.error?.message).toMatch(/items\[0\]/);
    expect(fake.listInteractions).toHaveBeenCalledTimes(1);
  });

  it('retries a 503 then shows the page', async () => {
    let calls = 0;
    const fake = fakeClient({
      listInteractions: async (_ref, query) => {
        calls += 1;
        if (calls === 1) throw omError('http', 503);
        return makePage(query);
      },
    });
    const { states } = renderInteractions(fake.client);
    await advance(1_000);
    expect(fake.listInteractions).toHaveBeenCalledTimes(2);
    expect(steps(states.map((s) => s.status))).toEqual(['pending', 'success']);
  });

  it('keeps the previous page on screen while the next page of the same offer loads', async () => {
    const next = deferred<unknown>();
    const fake = fakeClient({
      listInteractions: (_ref, query) => (query.page === 1 ? Promise.resolve(makePage(query)) : next.promise),
    });
    const { rerender, result, states } = renderInteractions(fake.client);
    await advance();
    expect(result.current.data?.page).toBe(1);

    rerender({ ref: refA, query: page2 });
    await advance();
    expect(result.current).toMatchObject({ status: 'success', isPlaceholderData: true, isFetching: true });
    expect(result.current.data?.page).toBe(1);

    next.resolve(makePage(page2));
    await advance();
    expect(result.current.isPlaceholderData).toBe(false);
    expect(result.current.data?.page).toBe(2);
    // Never a blank (pending) screen between the pages.
    expect(steps(states.map((s) => s.status))).toEqual(['pending', 'success']);
  });

  it('keeps the previous rows when a filter changes for the same offer', async () => {
    const next = deferred<unknown>();
    const fake = fakeClient({
      listInteractions: (_ref, query) => (query.origins ? next.promise : Promise.resolve(makePage(query))),
    });
    const { rerender, result } = renderInteractions(fake.client);
    await advance();
    rerender({ ref: refA, query: { ...page1, origins: ['price'] } });
    await advance();
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data?.items).toHaveLength(2);
  });

  it("never shows another offer's interactions while the new offer's load", async () => {
    const forB = deferred<unknown>();
    const fake = fakeClient({
      listInteractions: (ref, query) =>
        ref.skuId === refA.skuId ? Promise.resolve(makePage(query, [makeInteraction(1)])) : forB.promise,
    });
    const { rerender, result, states } = renderInteractions(fake.client);
    await advance();
    const idOfA = result.current.data?.items[0]?.id;

    rerender({ ref: refB, query: page1 });
    await advance();
    expect(result.current.status).toBe('pending');
    expect(result.current.data).toBeUndefined();

    forB.resolve(makePage(page1, [makeInteraction(99)]));
    await advance();
    expect(result.current.data?.items[0]?.id).not.toBe(idOfA);
    const afterSwitch = states.slice(states.findIndex((s, i) => i > 0 && s.status === 'pending'));
    expect(afterSwitch.some((s) => s.firstId === idOfA)).toBe(false);
  });

  it('aborts a superseded page request and the last one on unmount', async () => {
    const fake = fakeClient({ listInteractions: () => new Promise(() => {}) });
    const { rerender, unmount } = renderInteractions(fake.client);
    await advance();
    rerender({ ref: refA, query: page2 });
    await advance();

    const signalOf = (i: number) => fake.listInteractions.mock.calls[i]?.[2]?.signal;
    expect(signalOf(0)?.aborted).toBe(true);
    expect(signalOf(1)?.aborted).toBe(false);

    unmount();
    await advance();
    expect(signalOf(1)?.aborted).toBe(true);
  });

  it('drops a slow page that arrives after the newer one', async () => {
    const slow = deferred<unknown>();
    const fake = fakeClient({
      listInteractions: (_ref, query) => (query.page === 1 ? slow.promise : Promise.resolve(makePage(query))),
    });
    const { rerender, result } = renderInteractions(fake.client);
    await advance();
    rerender({ ref: refA, query: page2 });
    await advance();
    expect(result.current.data?.page).toBe(2);

    slow.resolve(makePage(page1));
    await advance();
    expect(result.current.data?.page).toBe(2);
  });

  it('keeps a page fresh for 30 s even when the host QueryClient says staleTime 0', async () => {
    const queryClient = hostQueryClient();
    const fake = fakeClient();
    const wrapper = providerWrapper({ client: fake.client, queryClient });
    const first = renderHook(() => useOfferInteractions(refA, page1), { wrapper });
    await advance();
    expect(queryClient.getQueryData(offerQueryKeys.interactions(refA, page1))).toMatchObject({ page: 1 });
    first.unmount();
    renderHook(() => useOfferInteractions(refA, page1), { wrapper });
    await advance();
    expect(fake.listInteractions).toHaveBeenCalledTimes(1);
  });
});
