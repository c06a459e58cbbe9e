import type { Interaction, InteractionPage, InteractionQuery, Offer, OfferRef, OfferSyncStatus } from '../api/types';
import { generateOffer } from './generator';
import type { MockOfferRecord, MockOfferSpec } from './generator';

/** The seed used when none is given: the default mock data (and `mockOfferRefs`) come from it. */
export const DEFAULT_MOCK_SEED = 20_261_127;

/** One seeded offer per status. The refs are the same for every seed; the content follows the seed. */
export const mockOfferRefs: Readonly<Record<OfferSyncStatus, Readonly<OfferRef>>> = Object.freeze({
  synched: Object.freeze({ feedId: 'vtex.meli-classic', skuId: '1001' }),
  error: Object.freeze({ feedId: 'vtex.netshoes', skuId: '1002' }),
  unavailable: Object.freeze({ feedId: 'vtex.meli-premium', skuId: '1003' }),
  sending: Object.freeze({ feedId: 'vtex.vtex-marketplace', skuId: '1004' }),
});

/** Offers behind the data scenarios (see `mockScenarioRefs`). */
export const scenarioOfferRefs = Object.freeze({
  'many-errors': Object.freeze({ feedId: 'vtex.netshoes', skuId: '2001' }),
  'no-interactions': Object.freeze({ feedId: 'vtex.vtex-marketplace', skuId: '2002' }),
  'many-interactions': Object.freeze({ feedId: 'vtex.meli-premium', skuId: '2003' }),
  slow: Object.freeze({ feedId: 'vtex.meli-classic', skuId: '2004' }),
} satisfies Record<string, OfferRef>);

const FEEDS = ['vtex.meli-classic', 'vtex.meli-premium', 'vtex.netshoes', 'vtex.vtex-marketplace'] as const;

function buildSpecs(): MockOfferSpec[] {
  const specs: MockOfferSpec[] = [
    { ref: mockOfferRefs.synched, kind: 'synched' },
    { ref: mockOfferRefs.error, kind: 'error' },
    { ref: mockOfferRefs.unavailable, kind: 'unavailable' },
    { ref: mockOfferRefs.sending, kind: 'sending' },
    { ref: scenarioOfferRefs['many-errors'], kind: 'many-errors' },
    { ref: scenarioOfferRefs['no-interactions'], kind: 'no-interactions' },
    { ref: scenarioOfferRefs['many-interactions'], kind: 'many-interactions' },
    { ref: scenarioOfferRefs.slow, kind: 'synched' },
    // An id that must be URL-encoded in a path.
    { ref: { feedId: 'vtex.meli-classic', skuId: 'KIT 3/AZUL?#1' }, kind: 'synched' },
    { ref: { feedId: 'vtex.netshoes', skuId: '3000' }, kind: 'brand-new' },
  ];
  for (let i = 1; i <= 24; i += 1) {
    specs.push({ ref: { feedId: FEEDS[i % FEEDS.length] ?? 'vtex.meli-classic', skuId: String(3000 + i) }, kind: 'random' });
  }
  return specs;
}

export interface MockDatabaseOptions {
  /** Same seed, same data. Defaults to `DEFAULT_MOCK_SEED`. */
  seed?: number;
  /** The instant the data is relative to (epoch ms or a Date). Defaults to `Date.now()` at creation. */
  now?: number | Date;
}

/** An in-memory, seeded offer database: usable as fixtures by stories and tests. */
export interface MockDatabase {
  readonly seed: number;
  /** Epoch ms the generated dates are relative to. */
  readonly now: number;
  /** Every offer the database holds. */
  readonly refs: readonly OfferRef[];
  /** The offer, or `undefined` for an unknown ref. */
  getOffer(ref: OfferRef): Offer | undefined;
  /** All the offer's interactions, newest first, or `undefined` for an unknown ref. */
  getInteractions(ref: OfferRef): Interaction[] | undefined;
  /** One page of the offer's interactions, filtered and newest first, or `undefined` for an unknown ref. */
  listInteractions(ref: OfferRef, query: InteractionQuery): InteractionPage | undefined;
}

/** The database plus what the handlers need to serve it (raw records, wire spelling). */
export interface MockStore {
  database: MockDatabase;
  getRecord(ref: OfferRef): MockOfferRecord | undefined;
}

const keyOf = (ref: OfferRef) => `${ref.feedId}\u0000${ref.skuId}`;

function toEpoch(now: number | Date | undefined): number {
  if (now === undefined) return Date.now();
  const epoch = typeof now === 'number' ? now : now.getTime();
  if (!Number.isFinite(epoch)) throw new RangeError('createMockDatabase: `now` must be a valid date');
  return epoch;
}

const cloneInteraction = (i: Interaction): Interaction => (i.newValue ? { ...i, newValue: { ...i.newValue } } : { ...i });

/** Filters, sorts (newest first) and paginates interactions as the API does. */
export function pageOf(all: readonly Interaction[], query: InteractionQuery): InteractionPage {
  const origins = query.origins && query.origins.length > 0 ? new Set<string>(query.origins) : undefined;
  const results = query.results && query.results.length > 0 ? new Set<string>(query.results) : undefined;
  const matching = all.filter((i) => (!origins || origins.has(i.origin)) && (!results || results.has(i.result)));
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize).map(cloneInteraction),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function createMockStore(options: MockDatabaseOptions = {}): MockStore {
  const seed = options.seed ?? DEFAULT_MOCK_SEED;
  const now = toEpoch(options.now);
  const specs = new Map(buildSpecs().map((spec) => [keyOf(spec.ref), spec]));
  const records = new Map<string, MockOfferRecord>();

  // Offers are generated on first use, so creating the database (and importing the mocks) stays cheap.
  const getRecord = (ref: OfferRef): MockOfferRecord | undefined => {
    const key = keyOf(ref);
    const cached = records.get(key);
    if (cached) return cached;
    const spec = specs.get(key);
    if (!spec) return undefined;
    const record = generateOffer(spec, seed, now);
    records.set(key, record);
    return record;
  };

  const database: MockDatabase = {
    seed,
    now,
    refs: [...specs.values()].map((spec) => ({ ...spec.ref })),
    getOffer: (ref) => {
      const offer = getRecord(ref)?.offer;
      return offer && structuredClone(offer);
    },
    getInteractions: (ref) => getRecord(ref)?.interactions.map(cloneInteraction),
    listInteractions: (ref, query) => {
      const record = getRecord(ref);
      return record && pageOf(record.interactions, query);
    },
  };
  return { database, getRecord };
}

/** A seeded in-memory offer database (see `MockDatabase`). */
export function createMockDatabase(options: MockDatabaseOptions = {}): MockDatabase {
  return createMockStore(options).database;
}
