import { queryOptions } from '@tanstack/react-query';
import type { Query } from '@tanstack/react-query';
import { isOfferManagementError, OfferManagementError } from '../api/errors';
import { parseInteractionPage, parseOffer } from '../api/schema';
import type { InteractionPage, InteractionQuery, Offer, OfferManagementClient, OfferRef } from '../api/types';
import {
  isSameOfferRef,
  normalizeInteractionQuery,
  offerQueryKeys,
  type OfferInteractionsQueryKey,
  type OfferQueryKey,
} from './queryKeys';
import { offerRetryDelay, shouldRetryOfferError } from './retry';

/** Data is fresh for 30 s: mounting another view of it in that time does not refetch. */
export const OFFER_STALE_TIME_MS = 30_000;

function errorName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Turns anything a client threw into an `OfferManagementError`: an
 * `OfferManagementError` is kept, an `AbortError` (or any failure once the
 * request's signal is aborted) becomes `aborted`, a `TimeoutError` becomes
 * `timeout`, anything else `network`, with the original as `cause`.
 */
export function toOfferManagementError(error: unknown, signal?: AbortSignal): OfferManagementError {
  if (isOfferManagementError(error)) return error;
  const name = errorName(error);
  if (name === 'AbortError' || signal?.aborted) {
    return new OfferManagementError('aborted', 'The request was cancelled.', { cause: error });
  }
  if (name === 'TimeoutError') {
    return new OfferManagementError('timeout', 'The Offer Management API took too long to answer.', { cause: error });
  }
  const detail = error instanceof Error && error.message ? `: ${error.message}` : '.';
  return new OfferManagementError('network', `Could not reach the Offer Management API${detail}`, { cause: error });
}

async function callAndParse<T>(
  call: () => Promise<unknown>,
  parse: (input: unknown) => T,
  signal: AbortSignal | undefined,
): Promise<T> {
  let raw: unknown;
  try {
    raw = await call();
  } catch (error) {
    throw toOfferManagementError(error, signal);
  }
  try {
    return parse(raw);
  } catch (error) {
    if (isOfferManagementError(error)) throw error;
    throw new OfferManagementError('invalid-response', 'The Offer Management API sent a response that could not be read.', {
      cause: error,
    });
  }
}

/**
 * Fetches one offer through any client and validates it: resolves with a
 * valid `Offer` or rejects with an `OfferManagementError`, whatever the
 * client returned or threw.
 */
export function fetchOffer(client: OfferManagementClient, ref: OfferRef, signal?: AbortSignal): Promise<Offer> {
  const clean: OfferRef = { feedId: ref.feedId, skuId: ref.skuId };
  return callAndParse(() => client.getOffer(clean, { signal }), parseOffer, signal);
}

/** Like {@link fetchOffer}, for one page of interactions (the query is normalised first). */
export function fetchInteractionPage(
  client: OfferManagementClient,
  ref: OfferRef,
  query: InteractionQuery,
  signal?: AbortSignal,
): Promise<InteractionPage> {
  const clean: OfferRef = { feedId: ref.feedId, skuId: ref.skuId };
  const normalized = normalizeInteractionQuery(query);
  return callAndParse(() => client.listInteractions(clean, normalized, { signal }), (input) => {
    const page = parseInteractionPage(input);
    // A page never holds more rows than were asked for: a server (or host client) that sends its whole history
    // (a 10 MB list) would otherwise make the table render tens of thousands of rows and freeze the admin.
    if (page.items.length > normalized.pageSize) {
      throw new OfferManagementError(
        'invalid-response',
        `Invalid interaction page: items has ${page.items.length} entries, more than the ${normalized.pageSize} asked for.`,
        { field: 'items' },
      );
    }
    return page;
  }, signal);
}

/** Per-call overrides of {@link offerQueryOptions} / {@link offerInteractionsQueryOptions}. */
export interface OfferQueryOptionsOverrides {
  /** Default 30 s. */
  staleTime?: number;
}

/**
 * The query options `useOffer` uses, for a host to prefetch or read the same
 * cache entry: `queryClient.prefetchQuery(offerQueryOptions(client, ref))`.
 * Retry, retry delay and stale time are set here, so they hold whatever the
 * QueryClient's defaults.
 */
export function offerQueryOptions(client: OfferManagementClient, ref: OfferRef, opts: OfferQueryOptionsOverrides = {}) {
  return queryOptions<Offer, OfferManagementError, Offer, OfferQueryKey>({
    queryKey: offerQueryKeys.offer(ref),
    queryFn: ({ signal }) => fetchOffer(client, ref, signal),
    staleTime: opts.staleTime ?? OFFER_STALE_TIME_MS,
    retry: shouldRetryOfferError,
    retryDelay: offerRetryDelay,
  });
}

/**
 * Keeps the previous page on screen while the next one loads, but only for the
 * same offer: another offer's interactions are never shown as a placeholder.
 */
export function keepPreviousPageOfSameOffer(
  previousData: InteractionPage | undefined,
  previousQuery: Query<InteractionPage, OfferManagementError, InteractionPage, OfferInteractionsQueryKey> | undefined,
  ref: OfferRef,
): InteractionPage | undefined {
  if (previousData === undefined || previousQuery === undefined) return undefined;
  return isSameOfferRef(previousQuery.queryKey[2], ref) ? previousData : undefined;
}

/**
 * The query options `useOfferInteractions` uses (see {@link offerQueryOptions}),
 * including the keep-previous-page placeholder.
 */
export function offerInteractionsQueryOptions(
  client: OfferManagementClient,
  ref: OfferRef,
  query: InteractionQuery,
  opts: OfferQueryOptionsOverrides = {},
) {
  const normalized = normalizeInteractionQuery(query);
  return queryOptions<InteractionPage, OfferManagementError, InteractionPage, OfferInteractionsQueryKey>({
    queryKey: offerQueryKeys.interactions(ref, normalized),
    queryFn: ({ signal }) => fetchInteractionPage(client, ref, normalized, signal),
    staleTime: opts.staleTime ?? OFFER_STALE_TIME_MS,
    retry: shouldRetryOfferError,
    retryDelay: offerRetryDelay,
    placeholderData: (previousData, previousQuery) => keepPreviousPageOfSameOffer(previousData, previousQuery, ref),
  });
}
