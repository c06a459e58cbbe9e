import { describe, expect, it } from 'vitest';
import { deriveOfferStatus } from '../../src/api/deriveOfferStatus';
import type { Interaction, OfferRef, OfferSyncStatus } from '../../src/api/types';
import {
  DEFAULT_MOCK_SEED,
  createMockDatabase,
  mockChannels,
  mockErrorCatalogue,
  mockOfferRefs,
  mockScenarioRefs,
} from '../../src/mocks';
import type { MockDatabase } from '../../src/mocks';

const NOW = Date.parse('2026-11-27T12:00:00.000Z');
const DAY = 86_400_000;
const SEEDS = [DEFAULT_MOCK_SEED, 1, 2, 3, 42, 1234, 99_999];

const all = (db: MockDatabase, ref: OfferRef): Interaction[] => {
  const interactions = db.getInteractions(ref);
  if (!interactions) throw new Error(`no offer ${ref.feedId}/${ref.skuId}`);
  return interactions;
};

const databases = new Map<number, MockDatabase>();
/** One database per seed, shared by the tests that only read it. */
const dbFor = (seed: number): MockDatabase => {
  let db = databases.get(seed);
  if (!db) databases.set(seed, (db = createMockDatabase({ seed, now: NOW })));
  return db;
};
const isPinned = (ref: OfferRef) =>
  Object.values(mockOfferRefs).some((pinned) => pinned.feedId === ref.feedId && pinned.skuId === ref.skuId);

const snapshot = (db: MockDatabase) => db.refs.map((ref) => ({ offer: db.getOffer(ref), interactions: db.getInteractions(ref) }));

describe('createMockDatabase', () => {
  it('gives the same data for the same seed and now', () => {
    expect(snapshot(createMockDatabase({ seed: 7, now: NOW }))).toEqual(snapshot(createMockDatabase({ seed: 7, now: NOW })));
  });

  it('gives the same offer whatever order the offers are read in (lazy generation)', () => {
    const forward = createMockDatabase({ seed: 7, now: NOW });
    const backward = createMockDatabase({ seed: 7, now: new Date(NOW) });
    const reversed = [...backward.refs].reverse().map((ref) => [ref, backward.getOffer(ref)] as const);
    for (const [ref, offer] of reversed) expect(forward.getOffer(ref)).toEqual(offer);
  });

  it('gives different data for another seed, at the same refs', () => {
    const a = createMockDatabase({ seed: 1, now: NOW });
    const b = createMockDatabase({ seed: 2, now: NOW });
    expect(a.refs).toEqual(b.refs);
    expect(snapshot(a)).not.toEqual(snapshot(b));
  });

  it('dates the data relative to `now`, defaulting to the time of creation', () => {
    const db = createMockDatabase({ now: NOW });
    expect(db.now).toBe(NOW);
    const times = db.refs.flatMap((ref) => all(db, ref).map((i) => Date.parse(i.startDate)));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW);
    expect(times.some((t) => t < NOW - 10 * DAY)).toBe(true);
    expect(times.some((t) => t > NOW - 10 * DAY)).toBe(true);

    const before = Date.now();
    const fresh = createMockDatabase();
    expect(fresh.now).toBeGreaterThanOrEqual(before);
    expect(fresh.now).toBeLessThanOrEqual(Date.now());
    expect(fresh.seed).toBe(DEFAULT_MOCK_SEED);
  });

  it('returns undefined for an unknown offer', () => {
    const db = createMockDatabase({ now: NOW });
    const ref = { feedId: 'vtex.meli-classic', skuId: 'nope' };
    expect(db.getOffer(ref)).toBeUndefined();
    expect(db.getInteractions(ref)).toBeUndefined();
    expect(db.listInteractions(ref, { page: 1, pageSize: 25 })).toBeUndefined();
  });

  it('hands out copies: changing a fixture does not change the database', () => {
    const db = createMockDatabase({ now: NOW });
    const offer = db.getOffer(mockOfferRefs.error);
    offer?.errors.pop();
    expect(db.getOffer(mockOfferRefs.error)?.errors.length).toBeGreaterThan(0);
  });
});

