import { isOfferManagementError } from '../api/errors';

/** How many times a failed request is retried (so at most 4 calls in all). */
export const OFFER_MAX_RETRIES = 3;
/** The first retry waits this long; each next one twice as long. */
export const OFFER_RETRY_BASE_DELAY_MS = 1_000;
/** The exponential backoff never waits longer than this. */
export const OFFER_RETRY_MAX_DELAY_MS = 30_000;
/**
 * A `Retry-After` longer than this is not waited for: the error is shown at
 * once (with its retry action) rather than a spinner for minutes.
 */
export const OFFER_RETRY_AFTER_MAX_MS = 60_000;

function hasUsableRetryAfter(error: unknown): error is { retryAfterMs: number } {
  const ms = isOfferManagementError(error) ? error.retryAfterMs : undefined;
  return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0;
}

/**
 * Whether a failed request should be tried again: network errors, timeouts,
 * HTTP 5xx and 429, at most {@link OFFER_MAX_RETRIES} times. Never other 4xx
 * (not-found, unauthorized, 400, 409...), invalid responses, aborts, or errors
 * that are not an `OfferManagementError`.
 *
 * Same signature as TanStack Query's `retry` function: `failureCount` is the
 * number of failures before this one (0 after the first failure).
 */
export function shouldRetryOfferError(failureCount: number, error: unknown): boolean {
  if (failureCount >= OFFER_MAX_RETRIES) return false;
  if (!isOfferManagementError(error)) return false;
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'http': {
      const status = error.status;
      if (status === undefined || !(status >= 500 || status === 429)) return false;
      return !hasUsableRetryAfter(error) || error.retryAfterMs <= OFFER_RETRY_AFTER_MAX_MS;
    }
    default:
      return false;
  }
}

/**
 * The wait before retry number `failureCount + 1`: the server's `Retry-After`
 * (`error.retryAfterMs`) when it sent one, else 1 s, 2 s, 4 s... capped at 30 s.
 * Same signature as TanStack Query's `retryDelay` function.
 */
export function offerRetryDelay(failureCount: number, error: unknown): number {
  if (hasUsableRetryAfter(error)) return Math.min(error.retryAfterMs, OFFER_RETRY_AFTER_MAX_MS);
  return Math.min(OFFER_RETRY_BASE_DELAY_MS * 2 ** Math.max(0, failureCount), OFFER_RETRY_MAX_DELAY_MS);
}
