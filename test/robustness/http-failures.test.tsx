/**
 * The HTTP client over msw, through the hooks: every kind of failure the network and the server can produce
 * ends in a settled state with one `OfferManagementError` of the right kind, after the right number of tries.
 */
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { OfferManagementError } from '../../src';
import { guardSuite } from './guard';
import { cases, ENOUGH_FOR_ALL_RETRIES, hang, json } from './failures';
import {
  advance,
  httpClient,
  programmableApi,
  renderDataHooks,
  useFakeClock,
  wireOffer,
} from './fixtures';

guardSuite();


describe('HTTP and network failures, at the hook level (state, error kind, tries)', () => {
  it.each(cases)('$what → error "$kind" after $requests request(s)', async ({ respond, kind, status, requests }) => {
    useFakeClock();
    const api = programmableApi({ offer: respond, interactions: respond });
    const { result } = renderDataHooks(httpClient({ timeoutMs: 500 }));

    await advance(ENOUGH_FOR_ALL_RETRIES);
    for (const part of [result.current.offer, result.current.page]) {
      expect(part.status).toBe('error');
      expect(part.isFetching).toBe(false);
      expect(part.error).toBeInstanceOf(OfferManagementError);
      expect(part.error?.kind).toBe(kind);
      expect(part.error?.status).toBe(status);
      expect(part.failureCount).toBe(requests);
      expect(part.data).toBeUndefined();
    }
    expect(api.offerCalls).toBe(requests);
    expect(api.interactionCalls).toBe(requests);

    // Nothing is left running: no further request, whatever time passes.
    await advance(60_000);
    expect(api.offerCalls).toBe(requests);
  });

  it('retries a 429 after its Retry-After (seconds), not before, then shows the data', async () => {
    useFakeClock();
    const api = programmableApi();
    api.offer = ({ call, ref: at }) =>
      call === 1 ? json(429, { 'Retry-After': '3' }) : HttpResponse.json(wireOffer({}, at));
    const { result } = renderDataHooks(httpClient());

    await advance();
    expect(api.offerCalls).toBe(1);
    expect(result.current.offer.status).toBe('pending');
    expect(result.current.offer.failureCount).toBe(1);
    await advance(2_999);
    expect(api.offerCalls).toBe(1); // the backoff alone would have retried at 1 s
    await advance(1);
    expect(api.offerCalls).toBe(2);
    expect(result.current.offer.status).toBe('success');
    expect(result.current.offer.data?.skuId).toBe('2045511');
  });

  it('retries a 429 after a Retry-After given as an HTTP date', async () => {
    useFakeClock();
    const api = programmableApi();
    api.offer = ({ call, ref: at }) =>
      call === 1
        ? json(429, { 'Retry-After': new Date(Date.now() + 2_000).toUTCString() })
        : HttpResponse.json(wireOffer({}, at));
    const { result } = renderDataHooks(httpClient());
    await advance(500);
    expect(api.offerCalls).toBe(1);
    await advance(2_600);
    expect(api.offerCalls).toBe(2);
    expect(result.current.offer.status).toBe('success');
  });

  it('a 429 that keeps coming ends in an error after 3 retries, each after its Retry-After', async () => {
    useFakeClock();
    const api = programmableApi();
    api.offer = () => json(429, { 'Retry-After': '5' });
    const { result } = renderDataHooks(httpClient());
    await advance(4_999 + 5_000 + 5_000);
    expect(api.offerCalls).toBe(3);
    await advance(1);
    expect(api.offerCalls).toBe(4);
    expect(result.current.offer.status).toBe('error');
    expect(result.current.offer.error?.retryAfterMs).toBe(5_000);
  });

  it('a 503 that recovers on the next try shows the data (the seller never sees the blip)', async () => {
    useFakeClock();
    const api = programmableApi();
    api.offer = ({ call, ref: at }) => (call === 1 ? json(503) : HttpResponse.json(wireOffer({}, at)));
    const { result } = renderDataHooks(httpClient());
    await advance(1_000);
    expect(result.current.offer.status).toBe('success');
    expect(api.offerCalls).toBe(2);
  });

  it('a hang ends at timeoutMs (per try), not later', async () => {
    useFakeClock();
    const api = programmableApi({ offer: hang });
    const { result } = renderDataHooks(httpClient({ timeoutMs: 2_000 }));
    await advance(1_999);
    expect(result.current.offer.failureCount).toBe(0);
    await advance(1);
    expect(result.current.offer.failureCount).toBe(1);
    expect(result.current.offer.failureReason?.kind).toBe('timeout');
    expect(api.offerCalls).toBe(1);
  });

  it('a 429 asking to wait longer than a minute is not waited for: the error shows at once', async () => {
    useFakeClock();
    const api = programmableApi();
    api.offer = () => json(429, { 'Retry-After': '120' });
    const { result } = renderDataHooks(httpClient());
    await advance(10);
    expect(result.current.offer.status).toBe('error');
    expect(result.current.offer.error?.retryAfterMs).toBe(120_000);
    expect(api.offerCalls).toBe(1);
  });

  it.each([
    ['throws', () => {
      throw new Error('token store unavailable');
    }],
    ['rejects', () => Promise.reject(new Error('token refresh failed'))],
    ['returns a header value with a line break', () => ({ Authorization: 'Bearer x\r\nX-Evil: 1' })],
  ])("the host's headers function %s: an error state, no request with a broken header", async (_what, headers) => {
    useFakeClock();
    const api = programmableApi();
    const { result } = renderDataHooks(httpClient({ headers: headers as () => HeadersInit }));
    await advance(ENOUGH_FOR_ALL_RETRIES);
    expect(result.current.offer.status).toBe('error');
    expect(result.current.offer.error).toBeInstanceOf(OfferManagementError);
    expect(result.current.offer.isFetching).toBe(false);
    expect(api.offerCalls).toBe(0);
  });

  it('a host fetch that resolves with something that is not a Response: an error state', async () => {
    useFakeClock();
    const fetch = (async () => ({ ok: true, status: 200, text: async () => { throw new TypeError('not a body'); } })) as unknown as typeof globalThis.fetch;
    const { result } = renderDataHooks(httpClient({ fetch }));
    await advance(ENOUGH_FOR_ALL_RETRIES);
    expect(result.current.offer.status).toBe('error');
    expect(result.current.offer.error).toBeInstanceOf(OfferManagementError);
  });
});
