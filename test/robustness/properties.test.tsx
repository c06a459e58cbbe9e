/**
 * Property-based tests (fast-check) over response validation and the hooks:
 *
 * - for ANY JSON value, and for mutations of a valid offer / page (a field dropped, its type changed, hostile
 *   strings injected), `parseOffer` / `parseInteractionPage` return valid data or throw
 *   `OfferManagementError('invalid-response')` — never anything else;
 * - the hooks, given a host client that returns (or throws) any value, settle in `success` or in `error` with an
 *   `OfferManagementError`, never throw past it and never hang;
 * - whatever passes validation renders without an error.
 */
import { act, render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  InteractionTable,
  isOfferManagementError,
  OfferHeader,
  OfferManagementError,
  OfferStatus,
  parseInteractionPage,
  parseOffer,
  type InteractionPage,
  type Offer,
} from '../../src';
import { guardSuite } from './guard';
import { advance, firstPage, hostClient, NOW, renderDataHooks, useFakeClock, wireOffer, wirePage, type Json } from './fixtures';

guardSuite();
vi.setConfig({ testTimeout: 30_000 });

// Reproducible runs; a failure prints its seed and the shrunk counterexample.
fc.configureGlobal({ seed: 20261127, numRuns: 200 });

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '\u202Egnp.exe',
  'a\u200Bb',
  '👩🏽‍💻🇧🇷',
  '',
  ' ',
  'null',
  'NaN',
  '-1',
  '1e999',
  '2026-13-45',
  '__proto__',
];

/** Every path (object keys and array indexes) inside a JSON value. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  }
  return [];
}

type Mutation = { kind: 'drop' } | { kind: 'replace'; value: unknown };

/** A deep copy of `value` with the thing at `path` dropped or replaced. */
function mutate(value: unknown, path: Array<string | number>, mutation: Mutation): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = mutation.value;
  }
  return copy;
}

const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(...HOSTILE),
  fc.string(),
  fc.double(),
  fc.constantFrom(null, true, false, 0, -1, [], {}),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'drop' }),
  replacement.map<Mutation>((value) => ({ kind: 'replace', value })),
);

/** A valid wire value with one thing dropped or changed somewhere inside it. */
function mutated(valid: Json): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  return fc
    .tuple(fc.integer({ min: 0, max: paths.length - 1 }), mutation, fc.integer({ min: 1, max: 3 }))
    .map(([index, change, times]) => {
      let value: unknown = valid;
      for (let i = 0; i < times; i += 1) {
        const candidates = pathsOf(value);
        const path = candidates[(index + i * 7) % Math.max(1, candidates.length)] ?? paths[index];
        if (path) value = mutate(value, path, change);
      }
      return value;
    });
}

const validOffer = wireOffer({
  errors: [
    (wireOffer().errors as Json[])[0],
    { ...(wireOffer().errors as Json[])[0], code: 'PRC-001', origin: 'price', externalCode: null, closableOrigins: ['price'] },
  ],
});
const validPage = wirePage(firstPage, 3, 3);

/** Runs `parse`; returns what it gave, or checks that what it threw is an invalid-response error. */
function parsesOrRefuses<T>(parse: (input: unknown) => T, input: unknown): T | undefined {
  try {
    return parse(input);
  } catch (error) {
    expect(error).toBeInstanceOf(OfferManagementError);
    expect((error as OfferManagementError).kind).toBe('invalid-response');
    return undefined;
  }
}

const isIso = (s: unknown) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s));

/** What every valid offer holds, whatever came in. */
function expectValidOffer(offer: Offer) {
  expect(typeof offer.feedId === 'string' && offer.feedId !== '').toBe(true);
  expect(typeof offer.skuId === 'string' && offer.skuId !== '').toBe(true);
  expect(typeof offer.name).toBe('string');
  expect(typeof offer.channel.name).toBe('string');
  expect(['synched', 'error', 'unavailable', 'sending']).toContain(offer.status);
  expect(isIso(offer.updatedAt)).toBe(true);
  expect(Array.isArray(offer.errors)).toBe(true);
  for (const error of offer.errors) {
    expect(typeof error.title).toBe('string');
    expect(typeof error.description).toBe('string');
    expect(isIso(error.date)).toBe(true);
  }
  if (offer.price) expect(Number.isFinite(offer.price.amount) && offer.price.amount >= 0).toBe(true);
  if (offer.inventory !== undefined) expect(Number.isFinite(offer.inventory) && offer.inventory >= 0).toBe(true);
  for (const url of [offer.imageUrl, offer.channel.logoUrl]) if (url !== undefined) expect(typeof url).toBe('string');
  // Validating the output again gives the same offer.
  expect(parseOffer(offer)).toEqual(offer);
}

function expectValidPage(page: InteractionPage) {
  expect(Array.isArray(page.items)).toBe(true);
  expect(Number.isInteger(page.total) && page.total >= 0).toBe(true);
  expect(Number.isInteger(page.page) && page.page >= 1).toBe(true);
  for (const item of page.items) {
    expect(typeof item.id === 'string' && item.id !== '').toBe(true);
    expect(isIso(item.startDate)).toBe(true);
    expect(typeof item.origin === 'string' && item.origin.trim() !== '').toBe(true);
    expect(typeof item.result === 'string' && item.result.trim() !== '').toBe(true);
  }
  expect(parseInteractionPage(page)).toEqual(page);
}

