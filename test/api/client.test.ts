import { http, HttpResponse, delay } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient, parseRetryAfter } from '../../src/api/client';
import { OfferManagementError } from '../../src/api/errors';
import { parseInteractionPage, parseOffer } from '../../src/api/schema';
import type { InteractionQuery, OfferRef } from '../../src/api/types';
import { server } from '../server';

const BASE = 'https://api.test/offer-management';
const ref: OfferRef = { feedId: 'vtex.meli-classic', skuId: '1234' };

const offerBody = {
  feedId: 'vtex.meli-classic',
  skuId: '1234',
  name: 'Running shoe',
  channel: { name: 'Mercado Libre Classic' },
  status: 'Synced',
  price: { amount: '79.99', currency: 'BRL' },
  inventory: '33',
  updatedAt: '2026-11-20T10:15:00.000Z',
  errors: null,
};

const pageBody = {
  items: [{ id: 'A1', startDate: '2026-11-20T10:14:00.000Z', origin: 'Price', result: 'success' }],
  total: '1',
  page: 1,
  pageSize: 25,
};

/** Answers every GET under api.test with `answer`, recording each request. */
function capture(answer: () => Response | Promise<Response> = () => HttpResponse.json(offerBody)) {
  const requests: Request[] = [];
  server.use(
    http.get('https://api.test/*', ({ request }) => {
      requests.push(request.clone());
      return answer();
    }),
  );
  return requests;
}

/** Awaits `promise`, expecting an OfferManagementError, and returns it. */
async function failure(promise: Promise<unknown>): Promise<OfferManagementError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OfferManagementError);
  return error as OfferManagementError;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('createHttpClient: URLs', () => {
  it('GETs {baseUrl}/feeds/{feedId}/skus/{skuId} and returns the validated offer', async () => {
    const requests = capture();
    const offer = await createHttpClient({ baseUrl: BASE }).getOffer(ref);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe('GET');
    expect(requests[0]!.url).toBe('https://api.test/offer-management/feeds/vtex.meli-classic/skus/1234');
    expect(offer).toStrictEqual(parseOffer(offerBody));
    expect(offer.status).toBe('synched');
    expect(offer.price).toStrictEqual({ amount: 79.99, currency: 'BRL' });
    expect(offer.errors).toStrictEqual([]);
  });

  it('gives an output that validates again to an equal value', async () => {
    capture();
    const offer = await createHttpClient({ baseUrl: BASE }).getOffer(ref);
    expect(parseOffer(offer)).toStrictEqual(offer);
  });

  it.each([
    ['a/b', 'x y', '/feeds/a%2Fb/skus/x%20y'],
    ['feed#1', 'sku?x=1&y', '/feeds/feed%231/skus/sku%3Fx%3D1%26y'],
    ['vtex.netshoes', 'camiseta-ção-✓', '/feeds/vtex.netshoes/skus/camiseta-%C3%A7%C3%A3o-%E2%9C%93'],
    ['%2F', '+', '/feeds/%252F/skus/%2B'],
  ])('encodes the ids %j and %j as path segments', async (feedId, skuId, path) => {
    const requests = capture();
    await createHttpClient({ baseUrl: BASE }).getOffer({ feedId, skuId });
    expect(requests[0]!.url).toBe(`https://api.test/offer-management${path}`);
  });

  it.each([`${BASE}/`, `${BASE}//`])('joins a base URL with a trailing slash (%s) without doubling it', async (baseUrl) => {
    const requests = capture();
    await createHttpClient({ baseUrl }).getOffer(ref);
    expect(requests[0]!.url).toBe(`${BASE}/feeds/vtex.meli-classic/skus/1234`);
  });

  it('works with a relative base URL', async () => {
    const seen: string[] = [];
    server.use(
      http.get('/api/offer-management/feeds/:feedId/skus/:skuId', ({ request, params }) => {
        seen.push(new URL(request.url).pathname, String(params.skuId));
        return HttpResponse.json(offerBody);
      }),
    );
    const offer = await createHttpClient({ baseUrl: '/api/offer-management/' }).getOffer({ feedId: 'f', skuId: 'a b' });
    expect(seen).toStrictEqual(['/api/offer-management/feeds/f/skus/a%20b', 'a b']);
    expect(offer.name).toBe('Running shoe');
  });

  it('GETs the interactions with every filter value repeated, then page and pageSize', async () => {
    const requests = capture(() => HttpResponse.json(pageBody));
    const page = await createHttpClient({ baseUrl: BASE }).listInteractions(ref, {
      origins: ['price', 'inventory'],
      results: ['failure'],
      page: 1,
      pageSize: 25,
    });
    expect(requests[0]!.url).toBe(
      `${BASE}/feeds/vtex.meli-classic/skus/1234/interactions?origin=price&origin=inventory&result=failure&page=1&pageSize=25`,
    );
    expect(page).toStrictEqual(parseInteractionPage(pageBody));
    expect(page.total).toBe(1);
    expect(page.items[0]?.origin).toBe('price');
  });

  it.each<[InteractionQuery, string]>([
    [{ page: 3, pageSize: 50 }, '?page=3&pageSize=50'],
    [{ origins: [], results: [], page: 1, pageSize: 25 }, '?page=1&pageSize=25'],
    [{ results: ['processing', 'notification'], page: 2, pageSize: 10 }, '?result=processing&result=notification&page=2&pageSize=10'],
    [{ origins: ['catalog'], page: 1, pageSize: 5 }, '?origin=catalog&page=1&pageSize=5'],
  ])('omits filters that are absent or empty (%j)', async (query, search) => {
    const requests = capture(() => HttpResponse.json(pageBody));
    await createHttpClient({ baseUrl: BASE }).listInteractions({ feedId: 'f/1', skuId: 's 1' }, query);
    expect(requests[0]!.url).toBe(`${BASE}/feeds/f%2F1/skus/s%201/interactions${search}`);
  });
});

