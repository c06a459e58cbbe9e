import { QueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfferManagementError, type OfferManagementErrorKind } from '../../src/api/errors';
import type { OfferRef } from '../../src/api/types';
import { offerQueryKeys } from '../../src/hooks/queryKeys';
import { useOffer, type UseOfferResult } from '../../src/hooks/useOffer';
import {
  advance,
  deferred,
  fakeClient,
  hostQueryClient,
  makeOffer,
  omError,
  providerWrapper,
  refA,
  refB,
  renderRecorded,
  steps,
} from './helpers';

const snap = (r: UseOfferResult) => ({
  status: r.status,
  skuId: r.data?.skuId,
  kind: r.error?.kind,
  isFetching: r.isFetching,
});

function renderUseOffer(client: ReturnType<typeof fakeClient>['client'], queryClient?: QueryClient, ref: OfferRef = refA) {
  return renderRecorded((props: { ref: OfferRef }) => useOffer(props.ref), snap, {
    initialProps: { ref },
    wrapper: providerWrapper(queryClient ? { client, queryClient } : { client }),
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useOffer state sequence', () => {
  it('goes pending → success with the validated offer, calling the client once with a signal', async () => {
    const fake = fakeClient({
      // A loose but valid answer: status spelled by the real API, extra field.
      getOffer: async (ref) => ({ ...makeOffer(ref), status: 'Synced', extra: 'dropped' }),
    });
    const { states, result } = renderUseOffer(fake.client);
    await advance();

    expect(steps(states.map((s) => s.status))).toEqual(['pending', 'success']);
    expect(result.current.data?.status).toBe('synched');
    expect(result.current.data).not.toHaveProperty('extra');
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
    expect(fake.getOffer.mock.calls[0]?.[0]).toEqual(refA);
    expect(fake.getOffer.mock.calls[0]?.[1]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('rejects a malformed answer from a host client as invalid-response naming the field, without retrying', async () => {
    const fake = fakeClient({ getOffer: async (ref) => ({ ...makeOffer(ref), name: 42 }) });
    const { states, result } = renderUseOffer(fake.client);
    await advance(60_000);

    expect(steps(states.map((s) => s.status))).toEqual(['pending', 'error']);
    expect(result.current.error).toBeInstanceOf(OfferManagementError);
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.error?.message).toMatch(/name/);
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
  });

  it.each<[string, OfferManagementError]>([
    ['not-found', omError('not-found', 404)],
    ['unauthorized', omError('unauthorized', 401)],
    ['http 400', omError('http', 400)],
    ['http 409', omError('http', 409)],
    ['invalid-response', omError('invalid-response')],
    ['aborted', omError('aborted')],
  ])('goes pending → error for %s, with one call only (never retried)', async (_name, error) => {
    const fake = fakeClient({ getOffer: async () => Promise.reject(error) });
    const { states, result } = renderUseOffer(fake.client);
    await advance(60_000);

    expect(steps(states.map((s) => s.status))).toEqual(['pending', 'error']);
    expect(result.current.error).toBe(error);
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
  });

  it.each<[string, OfferManagementError]>([
    ['network', omError('network')],
    ['timeout', omError('timeout')],
    ['http 500', omError('http', 500)],
    ['http 503', omError('http', 503)],
    ['http 429', omError('http', 429)],
  ])('retries %s 3 times, after 1 s, 2 s and 4 s, then shows the error', async (_name, error) => {
    const fake = fakeClient({ getOffer: async () => Promise.reject(error) });
    const { states, result } = renderUseOffer(fake.client);

    await advance();
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
    await advance(999);
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(fake.getOffer).toHaveBeenCalledTimes(2);
    await advance(2_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(3);
    expect(result.current.status).toBe('pending');
    await advance(4_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(4);
    await advance(60_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(4);

    expect(steps(states.map((s) => s.status))).toEqual(['pending', 'error']);
    expect(result.current.error?.kind).toBe(error.kind);
  });

  it('shows success when a retry succeeds, never passing through error', async () => {
    let calls = 0;
    const fake = fakeClient({
      getOffer: async (ref) => {
        calls += 1;
        if (calls === 1) throw omError('http', 502);
        return makeOffer(ref);
      },
    });
    const { states } = renderUseOffer(fake.client);
    await advance(1_000);

    expect(fake.getOffer).toHaveBeenCalledTimes(2);
    expect(steps(states.map((s) => s.status))).toEqual(['pending', 'success']);
  });

  it("waits for the server's Retry-After before retrying a 429", async () => {
    let calls = 0;
    const fake = fakeClient({
      getOffer: async (ref) => {
        calls += 1;
        if (calls === 1) throw omError('http', 429, 7_000);
        return makeOffer(ref);
      },
    });
    const { result } = renderUseOffer(fake.client);

    await advance(6_999);
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
    expect(result.current.status).toBe('pending');
    await advance(1);
    expect(fake.getOffer).toHaveBeenCalledTimes(2);
    expect(result.current.status).toBe('success');
  });

  it('wraps what a host client throws: AbortError → aborted, anything else → network with the cause', async () => {
    const typeError = new TypeError('Failed to fetch');
    const failing = fakeClient({ getOffer: async () => Promise.reject(typeError) });
    const { result } = renderUseOffer(failing.client);
    await advance(7_000);
    expect(result.current.error).toBeInstanceOf(OfferManagementError);
    expect(result.current.error?.kind).toBe('network');
    expect(result.current.error?.cause).toBe(typeError);
    expect(failing.getOffer).toHaveBeenCalledTimes(4);

    const aborting = fakeClient({
      getOffer: () => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')),
    });
    const second = renderUseOffer(aborting.client);
    await advance(7_000);
    expect(second.result.current.error?.kind).toBe<OfferManagementErrorKind>('aborted');
    expect(aborting.getOffer).toHaveBeenCalledTimes(1);
  });

  it('wraps a client that throws synchronously (not even a promise)', async () => {
    const fake = fakeClient({
      getOffer: () => {
        throw 'boom';
      },
    });
    const { result } = renderUseOffer(fake.client);
    await advance(7_000);
    expect(result.current.error?.kind).toBe('network');
    expect(result.current.error?.cause).toBe('boom');
  });
});

describe('useOffer cancellation and races', () => {
  it('aborts the request when the component unmounts', async () => {
    const fake = fakeClient({ getOffer: () => new Promise(() => {}) });
    const { unmount } = renderUseOffer(fake.client);
    await advance();
    const signal = fake.getOffer.mock.calls[0]?.[1]?.signal;
    expect(signal?.aborted).toBe(false);

    unmount();
    await advance();
    expect(signal?.aborted).toBe(true);
  });

  it('aborts the superseded request when the ref changes, not the new one', async () => {
    const fake = fakeClient({ getOffer: () => new Promise(() => {}) });
    const { rerender } = renderUseOffer(fake.client);
    await advance();
    rerender({ ref: refB });
    await advance();

    const [first, second] = fake.getOffer.mock.calls;
    expect(first?.[0]).toEqual(refA);
    expect(second?.[0]).toEqual(refB);
    expect(first?.[1]?.signal?.aborted).toBe(true);
    expect(second?.[1]?.signal?.aborted).toBe(false);
  });

  it('drops a slow answer for the old ref that arrives after the new one', async () => {
    const slowA = deferred<unknown>();
    const fastB = deferred<unknown>();
    // A host client that ignores the signal and answers anyway.
    const fake = fakeClient({ getOffer: (ref) => (ref.skuId === refA.skuId ? slowA.promise : fastB.promise) });
    const { rerender, result, states } = renderUseOffer(fake.client);
    await advance();
    rerender({ ref: refB });
    await advance();

    fastB.resolve(makeOffer(refB));
    await advance();
    expect(result.current.data?.skuId).toBe(refB.skuId);

    slowA.resolve(makeOffer(refA));
    await advance(1_000);
    expect(result.current.data?.skuId).toBe(refB.skuId);
    expect(states.some((s) => s.skuId === refA.skuId)).toBe(false);
  });
});

describe('useOffer with a host QueryClient (defaults retry: false, staleTime: 0)', () => {
  it('still retries retryable errors 3 times', async () => {
    const fake = fakeClient({ getOffer: async () => Promise.reject(omError('network')) });
    const { result } = renderUseOffer(fake.client, hostQueryClient());
    await advance(7_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(4);
    expect(result.current.status).toBe('error');
  });

  it('stores the offer in the host cache and keeps it fresh for 30 s', async () => {
    const queryClient = hostQueryClient();
    const fake = fakeClient();
    const first = renderUseOffer(fake.client, queryClient);
    await advance();
    expect(queryClient.getQueryData(offerQueryKeys.offer(refA))).toMatchObject({ skuId: refA.skuId });
    first.unmount();

    await advance(29_000);
    const second = renderUseOffer(fake.client, queryClient);
    await advance();
    expect(second.result.current.status).toBe('success');
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
    second.unmount();

    await advance(2_000);
    const third = renderUseOffer(fake.client, queryClient);
    await advance();
    expect(fake.getOffer).toHaveBeenCalledTimes(2);
    third.unmount();
  });

  it('honours a per-hook staleTime', async () => {
    const queryClient = hostQueryClient();
    const fake = fakeClient();
    const wrapper = providerWrapper({ client: fake.client, queryClient });
    const first = renderHook(() => useOffer(refA, { staleTime: 0 }), { wrapper });
    await advance();
    first.unmount();
    renderHook(() => useOffer(refA, { staleTime: 0 }), { wrapper });
    await advance();
    expect(fake.getOffer).toHaveBeenCalledTimes(2);
  });
});

describe('useOffer options', () => {
  it('does not fetch while enabled is false, then fetches when enabled', async () => {
    const fake = fakeClient();
    const { rerender, result } = renderHook((props: { enabled: boolean }) => useOffer(refA, props), {
      initialProps: { enabled: false },
      wrapper: providerWrapper({ client: fake.client }),
    });
    await advance(10_000);
    expect(fake.getOffer).not.toHaveBeenCalled();
    expect(result.current.status).toBe('pending');

    rerender({ enabled: true });
    await advance();
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
    expect(result.current.status).toBe('success');
  });
});
