import { deriveOfferStatus } from '../api/deriveOfferStatus';
import { normalizeOfferStatus } from '../api/normalize';
import type {
  Interaction,
  InteractionContext,
  InteractionNewValue,
  InteractionOrigin,
  InteractionResult,
  Offer,
  OfferError,
  OfferRef,
  OfferSyncStatus,
} from '../api/types';
import { findChannel, mockChannels, mockErrorCatalogue, mockProducts } from './catalogue';
import type { MockChannel, MockErrorTemplate, MockProduct } from './catalogue';
import { createRandom } from './random';
import type { Random } from './random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One interaction as the mock "backend" stores it: raw, before it is served. */
export interface MockRawInteraction {
  id: string;
  /** Epoch ms of `startDate`. */
  time: number;
  startDate: string;
  origin: InteractionOrigin;
  result: InteractionResult;
  context: InteractionContext;
  source: 'seller' | 'channel';
  /** The status the channel reported (log data), spelled as the channel sent it: `Synced`, `Disabled`, `active`... */
  reportedStatus?: string;
  newValue?: InteractionNewValue;
  /** On failures: all the errors the failure log carried. */
  errors?: Array<Omit<OfferError, 'date' | 'interactionId'> & { closableOrigins: InteractionOrigin[] }>;
}

/** How the offer history is shaped. The four statuses are guaranteed; `random` lets the rules decide. */
export type MockOfferKind =
  | OfferSyncStatus
  | 'random'
  | 'brand-new'
  | 'many-errors'
  | 'no-interactions'
  | 'many-interactions';

export interface MockOfferSpec {
  ref: OfferRef;
  kind: MockOfferKind;
}

/** How this offer is spelled on the wire, to exercise the lenient parser like the real API does. */
export interface MockWireHints {
  /** `Synced` / `Disabled` instead of `synched` / `unavailable`. */
  apiStatusSpelling: boolean;
  /** `"79.99"` instead of `79.99`, `"33"` instead of `33`. */
  numbersAsStrings: boolean;
}

export interface MockOfferRecord {
  offer: Offer;
  /** Newest first. */
  raw: MockRawInteraction[];
  /** The same, as contract interactions (newest first). */
  interactions: Interaction[];
  wire: MockWireHints;
}

interface Draft {
  time: number;
  origin: InteractionOrigin;
  result: InteractionResult;
  context: InteractionContext;
  source: 'seller' | 'channel';
  reportedStatus?: string;
  newValue?: InteractionNewValue;
  errors?: MockRawInteraction['errors'];
}

/** Rounds a BRL price the way shops do: 79.99, 129.9, 349.00. */
function shopPrice(random: Random, base: number): number {
  const raw = base * (0.85 + random.next() * 0.3);
  const whole = Math.max(1, Math.floor(raw));
  return random.pick([whole + 0.99, whole + 0.9, whole + 0.99, whole]);
}

function pickErrors(
  random: Random,
  channel: MockChannel,
  origin: InteractionOrigin,
  count: number,
  only: (t: MockErrorTemplate) => boolean = () => true,
): MockRawInteraction['errors'] {
  const fits = (t: MockErrorTemplate) =>
    t.origin === origin && (t.feedIds === undefined || (t.feedIds as readonly string[]).includes(channel.feedId)) && only(t);
  const pool = mockErrorCatalogue.filter(fits);
  const chosen: MockErrorTemplate[] = [];
  for (let i = 0; i < 20 && chosen.length < count && chosen.length < pool.length; i += 1) {
    const candidate = random.pick(pool);
    if (!chosen.some((c) => c.code === candidate.code)) chosen.push(candidate);
  }
  return chosen.map((t) => ({
    code: t.code,
    ...(t.externalCode === undefined ? {} : { externalCode: t.externalCode }),
    title: t.title,
    description: t.description,
    origin: t.origin,
    closableOrigins: [...t.closableOrigins],
  }));
}

/** Specific catalogue entries, by external code (or code when it has none), whatever the channel. */
function errorsByKey(keys: readonly string[]): MockRawInteraction['errors'] {
  return keys.flatMap((key) => {
    const t = mockErrorCatalogue.find((e) => (e.externalCode ?? e.code) === key);
    if (!t) return [];
    return [
      {
        code: t.code,
        ...(t.externalCode === undefined ? {} : { externalCode: t.externalCode }),
        title: t.title,
        description: t.description,
        origin: t.origin,
        closableOrigins: [...t.closableOrigins],
      },
    ];
  });
}

interface HistoryState {
  random: Random;
  channel: MockChannel;
  product: MockProduct;
  drafts: Draft[];
  price: number;
}

