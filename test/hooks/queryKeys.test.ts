import { hashKey, matchQuery, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { normalizeInteractionQuery, offerQueryKeys } from '../../src/hooks/queryKeys';
import { offerInteractionsQueryOptions, offerQueryOptions } from '../../src/hooks/queryOptions';
import { fakeClient, makeOffer, refA, refB } from './helpers';

describe('offerQueryKeys', () => {
  it('puts every server parameter in the interactions key', () => {
    const base = { page: 1, pageSize: 25 };
    const keys = [
      offerQueryKeys.interactions(refA, base),
      offerQueryKeys.interactions(refB, base),
      offerQueryKeys.interactions({ feedId: 'vtex.netshoes', skuId: refA.skuId }, base),
      offerQueryKeys.interactions(refA, { ...base, page: 2 }),
      offerQueryKeys.interactions(refA, { ...base, pageSize: 50 }),
      offerQueryKeys.interactions(refA, { ...base, origins: ['price'] }),
      offerQueryKeys.interactions(refA, { ...base, results: ['failure'] }),
    ];
    expect(new Set(keys.map(hashKey)).size).toBe(keys.length);
  });

  it('gives equal queries the same key (order, duplicates, empty filters do not matter)', () => {
    const a = offerQueryKeys.interactions(refA, {
      origins: ['price', 'catalog', 'price'],
      results: ['failure', 'success'],
      page: 1,
      pageSize: 25,
    });
    const b = offerQueryKeys.interactions(refA, { results: ['success', 'failure'], origins: ['catalog', 'price'], page: 1, pageSize: 25 });
    expect(hashKey(a)).toBe(hashKey(b));
    expect(hashKey(offerQueryKeys.interactions(refA, { origins: [], page: 1, pageSize: 25 }))).toBe(
      hashKey(offerQueryKeys.interactions(refA, { page: 1, pageSize: 25 })),
    );
  });

  it('keeps only feedId and skuId of the ref (a whole Offer can be passed)', () => {
    expect(offerQueryKeys.offer(makeOffer(refA))).toEqual(offerQueryKeys.offer(refA));
  });

  it('nests: all ⊃ interactionsOf(ref) ⊃ interactions(ref, query); offer(ref) is separate', () => {
    const client = new QueryClient();
    const cache = client.getQueryCache();
    const page = cache.build(client, { queryKey: offerQueryKeys.interactions(refA, { page: 3, pageSize: 10 }) });
    const offer = cache.build(client, { queryKey: offerQueryKeys.offer(refA) });
    const other = cache.build(client, { queryKey: offerQueryKeys.interactions(refB, { page: 1, pageSize: 10 }) });

    const matches = (queryKey: readonly unknown[]) => [page, offer, other].filter((q) => matchQuery({ queryKey }, q));
    expect(matches(offerQueryKeys.all)).toEqual([page, offer, other]);
    expect(matches(offerQueryKeys.interactionsOf(refA))).toEqual([page]);
    expect(matches(offerQueryKeys.offer(refA))).toEqual([offer]);
  });
});

describe('normalizeInteractionQuery', () => {
  it('sorts and de-duplicates filters, drops empty ones, and repairs page numbers', () => {
    expect(
      normalizeInteractionQuery({ origins: ['price', 'catalog', 'price'], results: [], page: 2.7, pageSize: 0 }),
    ).toEqual({ origins: ['catalog', 'price'], page: 2, pageSize: 25 });
  });
});

describe('query options for hosts', () => {
  it('lets a host prefetch the offer and a page into the cache useOffer reads', async () => {
    const fake = fakeClient();
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(offerQueryOptions(fake.client, refA));
    await queryClient.prefetchQuery(offerInteractionsQueryOptions(fake.client, refA, { page: 1, pageSize: 25 }));
    expect(queryClient.getQueryData(offerQueryKeys.offer(refA))?.skuId).toBe(refA.skuId);
    expect(queryClient.getQueryData(offerQueryKeys.interactions(refA, { page: 1, pageSize: 25 }))?.page).toBe(1);
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
  });

  it('sets retry, delay and a 30 s staleTime in the options themselves', () => {
    const options = offerQueryOptions(fakeClient().client, refA);
    expect(options.staleTime).toBe(30_000);
    expect(typeof options.retry).toBe('function');
    expect(typeof options.retryDelay).toBe('function');
  });
});
