import { notifyManager, QueryClient } from '@tanstack/react-query';
import { act, renderHook, type RenderHookOptions } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { OfferManagementError, type OfferManagementErrorKind } from '../../src/api/errors';
import type {
  Interaction,
  InteractionPage,
  InteractionQuery,
  Offer,
  OfferManagementClient,
  OfferRef,
  RequestOptions,
} from '../../src/api/types';
import { OfferManagementProvider, type OfferManagementProviderProps } from '../../src/hooks/OfferManagementProvider';

// Captured before any test fakes the timers.
const realSetTimeout = globalThis.setTimeout;

// TanStack batches its notifications on a 0 ms timer; during a fake-timer tick
// that timer lands 1 ms later, which would blur the exact retry/poll instants
// the tests check. A microtask keeps the same batching without using the clock.
notifyManager.setScheduler((callback) => queueMicrotask(callback));

export const refA: OfferRef = { feedId: 'vtex.meli-classic', skuId: '1001' };
export const refB: OfferRef = { feedId: 'vtex.meli-classic', skuId: '2002' };

export function makeOffer(ref: OfferRef, overrides: Partial<Offer> = {}): Offer {
  return {
    feedId: ref.feedId,
    skuId: ref.skuId,
    name: `Running shoe ${ref.skuId}`,
    channel: { name: 'Mercado Libre Classic' },
    status: 'synched',
    price: { amount: 199.9, currency: 'BRL' },
    inventory: 12,
    updatedAt: '2026-11-20T10:00:00.000Z',
    errors: [],
    ...overrides,
  };
}

export function makeInteraction(n: number, overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: n.toString(16).toUpperCase().padStart(32, 'A'),
    startDate: new Date(Date.UTC(2026, 10, 20, 10, n)).toISOString(),
    origin: 'price',
    result: 'success',
    ...overrides,
  };
}

export function makePage(query: InteractionQuery, items?: Interaction[], total = 100): InteractionPage {
  const rows =
    items ?? Array.from({ length: 2 }, (_, i) => makeInteraction((query.page - 1) * query.pageSize + i + 1));
  return { items: rows, total, page: query.page, pageSize: query.pageSize };
}

export function omError(kind: OfferManagementErrorKind, status?: number, retryAfterMs?: number): OfferManagementError {
  const options: { status?: number; retryAfterMs?: number } = {};
  if (status !== undefined) options.status = status;
  if (retryAfterMs !== undefined) options.retryAfterMs = retryAfterMs;
  return new OfferManagementError(kind, `${kind} ${status ?? ''}`.trim(), options);
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

type GetOffer = (ref: OfferRef, init?: RequestOptions) => Promise<unknown>;
type ListInteractions = (ref: OfferRef, query: InteractionQuery, init?: RequestOptions) => Promise<unknown>;

/**
 * A host's own client: answers come from the given functions (which may
 * return anything), and every call is recorded by vi.fn.
 */
export function fakeClient(impl: { getOffer?: GetOffer; listInteractions?: ListInteractions } = {}) {
  const getOffer = vi.fn<GetOffer>(impl.getOffer ?? (async (ref) => makeOffer(ref)));
  const listInteractions = vi.fn<ListInteractions>(impl.listInteractions ?? (async (_ref, query) => makePage(query)));
  const client = { getOffer, listInteractions } as unknown as OfferManagementClient;
  return { client, getOffer, listInteractions };
}

/** A fresh QueryClient like a host's, with defaults our hooks must override. */
export function hostQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 } } });
}

export function providerWrapper(props: Omit<OfferManagementProviderProps, 'children'>) {
  return function Wrapper({ children }: { children?: ReactNode }) {
    return <OfferManagementProvider {...props}>{children}</OfferManagementProvider>;
  };
}

/**
 * renderHook that records a snapshot of every render (reading the fields
 * during render, so TanStack's tracked result notifies on them).
 */
export function renderRecorded<Props, Result, Snapshot>(
  hook: (props: Props) => Result,
  snapshot: (result: Result) => Snapshot,
  options?: RenderHookOptions<Props>,
) {
  const states: Snapshot[] = [];
  const rendered = renderHook((props: Props) => {
    const result = hook(props);
    states.push(snapshot(result));
    return result;
  }, options);
  return { ...rendered, states };
}

/**
 * Moves fake time on by `ms` inside act, then lets what that released settle
 * (promise chains, TanStack's batched notifications) without moving time.
 */
export async function advance(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
    for (let i = 0; i < 3; i += 1) {
      await new Promise((resolve) => realSetTimeout(resolve, 0)); // every pending promise callback runs
      await vi.advanceTimersByTimeAsync(0); // then what they scheduled "now"
    }
  });
}

/** Drops consecutive duplicates: the distinct steps a user would see. */
export function steps<T>(values: T[]): T[] {
  return values.filter((value, i) => i === 0 || JSON.stringify(value) !== JSON.stringify(values[i - 1]));
}