function priceSuccess(state: HistoryState, time: number, context: InteractionContext = 'ongoing'): Draft {
  state.price = shopPrice(state.random, state.product.price);
  return {
    time,
    origin: 'price',
    result: 'success',
    context,
    source: 'seller',
    newValue: { kind: 'price', amount: state.price, currency: 'BRL' },
  };
}

function inventorySuccess(state: HistoryState, time: number, context: InteractionContext = 'ongoing'): Draft {
  const quantity = state.random.weighted([
    [state.random.int(1, 60), 6],
    [state.random.int(61, 500), 2],
    [0, 1],
  ] as const);
  return { time, origin: 'inventory', result: 'success', context, source: 'seller', newValue: { kind: 'inventory', quantity } };
}

function success(state: HistoryState, origin: InteractionOrigin, time: number, context: InteractionContext = 'ongoing'): Draft {
  if (origin === 'price') return priceSuccess(state, time, context);
  if (origin === 'inventory') return inventorySuccess(state, time, context);
  const draft: Draft = { time, origin, result: 'success', context, source: 'seller' };
  if (state.random.chance(0.4)) draft.reportedStatus = state.random.pick(['Synced', 'synched', 'active']);
  return draft;
}

function failure(
  state: HistoryState,
  origin: InteractionOrigin,
  time: number,
  count: number,
  only?: (t: MockErrorTemplate) => boolean,
): Draft {
  return {
    time,
    origin,
    result: 'failure',
    context: 'ongoing',
    source: 'seller',
    errors: pickErrors(state.random, state.channel, origin, count, only),
  };
}

function notification(state: HistoryState, time: number, reportedStatus?: string): Draft {
  // Channels notify about the listing mostly, sometimes about its price or stock.
  const origin = state.random.weighted([
    ['catalog', 4],
    ['price', 1],
    ['inventory', 1],
  ] as const);
  const draft: Draft = { time, origin, result: 'notification', context: 'ongoing', source: 'channel' };
  if (reportedStatus !== undefined) draft.reportedStatus = reportedStatus;
  return draft;
}

/**
 * A plausible ongoing history from `from` to `to`: the first send (setup) and then price, stock and catalog updates
 * and channel notifications. With `clean`, every failure is cleared by a later success of its origin, and no status
 * other than Synced is reported, so the history alone leaves the offer synched.
 */
function ongoingHistory(state: HistoryState, from: number, to: number, count: number, clean: boolean): void {
  const { random, drafts } = state;
  drafts.push(success(state, 'catalog', from, 'setup'));
  if (count > 1) drafts.push(priceSuccess(state, from + random.int(1, 40) * 1000, 'setup'));
  if (count > 2) drafts.push(inventorySuccess(state, from + random.int(41, 90) * 1000, 'setup'));
  const remaining = Math.max(0, count - drafts.length);
  const step = (to - from) / (remaining + 1);
  let time = from + 2 * MINUTE;
  for (let i = 0; i < remaining; i += 1) {
    time = Math.min(to, time + Math.max(1000, Math.round(step * (0.4 + random.next() * 1.2))));
    const t = time + random.int(0, 999);
    const what = random.weighted([
      ['price', 25],
      ['inventory', 32],
      ['catalog', 12],
      ['notification', 15],
      ['failure', 16],
    ] as const);
    if (what === 'notification') {
      const reported = random.weighted<string | undefined>([
        [undefined, 6],
        ['Synced', 3],
        ['active', 1],
        ...(clean ? [] : ([['Disabled', 1]] as const)),
      ]);
      drafts.push(notification(state, t, reported));
    } else if (what === 'failure') {
      const origin = random.weighted([
        ['catalog', 5],
        ['price', 2],
        ['inventory', 2],
      ] as const);
      drafts.push(failure(state, origin, t, origin === 'catalog' ? random.int(1, 2) : 1));
      if (clean) {
        // The seller fixes it: a success of the same origin clears every error of that failure.
        time = Math.min(to, t + random.int(20, 600) * MINUTE / 10);
        drafts.push(success(state, origin, time + random.int(1000, 59_000)));
      }
    } else {
      drafts.push(success(state, what, t));
    }
  }
}

/** How long before "now" the ongoing history stops, so the tail's interactions come after it. */
const TAIL_WINDOW: Partial<Record<MockOfferKind, number>> = {
  synched: 6 * HOUR,
  error: 31 * HOUR,
  unavailable: 5 * DAY,
  sending: 7 * DAY,
  'many-errors': 6 * DAY,
  'many-interactions': 2 * HOUR,
};

