/**
 * JSON of the wrong shape over the HTTP client: each is an `invalid-response` naming the field (never retried),
 * or — where the API is known to be loose — read leniently. At the hook level and on the page.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { enMessages, esMessages, OfferManagementError, parseInteractionPage, parseOffer } from '../../src';
import { guardSuite } from './guard';
import {
  dataRows,
  firstPage,
  httpClient,
  programmableApi,
  ref,
  renderDataHooks,
  renderPage,
  wireInteraction,
  wireOffer,
  wirePage,
  type Json,
} from './fixtures';

guardSuite();
vi.setConfig({ testTimeout: 30_000 }); // the first render of a file is slow (cold modules, styles)

const errorOf = (overrides: Json) => ({ ...(wireOffer().errors as Json[])[0], ...overrides });
const offerWithout = (key: string) => {
  const offer = wireOffer();
  delete offer[key];
  return offer;
};

/** Offers the API must not be trusted with: [what, body, field named in the error]. */
const badOfferRows: Array<[string, unknown, string]> = [
  ['missing skuId', offerWithout('skuId'), 'skuId'],
  ['empty feedId', wireOffer({ feedId: '' }), 'feedId'],
  ['name is a number', wireOffer({ name: 42 }), 'name'],
  ['name is an object (markup tree)', wireOffer({ name: { __html: '<b>x</b>' } }), 'name'],
  ['channel is a string', wireOffer({ channel: 'Mercado Libre' }), 'channel'],
  ['channel.name missing', wireOffer({ channel: {} }), 'channel.name'],
  ['errors is an object', wireOffer({ errors: { 0: {} } }), 'errors'],
  ['an error without its interactionId', wireOffer({ errors: [errorOf({ interactionId: undefined })] }), 'errors[0].interactionId'],
  ['an error title that is null', wireOffer({ errors: [errorOf({ title: null })] }), 'errors[0].title'],
  ['unknown status', wireOffer({ status: 'paused' }), 'status'],
  ['status is a number', wireOffer({ status: 1 }), 'status'],
  ['updatedAt is not a date ("yesterday")', wireOffer({ updatedAt: 'yesterday' }), 'updatedAt'],
  ['[bug: lenient dates] updatedAt is text V8 would read as 2001 ("hello 12")', wireOffer({ updatedAt: 'hello 12' }), 'updatedAt'],
  ['[bug: lenient dates] updatedAt is a bare number in a string ("1")', wireOffer({ updatedAt: '1' }), 'updatedAt'],
  ['[bug: lenient dates] updatedAt is 30 February', wireOffer({ updatedAt: '2026-02-30T10:00:00Z' }), 'updatedAt'],
  ['updatedAt is epoch ms', wireOffer({ updatedAt: 1_795_773_600_000 }), 'updatedAt'],
  ['[bug: lenient dates] an error date with markup before a year', wireOffer({ errors: [errorOf({ date: '<img src=x> 2020' })] }), 'errors[0].date'],
  ['negative price', wireOffer({ price: { amount: -5, currency: 'BRL' } }), 'price.amount'],
  ['NaN price (as text)', wireOffer({ price: { amount: 'NaN', currency: 'BRL' } }), 'price.amount'],
  ['Infinity price (as text)', wireOffer({ price: { amount: 'Infinity', currency: 'BRL' } }), 'price.amount'],
  ['hex price', wireOffer({ price: { amount: '0x10', currency: 'BRL' } }), 'price.amount'],
  ['price without currency', wireOffer({ price: { amount: 10 } }), 'price.currency'],
  ['currency that is not a code', wireOffer({ price: { amount: 10, currency: 'R$' } }), 'price.currency'],
  ['negative inventory', wireOffer({ inventory: -1 }), 'inventory'],
  ['an array instead of an offer', [wireOffer()], 'feedId'],
  ['a string instead of an offer', 'offer', ''],
];

