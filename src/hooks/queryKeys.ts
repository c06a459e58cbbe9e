import type { DataTag } from '@tanstack/react-query';
import type { OfferManagementError } from '../api/errors';
import { INTERACTION_ORIGINS, INTERACTION_RESULTS } from '../api/types';
import type { InteractionOrigin, InteractionPage, InteractionQuery, InteractionResult, Offer, OfferRef } from '../api/types';

/** The first page, 25 rows, no filters. */
export const DEFAULT_INTERACTION_QUERY: Readonly<InteractionQuery> = Object.freeze({ page: 1, pageSize: 25 });

/** The largest page the REST contract serves (`pageSize` is 1..100); larger asks are capped, not sent. */
export const MAX_INTERACTION_PAGE_SIZE = 100;

/**
 * Known values only (a host may pass what it read from its URL: unknown values, a lone string), de-duplicated
 * and sorted; `undefined` when nothing is left.
 */
function normalizeFilter<T extends string>(values: readonly T[] | T | undefined, known: readonly T[]): T[] | undefined {
  const list: readonly unknown[] = typeof values === 'string' ? [values] : Array.isArray(values) ? values : [];
  const kept = known.filter((value) => list.includes(value));
  return kept.length > 0 ? kept.sort() : undefined;
}

function positiveInteger(value: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/**
 * The canonical form of an interactions query: filters reduced to known
 * values, de-duplicated and sorted (an empty filter is no filter), page and
 * page size positive integers, the page size at most 100 (the contract's
 * cap). Equal queries give deep-equal results, so they share one cache entry
 * and one request.
 */
export function normalizeInteractionQuery(query: InteractionQuery): InteractionQuery {
  const normalized: InteractionQuery = {
    page: positiveInteger(query.page, DEFAULT_INTERACTION_QUERY.page),
    pageSize: Math.min(positiveInteger(query.pageSize, DEFAULT_INTERACTION_QUERY.pageSize), MAX_INTERACTION_PAGE_SIZE),
  };
  const origins = normalizeFilter<InteractionOrigin>(query.origins, INTERACTION_ORIGINS);
  const results = normalizeFilter<InteractionResult>(query.results, INTERACTION_RESULTS);
  if (origins) normalized.origins = origins;
  if (results) normalized.results = results;
  return normalized;
}

/** Only the two fields that address an offer (a whole `Offer` may be passed as a ref). */
function refKey(ref: OfferRef): OfferRef {
  return { feedId: ref.feedId, skuId: ref.skuId };
}

const ROOT = 'offer-management' as const;

/**
 * The one factory of every cache key the hooks use. Use it to invalidate,
 * prefetch or seed the cache:
 * `queryClient.invalidateQueries({ queryKey: offerQueryKeys.interactionsOf(ref) })`.
 *
 * - `all`: every query of this library.
 * - `offer(ref)`: one offer.
 * - `interactionsOf(ref)`: prefix of every interactions page of one offer.
 * - `interactions(ref, query)`: one page; the query (every server parameter) is normalised.
 *
 * `offer` and `interactions` keys carry their data type, so
 * `queryClient.getQueryData(offerQueryKeys.offer(ref))` is typed `Offer | undefined`.
 */
export const offerQueryKeys = {
  all: [ROOT] as const,
  offer: (ref: OfferRef) => [ROOT, 'offer', refKey(ref)] as unknown as OfferQueryKey,
  interactionsOf: (ref: OfferRef) => [ROOT, 'interactions', refKey(ref)] as const,
  interactions: (ref: OfferRef, query: InteractionQuery) =>
    [ROOT, 'interactions', refKey(ref), normalizeInteractionQuery(query)] as unknown as OfferInteractionsQueryKey,
};

/** The key of one offer (tagged with its data and error types). */
export type OfferQueryKey = DataTag<readonly [typeof ROOT, 'offer', OfferRef], Offer, OfferManagementError>;
/** The key of one interactions page (tagged with its data and error types). */
export type OfferInteractionsQueryKey = DataTag<
  readonly [typeof ROOT, 'interactions', OfferRef, InteractionQuery],
  InteractionPage,
  OfferManagementError
>;

/** Whether two refs address the same offer. */
export function isSameOfferRef(a: OfferRef | undefined, b: OfferRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.feedId === b.feedId && a.skuId === b.skuId;
}