describe('createHttpClient: headers and fetch', () => {
  it('always sends Accept: application/json', async () => {
    const requests = capture();
    await createHttpClient({ baseUrl: BASE }).getOffer(ref);
    expect(requests[0]!.headers.get('accept')).toBe('application/json');
  });

  it('sends headers given as an object, and keeps Accept as JSON', async () => {
    const requests = capture();
    await createHttpClient({ baseUrl: BASE, headers: { 'X-Vtex-Account': 'store', Accept: 'text/html' } }).getOffer(ref);
    expect(requests[0]!.headers.get('x-vtex-account')).toBe('store');
    expect(requests[0]!.headers.get('accept')).toBe('application/json');
  });

  it('sends headers given as a Headers instance', async () => {
    const requests = capture();
    await createHttpClient({ baseUrl: BASE, headers: new Headers([['Authorization', 'Bearer abc']]) }).getOffer(ref);
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer abc');
  });

  it('calls a headers function before every request', async () => {
    const requests = capture();
    let n = 0;
    const client = createHttpClient({ baseUrl: BASE, headers: () => ({ Authorization: `Bearer token-${++n}` }) });
    await client.getOffer(ref);
    await client.getOffer(ref);
    expect(requests.map((r) => r.headers.get('authorization'))).toStrictEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('awaits an async headers function', async () => {
    const requests = capture(() => HttpResponse.json(pageBody));
    const client = createHttpClient({
      baseUrl: BASE,
      headers: async () => {
        await delay(1);
        return new Headers({ Authorization: 'Bearer async' });
      },
    });
    await client.listInteractions(ref, { page: 1, pageSize: 25 });
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer async');
    expect(requests[0]!.headers.get('accept')).toBe('application/json');
  });

  it('reports a headers function that throws as a network error without a request', async () => {
    const requests = capture();
    const error = await failure(
      createHttpClient({
        baseUrl: BASE,
        headers: () => Promise.reject(new Error('token refresh failed')),
      }).getOffer(ref),
    );
    expect(error.kind).toBe('network');
    expect(error.cause).toBeInstanceOf(Error);
    expect(requests).toHaveLength(0);
  });

  it('times out a headers function that never settles, without a request', async () => {
    const requests = capture();
    const error = await failure(
      createHttpClient({ baseUrl: BASE, timeoutMs: 20, headers: () => new Promise<HeadersInit>(() => undefined) }).getOffer(ref),
    );
    expect(error.kind).toBe('timeout');
    expect(requests).toHaveLength(0);
  });

  it('uses the given fetch', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => Response.json(offerBody));
    const offer = await createHttpClient({ baseUrl: BASE, fetch }).getOffer(ref);
    expect(offer.skuId).toBe('1234');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe(`${BASE}/feeds/vtex.meli-classic/skus/1234`);
    expect(fetch.mock.calls[0]![1]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('looks globalThis.fetch up at call time, not when the client is made', async () => {
    const client = createHttpClient({ baseUrl: BASE });
    const fetch = vi.fn(async () => Response.json(offerBody));
    vi.stubGlobal('fetch', fetch);
    await client.getOffer(ref);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('createHttpClient: errors', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not-found'],
    [400, 'http'],
    [409, 'http'],
    [500, 'http'],
    [502, 'http'],
  ] as const)('reports HTTP %i as %s with the status, naming the path', async (status, kind) => {
    capture(() => HttpResponse.json({ message: 'nope' }, { status }));
    const error = await failure(createHttpClient({ baseUrl: BASE }).getOffer(ref));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toContain('/offer-management/feeds/vtex.meli-classic/skus/1234');
    expect(error.message).toContain(String(status));
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('reports an HTML error page on a 500 as http, not invalid-response', async () => {
    capture(() => new HttpResponse('<html><body>Bad gateway</body></html>', { status: 500, headers: { 'Content-Type': 'text/html' } }));
    const error = await failure(createHttpClient({ baseUrl: BASE }).listInteractions(ref, { page: 1, pageSize: 25 }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
    expect(error.message).toContain('/interactions?page=1&pageSize=25');
  });

  it('reads Retry-After in seconds on a 429', async () => {
    capture(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }));
    const error = await failure(createHttpClient({ baseUrl: BASE }).getOffer(ref));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(120_000);
  });

  it('reads Retry-After as an HTTP date on a 503', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T10:00:00.000Z'));
    capture(() => new HttpResponse('busy', { status: 503, headers: { 'Retry-After': 'Fri, 27 Nov 2026 10:00:30 GMT' } }));
    const error = await failure(createHttpClient({ baseUrl: BASE }).getOffer(ref));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(30_000);
  });

  it('ignores an unreadable Retry-After', async () => {
    capture(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': 'soon' } }));
    const error = await failure(createHttpClient({ baseUrl: BASE }).getOffer(ref));
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('reports a fetch that fails as a network error', async () => {
    capture(() => HttpResponse.error());
    const error = await failure(createHttpClient({ baseUrl: BASE }).getOffer(ref));
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.message).toContain('/feeds/vtex.meli-classic/skus/1234');
  });

  it.each([
    ['an HTML page', () => new HttpResponse('<!doctype html><p>Login</p>', { headers: { 'Content-Type': 'text/html' } })],
    ['an empty body', () => new HttpResponse('', { status: 200 })],
    ['no content (204)', () => new HttpResponse(null, { status: 204 })],
    ['truncated JSON', () => new HttpResponse('{"feedId": "a", ', { headers: { 'Content-Type': 'application/json' } })],
  ])('reports %s on a 2xx as invalid-response', async (_, answer) => {
    capture(answer);
    const error = await failure(createHttpClient({ baseUrl: BASE }).getOffer(ref));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('/feeds/vtex.meli-classic/skus/1234');
    expect(error.message).toMatch(/not JSON/);
  });

  it('reports a body that breaks the contract as invalid-response naming the field and the path', async () => {
    capture(() =>
      HttpResponse.json({
        ...pageBody,
        items: [...pageBody.items, ...pageBody.items, { ...pageBody.items[0], startDate: 'last tuesday' }],
      }),
    );
    const error = await failure(createHttpClient({ baseUrl: BASE }).listInteractions(ref, { page: 1, pageSize: 25 }));
    expect(error.kind).toBe('invalid-response');
    expect(error.field).toBe('items[2].startDate');
    expect(error.status).toBe(200);
    expect(error.message).toContain('items[2].startDate');
    expect(error.message).toContain('/feeds/vtex.meli-classic/skus/1234/interactions');
  });

  it('reports a missing offer field as invalid-response naming it', async () => {
    const { name: _name, ...noName } = offerBody;
    capture(() => HttpResponse.json(noName));
    const error = await failure(createHttpClient({ baseUrl: BASE }).getOffer(ref));
    expect(error.kind).toBe('invalid-response');
    expect(error.field).toBe('name');
  });
});

describe('createHttpClient: timeout and abort', () => {
  const never = () => new Promise<Response>(() => undefined);

  it('times out after timeoutMs when the server never answers', async () => {
    capture(never);
    const error = await failure(createHttpClient({ baseUrl: BASE, timeoutMs: 20 }).getOffer(ref));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('/feeds/vtex.meli-classic/skus/1234');
  });

  it('times out with a fetch that ignores its signal', async () => {
    const fetch = vi.fn(never);
    const error = await failure(createHttpClient({ baseUrl: BASE, fetch, timeoutMs: 20 }).getOffer(ref));
    expect(error.kind).toBe('timeout');
  });

  it('times out when the body never finishes', async () => {
    const fetch = vi.fn(
      async () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"a":')) }), { status: 200 }),
    );
    const error = await failure(createHttpClient({ baseUrl: BASE, fetch, timeoutMs: 20 }).getOffer(ref));
    expect(error.kind).toBe('timeout');
  });

  it('passes a signal that aborts on timeout to fetch', async () => {
    let signal: AbortSignal | undefined;
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return never();
    });
    await failure(createHttpClient({ baseUrl: BASE, fetch, timeoutMs: 20 }).getOffer(ref));
    expect(signal?.aborted).toBe(true);
    expect((signal?.reason as DOMException).name).toBe('TimeoutError');
  });

  it('reports the caller aborting as aborted, not timeout', async () => {
    capture(never);
    const controller = new AbortController();
    const call = createHttpClient({ baseUrl: BASE, timeoutMs: 10_000 }).listInteractions(ref, { page: 1, pageSize: 25 }, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 5);
    const error = await failure(call);
    expect(error.kind).toBe('aborted');
  });

  it('forwards the caller abort to the fetch signal', async () => {
    let signal: AbortSignal | undefined;
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return never();
    });
    const controller = new AbortController();
    const call = createHttpClient({ baseUrl: BASE, fetch }).getOffer(ref, { signal: controller.signal });
    await delay(1);
    controller.abort(new Error('unmounted'));
    const error = await failure(call);
    expect(error.kind).toBe('aborted');
    expect(signal?.aborted).toBe(true);
    expect(error.cause).toStrictEqual(new Error('unmounted'));
  });

  it('does not send a request for an already aborted signal', async () => {
    const requests = capture();
    const error = await failure(createHttpClient({ baseUrl: BASE }).getOffer(ref, { signal: AbortSignal.abort() }));
    expect(error.kind).toBe('aborted');
    expect(requests).toHaveLength(0);
  });

  it('lets a slow answer within the timeout through', async () => {
    capture(async () => {
      await delay(15);
      return HttpResponse.json(offerBody);
    });
    const offer = await createHttpClient({ baseUrl: BASE, timeoutMs: 5_000 }).getOffer(ref);
    expect(offer.feedId).toBe('vtex.meli-classic');
  });

  it('turns the timeout off with timeoutMs 0', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const fetch = vi.fn(async () => Response.json(offerBody));
    await createHttpClient({ baseUrl: BASE, fetch, timeoutMs: 0 }).getOffer(ref);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-27T10:00:00.000Z');
  it.each([
    ['0', 0],
    ['7', 7000],
    [' 120 ', 120_000],
    ['Fri, 27 Nov 2026 10:01:00 GMT', 60_000],
    ['Fri, 27 Nov 2026 09:59:00 GMT', 0],
    ['-5', undefined],
    ['1.5', undefined],
    ['later', undefined],
    [null, undefined],
  ])('reads %j as %j ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
