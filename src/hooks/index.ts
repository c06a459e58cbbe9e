export {
  DEFAULT_POLL_INTERVAL_MS,
  OfferManagementProvider,
  useOfferManagementClient,
  useOfferManagementConfig,
} from './OfferManagementProvider';
export type {
  EditTarget,
  InteractionSelectHandler,
  OfferEditHandler,
  OfferLinks,
  OfferLocale,
  OfferManagementConfig,
  OfferManagementProviderProps,
  OfferManagementSettings,
} from './OfferManagementProvider';
export { DEFAULT_INTERACTION_QUERY, normalizeInteractionQuery, offerQueryKeys } from './queryKeys';
export type { OfferInteractionsQueryKey, OfferQueryKey } from './queryKeys';
export {
  fetchInteractionPage,
  fetchOffer,
  OFFER_STALE_TIME_MS,
  offerInteractionsQueryOptions,
  offerQueryOptions,
  toOfferManagementError,
} from './queryOptions';
export type { OfferQueryOptionsOverrides } from './queryOptions';
export { OFFER_MAX_RETRIES, offerRetryDelay, shouldRetryOfferError } from './retry';
export { useOffer } from './useOffer';
export type { UseOfferOptions, UseOfferResult } from './useOffer';
export { useOfferInteractions } from './useOfferInteractions';
export type { UseOfferInteractionsOptions, UseOfferInteractionsResult } from './useOfferInteractions';
export { useInteractionQueryState } from './useInteractionQueryState';
export type { UseInteractionQueryStateOptions, UseInteractionQueryStateResult } from './useInteractionQueryState';
