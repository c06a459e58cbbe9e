/**
 * The data contract of the Offer Management "Offer details" page.
 *
 * These are the shapes every `OfferManagementClient` returns once validated
 * (see `parseOffer` / `parseInteractionPage`). They are React-free.
 */

/** The sync status of an offer on its channel. */
export type OfferSyncStatus = 'synched' | 'error' | 'unavailable' | 'sending';

/** The system an interaction (or error) comes from. */
export type InteractionOrigin = 'catalog' | 'price' | 'inventory';

/** How an interaction ended (`processing` while it is still open). */
export type InteractionResult = 'success' | 'failure' | 'notification' | 'processing';

/** Whether an interaction is the first send of the offer (`setup`) or a later update (`ongoing`). */
export type InteractionContext = 'setup' | 'ongoing';

/**
 * A known value, or the raw text the API sent when it is not one we know.
 * Unknown origins and results are kept (and shown as their raw text) rather
 * than rejected, so a new value on the server never breaks the page.
 */
export type KnownOrRaw<T extends string> = T | (string & { readonly __raw?: never });

/** Addresses one offer: one seller SKU sent to one channel (feed). */
export interface OfferRef {
  /** The feed, `vendor.channel`, e.g. `vtex.meli-classic`. */
  feedId: string;
  /** The SKU id on VTEX ("ID on VTEX"). */
  skuId: string;
}

export interface OfferChannel {
  /** Display name, e.g. "Mercado Libre Classic". Untrusted text. */
  name: string;
  /** Logo URL; only http(s) URLs are ever loaded. */
  logoUrl?: string;
}

export interface Money {
  amount: number;
  /** ISO 4217 code, e.g. `BRL`. */
  currency: string;
}

export interface Offer {
  feedId: string;
  /** The "ID on VTEX". */
  skuId: string;
  /** The "ID on the channel", once the channel has assigned one. */
  externalOfferId?: string;
  /** Untrusted text from the catalog / channel. */
  name: string;
  /** Only http(s) URLs are ever loaded. */
  imageUrl?: string;
  channel: OfferChannel;
  status: OfferSyncStatus;
  price?: Money;
  inventory?: number;
  /** ISO 8601. */
  updatedAt: string;
  /** The active errors (empty unless the status is `error`). */
  errors: OfferError[];
}

export interface OfferError {
  /** Catalogue id, e.g. `CTLG-006`. */
  code: string;
  /** The connector's own code, e.g. `CTLG-005-001`. */
  externalCode?: string;
  /** Shown as the error name. Untrusted text. */
  title: string;
  /** Free text from the channel or connector: untrusted, may be long, may contain markup. */
  description: string;
  origin: KnownOrRaw<InteractionOrigin>;
  /** ISO 8601: when the error was found. */
  date: string;
  /** The interaction that raised it ("View interaction"). */
  interactionId: string;
  /** Origins whose later successful interaction clears this error. */
  closableOrigins?: InteractionOrigin[];
}

/** The value an interaction set, from its success log's data. */
export type InteractionNewValue =
  | { kind: 'price'; amount: number; currency: string }
  | { kind: 'inventory'; quantity: number };

export interface Interaction {
  /** 32 upper-case hex chars. */
  id: string;
  /** ISO 8601. */
  startDate: string;
  origin: KnownOrRaw<InteractionOrigin>;
  result: KnownOrRaw<InteractionResult>;
  newValue?: InteractionNewValue;
  context?: InteractionContext;
  /** The offer status the channel reported in this interaction (log data), if any. */
  reportedStatus?: OfferSyncStatus;
}

/** Filters and paging for the interactions list. `page` is 1-based. */
export interface InteractionQuery {
  origins?: InteractionOrigin[];
  results?: InteractionResult[];
  page: number;
  pageSize: number;
}

export interface InteractionPage {
  items: Interaction[];
  /** Total number of interactions matching the filters. */
  total: number;
  page: number;
  pageSize: number;
}

/** Options every client call accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * Anything that can fetch offers: the HTTP client from `createHttpClient`, or a
 * host's own. Whatever it returns is validated before the hooks hand it out.
 */
export interface OfferManagementClient {
  getOffer(ref: OfferRef, init?: RequestOptions): Promise<Offer>;
  listInteractions(ref: OfferRef, query: InteractionQuery, init?: RequestOptions): Promise<InteractionPage>;
}

export const OFFER_SYNC_STATUSES = ['synched', 'error', 'unavailable', 'sending'] as const satisfies readonly OfferSyncStatus[];
export const INTERACTION_ORIGINS = ['catalog', 'price', 'inventory'] as const satisfies readonly InteractionOrigin[];
export const INTERACTION_RESULTS = ['success', 'failure', 'notification', 'processing'] as const satisfies readonly InteractionResult[];

/** Whether a (possibly raw) origin is one the contract knows. */
export function isInteractionOrigin(value: string): value is InteractionOrigin {
  return (INTERACTION_ORIGINS as readonly string[]).includes(value);
}
