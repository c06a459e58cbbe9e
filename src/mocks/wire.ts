import type { InteractionNewValue, Offer, OfferError, OfferSyncStatus } from '../api/types';
import type { MockOfferRecord, MockRawInteraction, MockWireHints } from './generator';

/**
 * The JSON the mock API sends: valid per the contract, but spelled a little like the real API in places
 * (`Synced` / `Disabled`, numbers as strings, raw reported statuses), to exercise the lenient parser.
 */
type Wire = Record<string, unknown>;

const API_SPELLING: Readonly<Record<OfferSyncStatus, string>> = {
  synched: 'Synced',
  unavailable: 'Disabled',
  error: 'error',
  sending: 'sending',
};

const num = (value: number, hints: MockWireHints): number | string => (hints.numbersAsStrings ? String(value) : value);

function wireError(error: OfferError): Wire {
  return { ...error, closableOrigins: error.closableOrigins ? [...error.closableOrigins] : [] };
}

export function toWireOffer(offer: Offer, hints: MockWireHints): Wire {
  return {
    ...offer,
    channel: { ...offer.channel },
    status: hints.apiStatusSpelling ? API_SPELLING[offer.status] : offer.status,
    ...(offer.price ? { price: { amount: num(offer.price.amount, hints), currency: offer.price.currency } } : {}),
    ...(offer.inventory === undefined ? {} : { inventory: num(offer.inventory, hints) }),
    errors: offer.errors.map(wireError),
  };
}

function wireNewValue(value: InteractionNewValue, asString: boolean): Wire {
  return value.kind === 'price'
    ? { kind: 'price', amount: asString ? value.amount.toFixed(2) : value.amount, currency: value.currency }
    : { kind: 'inventory', quantity: asString ? String(value.quantity) : value.quantity };
}

export function toWireInteraction(raw: MockRawInteraction, hints: MockWireHints): Wire {
  // Connectors differ: some send numbers, some strings. Decide per row, deterministically.
  const asString = hints.numbersAsStrings && raw.id.charCodeAt(31) % 2 === 0;
  return {
    id: raw.id,
    startDate: raw.startDate,
    origin: raw.origin,
    result: raw.result,
    context: raw.context,
    ...(raw.newValue ? { newValue: wireNewValue(raw.newValue, asString) } : {}),
    ...(raw.reportedStatus === undefined ? {} : { reportedStatus: raw.reportedStatus }),
  };
}

/** The raw interactions matching `origins` / `results`, newest first, one page of them. */
export function wirePage(
  record: MockOfferRecord,
  query: { origins: readonly string[]; results: readonly string[]; page: number; pageSize: number },
): Wire {
  const origins = query.origins.length > 0 ? new Set(query.origins) : undefined;
  const results = query.results.length > 0 ? new Set(query.results) : undefined;
  const matching = record.raw.filter((i) => (!origins || origins.has(i.origin)) && (!results || results.has(i.result)));
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize).map((raw) => toWireInteraction(raw, record.wire)),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