function tail(state: HistoryState, kind: MockOfferKind, now: number): void {
  const { random, drafts } = state;
  // `ms` before now, give or take a few seconds (never after now).
  const ago = (ms: number) => now - ms + random.int(0, 59_999);
  switch (kind) {
    case 'synched': {
      drafts.push(success(state, random.pick(['price', 'inventory', 'catalog'] as const), ago(random.int(30, 300) * MINUTE)));
      if (random.chance(0.5)) drafts.push(notification(state, ago(random.int(5, 25) * MINUTE)));
      return;
    }
    case 'error': {
      const notClearedByStock = (t: MockErrorTemplate) => !t.closableOrigins.includes('inventory');
      drafts.push(failure(state, 'catalog', ago(random.int(2, 30) * HOUR), random.int(1, 2), notClearedByStock));
      // A later stock update succeeds, which does not clear catalog errors.
      drafts.push(inventorySuccess(state, ago(random.int(20, 90) * MINUTE)));
      return;
    }
    case 'unavailable': {
      drafts.push(notification(state, ago(random.int(1, 4) * DAY - random.int(0, 600) * MINUTE), 'Disabled'));
      if (random.chance(0.6)) drafts.push(notification(state, ago(random.int(2, 20) * HOUR)));
      return;
    }
    case 'sending': {
      // Discarded, then sent again: the new first send is still being processed.
      drafts.push(notification(state, ago(random.int(2, 6) * DAY), 'Disabled'));
      drafts.push({ time: ago(random.int(1, 9) * MINUTE), origin: 'catalog', result: 'processing', context: 'setup', source: 'seller' });
      return;
    }
    case 'many-errors': {
      // A showcase: long descriptions, markup-like text, every origin.
      const at = (time: number, origin: InteractionOrigin, keys: string[]): Draft => ({
        time,
        origin,
        result: 'failure',
        context: 'ongoing',
        source: 'seller',
        errors: errorsByKey(keys),
      });
      drafts.push(at(ago(random.int(4, 5) * DAY), 'catalog', ['CTLG-006-003', 'CTLG-007-001', 'CTLG-003-002', 'NTMAP-001']));
      drafts.push(at(ago(random.int(2, 3) * DAY), 'catalog', ['CTLG-006-002', 'CTLG-010-002']));
      drafts.push(at(ago(random.int(20, 40) * HOUR), 'price', ['PRICE-001-001']));
      drafts.push(at(ago(random.int(1, 10) * HOUR), 'inventory', ['INVNT-001-002']));
      return;
    }
    case 'random': {
      const ending = random.weighted([
        ['none', 4],
        ['failure', 3],
        ['disabled', 2],
        ['processing', 1],
      ] as const);
      if (ending === 'failure') {
        const origin = random.pick(['catalog', 'price', 'inventory'] as const);
        drafts.push(failure(state, origin, ago(random.int(1, 72) * HOUR), random.int(1, 3)));
      } else if (ending === 'disabled') {
        drafts.push(notification(state, ago(random.int(1, 96) * HOUR), random.pick(['Disabled', 'disabled'])));
      } else if (ending === 'processing') {
        drafts.push({
          time: ago(random.int(1, 20) * MINUTE),
          origin: random.pick(['catalog', 'price', 'inventory'] as const),
          result: 'processing',
          context: random.pick(['setup', 'ongoing'] as const),
          source: 'seller',
        });
      }
      return;
    }
    default:
      return;
  }
}

/** Which errors are still active: no later success of one of their closable origins cleared them. */
export function activeErrorsOf(raw: readonly MockRawInteraction[]): OfferError[] {
  const byKey = new Map<string, OfferError>();
  const newest = [...raw].sort(newestFirst);
  // Origins of the successes seen so far, i.e. strictly later than the interactions still to visit.
  const laterSuccesses = new Set<InteractionOrigin>();
  for (let i = 0; i < newest.length; ) {
    const time = newest[i]?.time;
    let j = i;
    while (j < newest.length && newest[j]?.time === time) j += 1;
    const group = newest.slice(i, j);
    for (const interaction of group) {
      if (interaction.result !== 'failure' || !interaction.errors) continue;
      for (const error of interaction.errors) {
        const key = `${error.code}|${error.externalCode ?? ''}`;
        if (byKey.has(key) || error.closableOrigins.some((o) => laterSuccesses.has(o))) continue;
        byKey.set(key, {
          ...error,
          closableOrigins: [...error.closableOrigins],
          // The failure log comes a few seconds after the interaction started.
          date: new Date(interaction.time + 4_000 + (interaction.id.charCodeAt(0) % 7) * 1000).toISOString(),
          interactionId: interaction.id,
        });
      }
    }
    for (const interaction of group) if (interaction.result === 'success') laterSuccesses.add(interaction.origin);
    i = j;
  }
  return [...byKey.values()].sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || (a.code < b.code ? -1 : 1));
}

