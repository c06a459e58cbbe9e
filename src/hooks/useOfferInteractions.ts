import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { OfferManagementError } from '../api/errors';
import type { InteractionPage, InteractionQuery, OfferRef } from '../api/types';
import { useOfferManagementQueryContext } from './context';
import { hasProcessingInteraction, resolvePollInterval, useRefetchWhenSettled, useShownOfferSending } from './polling';
import { offerInteractionsQueryOptions } from './queryOptions';

export interface UseOfferInteractionsOptions {
  /** `false` holds the request. Default `true`. */
  enabled?: boolean;
  /** Overrides the provider's `pollInterval` (ms; `false` disables polling). */
  pollInterval?: number | false;
  /** How long a page counts as fresh, in ms. Default 30 000. */
  staleTime?: number;
}

/**
 * TanStack Query's result, discriminated on `status`; `error` is an
 * `OfferManagementError`. While the next page of the same offer loads, `data`
 * is the previous page and `isPlaceholderData` is `true`.
 */
export type UseOfferInteractionsResult = UseQueryResult<InteractionPage, OfferManagementError>;

/**
 * One page of an offer's interactions, validated, cached under
 * `offerQueryKeys.interactions(ref, query)` (the query normalised, so equal
 * filters share an entry).
 *
 * Keeps the previous page on screen while the next loads (never another
 * offer's); aborts superseded requests; same retries as `useOffer`; polls
 * while a shown row is `processing` or the offer is `sending`.
 */
export function useOfferInteractions(
  ref: OfferRef,
  query: InteractionQuery,
  options: UseOfferInteractionsOptions = {},
): UseOfferInteractionsResult {
  const { client, queryClient, pollInterval: providerPoll } = useOfferManagementQueryContext('useOfferInteractions');
  const pollInterval = resolvePollInterval(options.pollInterval, providerPoll);
  const offerSending = useShownOfferSending(queryClient, ref, pollInterval !== false);

  const base = offerInteractionsQueryOptions(
    client,
    ref,
    query,
    options.staleTime === undefined ? {} : { staleTime: options.staleTime },
  );
  const result = useQuery(
    {
      ...base,
      enabled: options.enabled ?? true,
      refetchInterval: (q) =>
        pollInterval !== false && (hasProcessingInteraction(q.state.data) || offerSending) ? pollInterval : false,
    },
    queryClient,
  );
  // The other side settled: one last fetch so both show the final state.
  useRefetchWhenSettled(offerSending, ref, () => {
    if (options.enabled !== false) void result.refetch();
  });
  return result;
}
