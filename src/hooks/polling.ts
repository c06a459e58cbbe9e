import { notifyManager, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { InteractionPage, Offer, OfferRef } from '../api/types';
import { offerQueryKeys } from './queryKeys';
import { useIsomorphicLayoutEffect } from './useControllableState';

/*
 * How the two hooks poll, and stay in step.
 *
 * Something is "in progress" for an offer while the offer is `sending` or an
 * interaction shown for it is `processing`. While that is true, BOTH hooks of
 * that offer poll every `pollInterval`, so the status block and the table move
 * together: when the channel answers, the interaction leaves `processing` and
 * the status leaves `sending` in the same round.
 *
 * - `useOffer` polls while its offer is `sending`, or while an interactions
 *   page of the same offer that is on screen (an active query) shows a
 *   `processing` row.
 * - `useOfferInteractions` polls while its page shows a `processing` row, or
 *   while the same offer, on screen through `useOffer` (an active query), is
 *   `sending`.
 *
 * Each hook watches the other's cache entry (a boolean from the QueryCache,
 * so it re-renders only when that flips), and TanStack re-evaluates the
 * interval on that re-render, so polling starts as soon as either side shows
 * work in progress and stops once neither does. Inactive cache entries (a
 * page no longer shown, an offer no component displays) are ignored so that
 * stale data never keeps polling alive.
 *
 * When the other side settles (the offer leaves `sending`, the processing row
 * finishes), a hook that was polling only because of it fetches once more
 * (deduplicated with a poll already in flight), so the final state of both
 * is on screen even though the two intervals are not aligned.
 */

/** Whether a page has an interaction still in progress. */
export function hasProcessingInteraction(page: InteractionPage | undefined): boolean {
  return page?.items.some((item) => item.result === 'processing') ?? false;
}

/** Whether an offer is being sent to its channel. */
export function isOfferSending(offer: Offer | undefined): boolean {
  return offer?.status === 'sending';
}

/** A boolean read from the QueryCache, re-read (batched) on every cache event. */
function useQueryCacheFlag(queryClient: QueryClient, read: () => boolean): boolean {
  const cache = queryClient.getQueryCache();
  const subscribe = useCallback(
    (onStoreChange: () => void) => cache.subscribe(notifyManager.batchCalls(onStoreChange)),
    [cache],
  );
  return useSyncExternalStore(subscribe, read, read);
}

/** Whether an interactions page of this offer that is on screen shows a `processing` row. */
export function useShownInteractionsProcessing(queryClient: QueryClient, ref: OfferRef, enabled: boolean): boolean {
  const { feedId, skuId } = ref;
  const read = () =>
    enabled &&
    queryClient
      .getQueryCache()
      .findAll({ queryKey: offerQueryKeys.interactionsOf({ feedId, skuId }), type: 'active' })
      .some((query) => hasProcessingInteraction(query.state.data as InteractionPage | undefined));
  return useQueryCacheFlag(queryClient, read);
}

/** Whether this offer, on screen, is `sending`. */
export function useShownOfferSending(queryClient: QueryClient, ref: OfferRef, enabled: boolean): boolean {
  const { feedId, skuId } = ref;
  const read = () => {
    if (!enabled) return false;
    const query = queryClient
      .getQueryCache()
      .find({ queryKey: offerQueryKeys.offer({ feedId, skuId }), exact: true, type: 'active' });
    return isOfferSending(query?.state.data as Offer | undefined);
  };
  return useQueryCacheFlag(queryClient, read);
}

/** The hook's own `pollInterval` when given, else the provider's; invalid values disable. */
export function resolvePollInterval(own: number | false | undefined, fromProvider: number | false): number | false {
  const value = own === undefined ? fromProvider : own;
  return value !== false && Number.isFinite(value) && value > 0 ? value : false;
}

/**
 * Calls `refetch` once when `busy` goes from true to false for the same offer
 * (not when the offer itself changes).
 */
export function useRefetchWhenSettled(busy: boolean, ref: OfferRef, refetch: () => void): void {
  const identity = `${ref.feedId}\u0000${ref.skuId}`;
  const previous = useRef({ identity, busy });
  const latestRefetch = useRef(refetch);
  useIsomorphicLayoutEffect(() => {
    latestRefetch.current = refetch;
  });
  useEffect(() => {
    const before = previous.current;
    previous.current = { identity, busy };
    if (before.identity === identity && before.busy && !busy) latestRefetch.current();
  }, [identity, busy]);
}