describe('validation: valid data or invalid-response, never anything else', () => {
  it('parseOffer, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const offer = parsesOrRefuses(parseOffer, input);
        if (offer) expectValidOffer(offer);
      }),
    );
  });

  it('parseInteractionPage, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const page = parsesOrRefuses(parseInteractionPage, input);
        if (page) expectValidPage(page);
      }),
    );
  });

  it('parseOffer, for a valid offer with fields dropped, retyped or filled with hostile strings', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutated(validOffer), (input) => {
        const offer = parsesOrRefuses(parseOffer, input);
        if (offer) {
          accepted += 1;
          expectValidOffer(offer);
        }
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(0); // the mutations do not only produce garbage
  });

  it('parseInteractionPage, for a valid page with fields dropped, retyped or filled with hostile strings', () => {
    fc.assert(
      fc.property(mutated(validPage), (input) => {
        const page = parsesOrRefuses(parseInteractionPage, input);
        if (page) expectValidPage(page);
      }),
      { numRuns: 500 },
    );
  });

  it('values JSON cannot carry (a host client is not JSON): undefined, NaN, -0, Maps, class instances, symbols', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withNullPrototype: true }), mutated(validOffer)),
        (input) => {
          const offer = parsesOrRefuses(parseOffer, input);
          if (offer) expectValidOffer(offer);
          const page = parsesOrRefuses(parseInteractionPage, input);
          if (page) expectValidPage(page);
        },
      ),
    );
  });

  it('[bug: TypeError escaped parseOffer] an object whose getters throw is refused as invalid-response', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new TypeError('boom');
        },
        has() {
          throw new TypeError('boom');
        },
      },
    );
    expect(() => parseOffer(trap)).toThrow(OfferManagementError);
    expect(() => parseInteractionPage({ ...validPage, items: [trap] })).toThrow(OfferManagementError);
  });
});

/** Any value a host client could resolve with: JSON, mutated valid data, or values JSON cannot carry. */
const anyAnswer = (valid: Json) =>
  fc.oneof(
    { weight: 2, arbitrary: mutated(valid) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withMap: true, withNullPrototype: true, withBigInt: true }) },
    { weight: 1, arbitrary: fc.constant(valid) },
  );

describe('the hooks with a host client answering anything', () => {
  it('resolving any value: success with valid data, or an invalid-response error (asked once, never stuck)', async () => {
    await fc.assert(
      fc.asyncProperty(anyAnswer(validOffer), anyAnswer(validPage), async (offerAnswer, pageAnswer) => {
        useFakeClock();
        const { client, getOffer, listInteractions } = hostClient({
          getOffer: async () => offerAnswer,
          listInteractions: async () => pageAnswer,
        });
        const { result, unmount } = renderDataHooks(client);
        try {
          await advance(10);
          for (const part of [result.current.offer, result.current.page]) {
            expect(['success', 'error']).toContain(part.status);
            expect(part.isFetching).toBe(false);
            if (part.status === 'error') {
              expect(isOfferManagementError(part.error)).toBe(true);
              expect(part.error.kind).toBe('invalid-response');
            }
          }
          if (result.current.offer.status === 'success') expectValidOffer(result.current.offer.data);
          if (result.current.page.status === 'success') expectValidPage(result.current.page.data);
          expect(getOffer).toHaveBeenCalledTimes(1);
          expect(listInteractions).toHaveBeenCalledTimes(1);
        } finally {
          unmount();
          vi.useRealTimers();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('throwing or rejecting with any value: an OfferManagementError once retries (if any) are over, never stuck', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ maxDepth: 1 }),
        fc.boolean(),
        fc.constantFrom('AbortError', 'TimeoutError', 'TypeError', 'OfferManagementError'),
        async (thrown, sync, name) => {
          useFakeClock();
          const raise = () => {
            const error =
              name === 'OfferManagementError'
                ? new OfferManagementError('http', 'HTTP 502', { status: 502 })
                : typeof thrown === 'object' && thrown !== null
                  ? Object.assign(Object.create(null) as object, thrown, { name })
                  : thrown;
            if (sync) throw error;
            return Promise.reject(error);
          };
          const { client } = hostClient({ getOffer: raise, listInteractions: raise });
          const { result, unmount } = renderDataHooks(client);
          try {
            await advance(8_000); // 1 s + 2 s + 4 s of backoff, and then some
            for (const part of [result.current.offer, result.current.page]) {
              expect(part.status).toBe('error');
              expect(part.isFetching).toBe(false);
              expect(isOfferManagementError(part.error)).toBe(true);
            }
          } finally {
            unmount();
            vi.useRealTimers();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('whatever passes validation renders', () => {
  it('header, status (with its errors) and table render any valid offer and page without throwing', () => {
    fc.assert(
      fc.property(mutated(validOffer), mutated(validPage), (offerInput, pageInput) => {
        let offer: Offer | undefined;
        let page: InteractionPage | undefined;
        try {
          offer = parseOffer(offerInput);
        } catch {
          offer = parseOffer(validOffer);
        }
        try {
          page = parseInteractionPage(pageInput);
        } catch {
          page = parseInteractionPage(validPage);
        }
        const { unmount, container } = render(
          <>
            <OfferHeader offer={offer} />
            <OfferStatus offer={offer} now={NOW} />
            <InteractionTable data={page} query={firstPage} onQueryChange={() => {}} />
          </>,
        );
        expect(container.querySelector('script, iframe, object, embed, svg[onload], img[onerror]')).toBeNull();
        act(() => unmount());
      }),
      { numRuns: 25 },
    );
  });
});
