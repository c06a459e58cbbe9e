import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { OfferManagementError } from '../api/errors';
import type { Offer, OfferRef } from '../api/types';
import { useOfferManagementQueryContext } from './context';
import { isOfferSending, resolvePollInterval, useRefetchWhenSettled, useShownInteractionsProcessing } from './polling';
import { offerQueryOptions } from './queryOptions';

export interface UseOfferOptions {
  /** `false` holds the request (e.g. until the ref is known). Default `true`. */
  enabled?: boolean;
  /** Overrides the provider's `pollInterval` (ms; `false` disables polling). */
  pollInterval?: number | false;
  /** How long the data counts as fresh, in ms. Default 30 000. */
  staleTime?: number;
}

/**
 * TanStack Query's result, discriminated on `status`
 * (`'pending' | 'error' | 'success'`); `error` is an `OfferManagementError`.
 */
export type UseOfferResult = UseQueryResult<Offer, OfferManagementError>;

/**
 * One offer, validated, cached under `offerQueryKeys.offer(ref)`.
 *
 * Aborts its request on unmount or when `ref` changes; retries network
 * errors, timeouts, 5xx and 429 up to 3 times (1 s, 2 s, 4 s, or the
 * server's Retry-After); polls while the offer is `sending` or a shown
 * interaction of it is `processing` (see `polling.ts`).
 */
export function useOffer(ref: OfferRef, options: UseOfferOptions = {}): UseOfferResult {
  const { client, queryClient, pollInterval: providerPoll } = useOfferManagementQueryContext('useOffer');
  const pollInterval = resolvePollInterval(options.pollInterval, providerPoll);
  const interactionsProcessing = useShownInteractionsProcessing(queryClient, ref, pollInterval !== false);

  const base = offerQueryOptions(client, ref, options.staleTime === undefined ? {} : { staleTime: options.staleTime });
  const result = useQuery(
    {
      ...base,
      enabled: options.enabled ?? true,
      refetchInterval: (query) =>
        pollInterval !== false && (isOfferSending(query.state.data) || interactionsProcessing) ? pollInterval : false,
    },
    queryClient,
  );
  // The other side settled: one last fetch so both show the final state.
  useRefetchWhenSettled(interactionsProcessing, ref, () => {
    if (options.enabled !== false) void result.refetch();
  });
  return result;
}