describe('generated offers agree with their interactions', () => {
  it.each(SEEDS)('seed %i: every offer status follows from its interactions and active errors', (seed) => {
    const db = dbFor(seed);
    for (const ref of db.refs) {
      const offer = db.getOffer(ref);
      expect(offer).toBeDefined();
      if (!offer) continue;
      expect(deriveOfferStatus({ interactions: all(db, ref), activeErrors: offer.errors })).toBe(offer.status);
      expect(offer.errors.length > 0).toBe(offer.status === 'error');
      expect({ feedId: offer.feedId, skuId: offer.skuId }).toEqual(ref);
    }
  });

  it.each(SEEDS)('seed %i: mockOfferRefs point at offers in that status', (seed) => {
    const db = dbFor(seed);
    for (const [status, ref] of Object.entries(mockOfferRefs) as Array<[OfferSyncStatus, OfferRef]>) {
      expect(db.getOffer(ref)?.status).toBe(status);
    }
  });

  it('covers every status among the generated offers, not only the pinned ones', () => {
    const statuses = new Set<OfferSyncStatus>();
    for (const seed of SEEDS) {
      const db = dbFor(seed);
      for (const ref of db.refs) if (!isPinned(ref)) statuses.add(db.getOffer(ref)!.status);
    }
    expect([...statuses].sort()).toEqual(['error', 'sending', 'synched', 'unavailable']);
  });

  it.each(SEEDS)('seed %i: each active error points at a failure of the offer that no later success cleared', (seed) => {
    const db = dbFor(seed);
    for (const ref of db.refs) {
      const interactions = all(db, ref);
      for (const error of db.getOffer(ref)!.errors) {
        const failure = interactions.find((i) => i.id === error.interactionId);
        expect(failure?.result).toBe('failure');
        expect(Date.parse(error.date)).toBeGreaterThanOrEqual(Date.parse(failure!.startDate));
        const clearedBy = interactions.filter(
          (i) =>
            i.result === 'success' &&
            Date.parse(i.startDate) > Date.parse(failure!.startDate) &&
            (error.closableOrigins ?? []).includes(i.origin as 'catalog'),
        );
        expect(clearedBy).toEqual([]);
      }
    }
  });
});

