// @offer-management/react — the public API. Everything here is a named export; see README.md.

// ── Data contract (React-free) ───────────────────────────────────────────────
export type {
  Interaction,
  InteractionContext,
  InteractionNewValue,
  InteractionOrigin,
  InteractionPage,
  InteractionQuery,
  InteractionResult,
  KnownOrRaw,
  Money,
  Offer,
  OfferChannel,
  OfferError,
  OfferManagementClient,
  OfferRef,
  OfferSyncStatus,
  RequestOptions,
} from './api/types';
export { INTERACTION_ORIGINS, INTERACTION_RESULTS, isInteractionOrigin, OFFER_SYNC_STATUSES } from './api/types';
export { OfferManagementError, isOfferManagementError } from './api/errors';
export type { OfferManagementErrorKind, OfferManagementErrorOptions } from './api/errors';
export { createHttpClient, DEFAULT_TIMEOUT_MS } from './api/client';
export type { HttpClientOptions, HttpHeaders } from './api/client';
export { parseInteractionPage, parseOffer } from './api/schema';
export { normalizeOfferStatus } from './api/normalize';
export { deriveOfferStatus } from './api/deriveOfferStatus';
export type { OfferStatusInput, StatusInteraction } from './api/deriveOfferStatus';

// ── Headless hooks ──────────────────────────────────────────────────────────
export { OfferManagementProvider } from './hooks/OfferManagementProvider';
export type { OfferManagementProviderProps } from './hooks/OfferManagementProvider';
export { DEFAULT_POLL_INTERVAL_MS, useOfferManagementClient, useOfferManagementConfig } from './hooks/context';
export type {
  EditTarget,
  InteractionSelectHandler,
  OfferEditHandler,
  OfferLinks,
  OfferLocale,
  OfferManagementConfig,
  OfferManagementSettings,
} from './hooks/context';
export { DEFAULT_INTERACTION_QUERY, normalizeInteractionQuery, offerQueryKeys } from './hooks/queryKeys';
export type { OfferInteractionsQueryKey, OfferQueryKey } from './hooks/queryKeys';
export { OFFER_STALE_TIME_MS, offerInteractionsQueryOptions, offerQueryOptions } from './hooks/queryOptions';
export type { OfferQueryOptionsOverrides } from './hooks/queryOptions';
export { OFFER_MAX_RETRIES, offerRetryDelay, shouldRetryOfferError } from './hooks/retry';
export { useOffer } from './hooks/useOffer';
export type { UseOfferOptions, UseOfferResult } from './hooks/useOffer';
export { useOfferInteractions } from './hooks/useOfferInteractions';
export type { UseOfferInteractionsOptions, UseOfferInteractionsResult } from './hooks/useOfferInteractions';
export { useInteractionQueryState } from './hooks/useInteractionQueryState';
export type { UseInteractionQueryStateOptions, UseInteractionQueryStateResult } from './hooks/useInteractionQueryState';

// ── Components ──────────────────────────────────────────────────────────────
export { OfferHeader, OfferHeaderSkeleton } from './components/OfferHeader';
export type { OfferHeaderProps, OfferHeaderSkeletonProps } from './components/OfferHeader';
export { OfferStatus, OfferStatusSkeleton } from './components/OfferStatus';
export type { OfferStatusProps, OfferStatusSkeletonProps } from './components/OfferStatus';
export { ErrorList, INTERACTION_RETENTION_MS, isInteractionExpired } from './components/ErrorList';
export type { ErrorListProps } from './components/ErrorList';
export { INTERACTION_PAGE_SIZES, InteractionTable } from './components/InteractionTable';
export type { InteractionTableProps } from './components/InteractionTable';
export { OfferDetails } from './components/OfferDetails';
export type { OfferDetailsProps } from './components/OfferDetails';
export { StatusBadge } from './components/shared/StatusBadge';
export type { StatusBadgeProps } from './components/shared/StatusBadge';
export { isSafeImageUrl } from './components/shared/SafeImage';

// ── Theme and messages ──────────────────────────────────────────────────────
export { contrastRatio, createOfferTheme, defaultOfferTheme } from './theme';
export type {
  DeepPartial,
  OfferNeutralScale,
  OfferSpaceScale,
  OfferTheme,
  OfferThemeColors,
  OfferTone,
  OfferToneColors,
  OfferTypeStep,
  OfferTypography,
} from './theme';
export {
  createOfferFormatters,
  enMessages,
  esMessages,
  formatMessage,
  offerCatalogues,
  ptBRMessages,
  resolveOfferLocale,
  resolveOfferMessages,
  useOfferFormatters,
  useOfferMessages,
} from './i18n';
export type { CreateOfferFormattersOptions, LoadErrorKind, MessageValues, OfferFormatters, OfferMessages, PluralMessage } from './i18n';