const badPageRows: Array<[string, unknown, string]> = [
  ['items is null', { ...wirePage(), items: null }, 'items'],
  ['items missing', { total: 0, page: 1, pageSize: 25 }, 'items'],
  ['an item without id', wirePage(firstPage, 1, 1, { id: undefined }), 'items[0].id'],
  ['an item id that is an object', wirePage(firstPage, 1, 1, { id: { $oid: 'x' } }), 'items[0].id'],
  ['a startDate that is not a date', wirePage(firstPage, 2, 2, { startDate: 'not a date' }), 'items[0].startDate'],
  ['[bug: lenient dates] a startDate V8 would read as 2001', wirePage(firstPage, 2, 2, { startDate: 'Foo 2' }), 'items[0].startDate'],
  ['an unknown newValue kind', wirePage(firstPage, 1, 1, { newValue: { kind: 'weight', grams: 3 } }), 'items[0].newValue.kind'],
  ['a negative new price', wirePage(firstPage, 1, 1, { newValue: { kind: 'price', amount: -1, currency: 'BRL' } }), 'items[0].newValue.amount'],
  ['a NaN new quantity', wirePage(firstPage, 1, 1, { newValue: { kind: 'inventory', quantity: 'NaN' } }), 'items[0].newValue.quantity'],
  ['total is "many"', { ...wirePage(), total: 'many' }, 'total'],
  ['negative total', { ...wirePage(), total: -3 }, 'total'],
  ['page 0', { ...wirePage(), page: 0 }, 'page'],
  ['an origin that is a number', wirePage(firstPage, 1, 1, { origin: 7 }), 'items[0].origin'],
  ['an empty result', wirePage(firstPage, 1, 1, { result: '  ' }), 'items[0].result'],
];

interface Bad {
  what: string;
  body: unknown;
  field: string;
}
const rows = (list: Array<[string, unknown, string]>): Bad[] => list.map(([what, body, field]) => ({ what, body, field }));
const badOffers = rows(badOfferRows);
const badPages = rows(badPageRows);

describe('wrong shapes at the hook level (HTTP client over msw)', () => {
  it.each(badOffers)('offer: $what → invalid-response naming "$field", asked once', async ({ body, field }) => {
    const api = programmableApi({ offer: () => HttpResponse.json(body as JsonBodyType) });
    const { result } = renderDataHooks(httpClient());
    await waitFor(() => expect(result.current.offer.status).toBe('error'));
    const error = result.current.offer.error;
    expect(error).toBeInstanceOf(OfferManagementError);
    expect(error?.kind).toBe('invalid-response');
    expect(error?.field).toBe(field || undefined);
    if (field) expect(error?.message).toContain(field);
    expect(result.current.offer.failureCount).toBe(1);
    expect(api.offerCalls).toBe(1);
  });

  it.each(badPages)('interactions: $what → invalid-response naming "$field", asked once', async ({ body, field }) => {
    const api = programmableApi({ interactions: () => HttpResponse.json(body as JsonBodyType) });
    const { result } = renderDataHooks(httpClient());
    await waitFor(() => expect(result.current.page.status).toBe('error'));
    expect(result.current.page.error?.kind).toBe('invalid-response');
    expect(result.current.page.error?.field).toBe(field);
    expect(api.interactionCalls).toBe(1);
    // The offer is unaffected.
    await waitFor(() => expect(result.current.offer.status).toBe('success'));
  });

  it('[bug: oversized page reached the table] a 10 MB list (the whole history for a 25-row page) is refused quickly, naming items', async () => {
    const items = Array.from({ length: 60_000 }, (_, i) => wireInteraction(i));
    const body = JSON.stringify({ items, total: 60_000, page: 1, pageSize: 25 });
    expect(body.length).toBeGreaterThan(10_000_000);
    programmableApi({ interactions: () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }) });
    const { result } = renderDataHooks(httpClient());
    await waitFor(() => expect(result.current.page.status).toBe('error'), { timeout: 10_000 });
    expect(result.current.page.error?.kind).toBe('invalid-response');
    expect(result.current.page.error?.field).toBe('items');
  });

  it('a 10 MB list whose last row is broken names that row', async () => {
    const items = Array.from({ length: 60_000 }, (_, i) => wireInteraction(i));
    items[59_999] = { ...items[59_999], startDate: 'tomorrow 3' };
    const body = JSON.stringify({ items, total: 60_000, page: 1, pageSize: 60_000 });
    expect(() => parseInteractionPage(JSON.parse(body))).toThrow(/items\[59999\]\.startDate/);
  });

  it('loose spellings the real API uses are read, not refused', async () => {
    programmableApi({
      offer: () =>
        HttpResponse.json(
          wireOffer({ status: 'Synced', errors: null, price: { amount: '79.99', currency: 'brl' }, inventory: '33', imageUrl: null }),
        ),
      interactions: () =>
        HttpResponse.json(
          wirePage(firstPage, 2, 2, { origin: 'Marketing', result: 'Queued', startDate: '2026-11-27T10:00:00.1234567+00:00' }),
        ),
    });
    const { result } = renderDataHooks(httpClient());
    await waitFor(() => expect(result.current.page.status).toBe('success'));
    await waitFor(() => expect(result.current.offer.status).toBe('success'));
    expect(result.current.offer.data).toMatchObject({ status: 'synched', errors: [], price: { amount: 79.99, currency: 'BRL' }, inventory: 33 });
    expect(result.current.offer.data).not.toHaveProperty('imageUrl');
    expect(result.current.page.data?.items[0]).toMatchObject({ origin: 'Marketing', result: 'Queued' });
  });
});