describe('realistic values', () => {
  const db = createMockDatabase({ now: NOW });
  const offers = db.refs.map((ref) => db.getOffer(ref)!);
  const interactions = db.refs.flatMap((ref) => all(db, ref));

  it('uses 32 upper-case hex interaction ids, unique', () => {
    for (const i of interactions) expect(i.id).toMatch(/^[0-9A-F]{32}$/);
    expect(new Set(interactions.map((i) => i.id)).size).toBe(interactions.length);
  });

  it('lists interactions newest first', () => {
    for (const ref of db.refs) {
      const times = all(db, ref).map((i) => Date.parse(i.startDate));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it('prices in BRL with cents, stock as whole numbers', () => {
    for (const offer of offers) {
      expect(offer.price?.currency).toBe('BRL');
      expect(Math.round(offer.price!.amount * 100) / 100).toBe(offer.price!.amount);
      expect(Number.isInteger(offer.inventory)).toBe(true);
    }
  });

  it('gives a new value to price and inventory successes only, matching their origin', () => {
    for (const i of interactions) {
      if (i.result === 'success' && (i.origin === 'price' || i.origin === 'inventory')) {
        expect(i.newValue?.kind).toBe(i.origin);
      } else {
        expect(i.newValue).toBeUndefined();
      }
    }
    expect(interactions.some((i) => i.newValue?.kind === 'price' && i.newValue.currency === 'BRL')).toBe(true);
  });

  it('shows the latest price and stock that succeeded', () => {
    const offer = db.getOffer(mockOfferRefs.synched)!;
    const latestPrice = all(db, mockOfferRefs.synched).find((i) => i.newValue?.kind === 'price')?.newValue;
    expect(latestPrice).toEqual({ kind: 'price', amount: offer.price!.amount, currency: 'BRL' });
  });

  it('uses the four channels and the error catalogue', () => {
    expect(new Set(offers.map((o) => o.feedId))).toEqual(new Set(mockChannels.map((c) => c.feedId)));
    expect(new Set(offers.map((o) => o.channel.name))).toEqual(
      new Set(['Mercado Libre Classic', 'Mercado Libre Premium', 'Netshoes', 'VTEX Marketplace']),
    );
    const codes = new Set(mockErrorCatalogue.map((e) => e.code));
    for (const code of ['AUTH-001', 'CTLG-006', 'CTLG-012', 'INVNT-001', 'NTMAP-001', 'PRICE-001']) expect(codes).toContain(code);
    expect(mockErrorCatalogue.some((e) => e.description.length > 5000)).toBe(true);
    expect(mockErrorCatalogue.some((e) => /<script>/.test(e.description))).toBe(true);
    for (const offer of offers) for (const error of offer.errors) expect(codes).toContain(error.code);
  });

  it('has offers with and without an id on the channel, image and errors', () => {
    expect(offers.some((o) => o.externalOfferId === undefined)).toBe(true);
    expect(offers.some((o) => o.externalOfferId?.startsWith('MLB'))).toBe(true);
    expect(offers.some((o) => o.imageUrl === undefined)).toBe(true);
    for (const o of offers) if (o.imageUrl) expect(o.imageUrl).toMatch(/^https:\/\//);
  });
});

describe('scenario offers', () => {
  const db = createMockDatabase({ now: NOW });

  it('many-errors: several active errors across origins', () => {
    const offer = db.getOffer(mockScenarioRefs['many-errors'])!;
    expect(offer.status).toBe('error');
    expect(offer.errors.length).toBeGreaterThanOrEqual(6);
    expect(new Set(offer.errors.map((e) => e.origin))).toEqual(new Set(['catalog', 'price', 'inventory']));
    expect(offer.errors.some((e) => e.description.length > 4000)).toBe(true);
    expect(offer.errors.some((e) => e.description.includes('<script>'))).toBe(true);
    // Errors of several failures, each pointing at its own interaction.
    expect(new Set(offer.errors.map((e) => e.interactionId)).size).toBe(4);
  });

  it('no-interactions: none at all, so the offer is still sending', () => {
    const ref = mockScenarioRefs['no-interactions'];
    expect(db.getInteractions(ref)).toEqual([]);
    expect(db.getOffer(ref)?.status).toBe('sending');
    expect(db.listInteractions(ref, { page: 1, pageSize: 25 })).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
  });

  it('many-interactions: 5,000 of them', () => {
    const ref = mockScenarioRefs['many-interactions'];
    expect(db.getInteractions(ref)).toHaveLength(5000);
    const last = db.listInteractions(ref, { page: 200, pageSize: 25 })!;
    expect(last.items).toHaveLength(25);
    expect(last.total).toBe(5000);
  });

  it('sending: the latest interaction is a first send being processed', () => {
    const latest = all(db, mockOfferRefs.sending)[0];
    expect(latest).toMatchObject({ result: 'processing', context: 'setup' });
  });

  it('unavailable: the channel reported the offer disabled', () => {
    expect(all(db, mockOfferRefs.unavailable).some((i) => i.reportedStatus === 'unavailable')).toBe(true);
  });
});

describe('MockDatabase.listInteractions', () => {
  const db = createMockDatabase({ now: NOW });
  const ref = mockScenarioRefs['many-interactions'];
  const everything = all(db, ref);

  it('filters by origins and results', () => {
    const page = db.listInteractions(ref, { origins: ['price', 'inventory'], results: ['failure'], page: 1, pageSize: 100 })!;
    const expected = everything.filter((i) => (i.origin === 'price' || i.origin === 'inventory') && i.result === 'failure');
    expect(expected.length).toBeGreaterThan(0);
    expect(page.total).toBe(expected.length);
    expect(page.items).toEqual(expected.slice(0, 100));
  });

  it('treats empty filter lists as no filter', () => {
    expect(db.listInteractions(ref, { origins: [], results: [], page: 1, pageSize: 10 })!.total).toBe(5000);
  });

  it('paginates, 1-based, with the total of all matches', () => {
    const page3 = db.listInteractions(ref, { page: 3, pageSize: 7 })!;
    expect(page3).toMatchObject({ page: 3, pageSize: 7, total: 5000 });
    expect(page3.items).toEqual(everything.slice(14, 21));
    expect(db.listInteractions(ref, { page: 1000, pageSize: 7 })!.items).toEqual([]);
  });
});
