/** Why a call to the Offer Management API failed. */
export type OfferManagementErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-found'
  | 'unauthorized'
  | 'invalid-response'
  | 'aborted';

export interface OfferManagementErrorOptions {
  /** HTTP status, for answers from the server. */
  status?: number;
  /** For `invalid-response`: the path of the offending field, e.g. `items[3].startDate`. */
  field?: string;
  /** For 429/503: how long the server asked us to wait (from `Retry-After`), in ms. */
  retryAfterMs?: number;
  cause?: unknown;
}

/** The one error type every client call and hook reports. */
export class OfferManagementError extends Error {
  override readonly name = 'OfferManagementError';
  readonly kind: OfferManagementErrorKind;
  readonly status?: number;
  readonly field?: string;
  readonly retryAfterMs?: number;

  constructor(kind: OfferManagementErrorKind, message: string, options: OfferManagementErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.field !== undefined) this.field = options.field;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/** Type guard that also works across bundle copies (checks the shape, not only the prototype). */
export function isOfferManagementError(value: unknown): value is OfferManagementError {
  return (
    value instanceof OfferManagementError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'OfferManagementError' &&
      typeof (value as { kind?: unknown }).kind === 'string')
  );
}