describe('wrong shapes on the page', () => {
  it.each([...badOffers, ...badPages].filter((_, i) => i % 4 === 0))(
    '$what: a message the seller understands, and Retry recovers',
    async ({ body }) => {
      const isPage = typeof body === 'object' && body !== null && !Array.isArray(body) && ('items' in body || 'total' in body);
      const api = programmableApi();
      if (isPage) api.interactions = () => HttpResponse.json(body as JsonBodyType);
      else api.offer = () => HttpResponse.json(body as JsonBodyType);
      renderPage(httpClient(), {}, { locale: 'es' });

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(esMessages.common.loadError.title['invalid-response']);
      expect(alert).toHaveTextContent(esMessages.common.loadError.description['invalid-response']);
      expect(alert.textContent).not.toMatch(/items|updatedAt|price|Invalid|undefined/);

      api.recover();
      fireEvent.click(screen.getByRole('button', { name: esMessages.common.retry }));
      expect(await screen.findByRole('heading', { name: `Running shoe ${ref.skuId}` })).toBeInTheDocument();
      await waitFor(() => expect(dataRows()).toHaveLength(3));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('[bug: oversized page reached the table] a 10 MB list never reaches the table: the section says it could not read the answer', async () => {
    const items = Array.from({ length: 60_000 }, (_, i) => wireInteraction(i));
    const body = JSON.stringify({ items, total: 60_000, page: 1, pageSize: 60_000 });
    programmableApi({ interactions: () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }) });
    renderPage(httpClient());
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(enMessages.common.loadError.title['invalid-response']);
    expect(screen.queryAllByRole('row').length).toBeLessThan(30);
  });

  it('unknown origins and results are shown as their raw text, as text', async () => {
    programmableApi({
      interactions: () => HttpResponse.json(wirePage(firstPage, 1, 1, { origin: 'Marketing <b>', result: 'Queued' })),
    });
    renderPage(httpClient());
    await waitFor(() => expect(dataRows()).toHaveLength(1));
    const row = dataRows()[0] as HTMLElement;
    expect(row).toHaveTextContent('Marketing <b>');
    expect(row).toHaveTextContent('Queued');
    expect(row.querySelector('b')).toBeNull();
  });
});

describe('parseOffer / parseInteractionPage directly', () => {
  it.each(badOffers)('offer: $what', ({ body, field }) => {
    expect(() => parseOffer(body)).toThrow(OfferManagementError);
    try {
      parseOffer(body);
    } catch (error) {
      expect((error as OfferManagementError).kind).toBe('invalid-response');
      expect((error as OfferManagementError).field).toBe(field || undefined);
    }
  });
  it('__proto__ and constructor keys in the JSON neither pollute prototypes nor reach the output', () => {
    const body =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
      JSON.stringify(wireOffer({ channel: { name: 'c' } })).slice(1).replace('"name":"c"', '"name":"c","__proto__":{"polluted":1}');
    const offer = parseOffer(JSON.parse(body));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(offer, '__proto__')).toBe(false);
    expect(Object.keys(offer)).not.toContain('constructor');
    expect(Object.getPrototypeOf(offer.channel)).toBe(Object.prototype);
    expect((offer.channel as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a NaN or infinite price from a host client (not JSON) is refused too', () => {
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, -0.01]) {
      expect(() => parseOffer(wireOffer({ price: { amount, currency: 'BRL' } }))).toThrow(/price\.amount/);
    }
  });
});