function toContract(raw: MockRawInteraction): Interaction {
  const reported = normalizeOfferStatus(raw.reportedStatus);
  return {
    id: raw.id,
    startDate: raw.startDate,
    origin: raw.origin,
    result: raw.result,
    context: raw.context,
    ...(raw.newValue === undefined ? {} : { newValue: { ...raw.newValue } }),
    ...(reported === undefined ? {} : { reportedStatus: reported }),
  };
}

/** Newest first, ties by id: the order the API lists interactions in. */
export function newestFirst(a: { time: number; id: string }, b: { time: number; id: string }): number {
  return b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

const IMAGE_HOST = 'https://lojaexemplo.vteximg.com.br/arquivos/ids/';

/** Builds one offer and its interactions, deterministically from `seed` and the offer's ref. */
export function generateOffer(spec: MockOfferSpec, seed: number, now: number): MockOfferRecord {
  const { ref, kind } = spec;
  const random = createRandom(seed, `${ref.feedId}/${ref.skuId}`);
  const channel = findChannel(ref.feedId) ?? mockChannels[0];
  const product = random.pick(mockProducts);
  const state: HistoryState = { random, channel, product, drafts: [], price: product.price };

  const count =
    kind === 'many-interactions'
      ? 5000
      : kind === 'no-interactions' || kind === 'brand-new'
        ? 0
        : kind !== 'random'
          ? random.int(14, 40)
          : random.weighted([
            [random.int(3, 8), 3],
            [random.int(9, 40), 4],
            [random.int(41, 90), 1],
          ] as const);
  if (count > 0) {
    const spanDays = kind === 'many-interactions' ? 120 : random.int(12, 45);
    const from = now - spanDays * DAY - random.int(0, 1439) * MINUTE;
    const to = now - (TAIL_WINDOW[kind] ?? random.int(3, 100) * HOUR);
    // Random offers mostly keep a clean history too, so that their tail decides, as it does in real life.
    const clean = kind === 'random' ? random.chance(0.8) : kind !== 'many-interactions';
    ongoingHistory(state, from, to, count, clean);
  }
  if (kind === 'brand-new') {
    state.drafts.push({ time: now - random.int(1, 4) * MINUTE, origin: 'catalog', result: 'processing', context: 'setup', source: 'seller' });
  }
  tail(state, kind, now);

  const raw: MockRawInteraction[] = state.drafts.map((draft) => ({
    ...draft,
    id: random.hex(32),
    startDate: new Date(draft.time).toISOString(),
  }));
  raw.sort(newestFirst);

  const errors = activeErrorsOf(raw);
  const status = deriveOfferStatus({ interactions: raw, activeErrors: errors });
  if (kind === 'synched' || kind === 'error' || kind === 'unavailable' || kind === 'sending') {
    if (status !== kind) throw new Error(`mock generator: ${ref.feedId}/${ref.skuId} came out ${status}, not ${kind}`);
  }

  const latestPrice = raw.find((r) => r.result === 'success' && r.newValue?.kind === 'price')?.newValue;
  const latestStock = raw.find((r) => r.result === 'success' && r.newValue?.kind === 'inventory')?.newValue;
  const everSent = raw.some((r) => r.result === 'success' || r.result === 'notification');
  const latest = raw[0];

  const offer: Offer = {
    feedId: ref.feedId,
    skuId: ref.skuId,
    ...(everSent ? { externalOfferId: `${channel.externalIdPrefix}${random.int(1_000_000_000, 4_999_999_999)}` } : {}),
    name: product.name,
    ...(product.imagePath === undefined ? {} : { imageUrl: IMAGE_HOST + product.imagePath }),
    channel: { name: channel.name, logoUrl: channel.logoUrl },
    status,
    price: { amount: latestPrice?.kind === 'price' ? latestPrice.amount : product.price, currency: 'BRL' },
    inventory: latestStock?.kind === 'inventory' ? latestStock.quantity : random.int(0, 80),
    updatedAt: latest ? latest.startDate : new Date(now - random.int(2, 30) * MINUTE).toISOString(),
    errors,
  };

  return {
    offer,
    raw,
    interactions: raw.map(toContract),
    wire: { apiStatusSpelling: random.chance(0.5), numbersAsStrings: random.chance(0.5) },
  };
}
