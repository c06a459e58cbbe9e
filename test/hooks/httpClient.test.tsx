import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/api/client';
import type { OfferRef } from '../../src/api/types';
import { useOffer } from '../../src/hooks/useOffer';
import { useOfferInteractions } from '../../src/hooks/useOfferInteractions';
import { server } from '../server';
import { hostQueryClient, makeInteraction, makeOffer, providerWrapper } from './helpers';

const baseUrl = 'https://api.example.test/offer-management';
const ref: OfferRef = { feedId: 'vtex.meli-classic', skuId: 'SKU 12/3' };
const offerUrl = `${baseUrl}/feeds/:feedId/skus/:skuId`;

function wrapper() {
  // The host's QueryClient says "no retries": the hooks retry anyway.
  return providerWrapper({ client: createHttpClient({ baseUrl }), queryClient: hostQueryClient() });
}

describe('the hooks over createHttpClient and the REST contract (msw)', () => {
  it('loads the offer and a filtered page, with encoded ids and the query string', async () => {
    const urls: string[] = [];
    server.use(
      http.get(offerUrl, ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json({ ...makeOffer(ref), status: 'SYNCHED' });
      }),
      http.get(`${offerUrl}/interactions`, ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json({ items: [makeInteraction(1, { origin: 'inventory' })], total: 1, page: 2, pageSize: 10 });
      }),
    );
    const { result } = renderHook(
      () => ({
        offer: useOffer(ref),
        page: useOfferInteractions(ref, { origins: ['price', 'inventory'], results: ['failure'], page: 2, pageSize: 10 }),
      }),
      { wrapper: wrapper() },
    );

    await waitFor(() => expect(result.current.offer.status).toBe('success'));
    await waitFor(() => expect(result.current.page.status).toBe('success'));
    expect(result.current.offer.data?.status).toBe('synched');
    expect(result.current.page.data?.items[0]?.origin).toBe('inventory');
    expect(urls).toContain(`${baseUrl}/feeds/vtex.meli-classic/skus/SKU%2012%2F3`);
    expect(urls).toContain(
      `${baseUrl}/feeds/vtex.meli-classic/skus/SKU%2012%2F3/interactions?origin=inventory&origin=price&result=failure&page=2&pageSize=10`,
    );
  });

  it('reports a 404 as not-found after one request (no retry)', async () => {
    let requests = 0;
    server.use(
      http.get(offerUrl, () => {
        requests += 1;
        return new HttpResponse(null, { status: 404 });
      }),
    );
    const { result } = renderHook(() => useOffer(ref), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.kind).toBe('not-found');
    expect(requests).toBe(1);
  });

  it("retries a 503 after its Retry-After, then shows the offer", async () => {
    let requests = 0;
    server.use(
      http.get(offerUrl, () => {
        requests += 1;
        return requests === 1
          ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } })
          : HttpResponse.json(makeOffer(ref));
      }),
    );
    const { result } = renderHook(() => useOffer(ref), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(requests).toBe(2);
  });

  it('reports a malformed body as invalid-response naming the field', async () => {
    server.use(http.get(offerUrl, () => HttpResponse.json({ ...makeOffer(ref), updatedAt: 12 })));
    const { result } = renderHook(() => useOffer(ref), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.error?.message).toMatch(/updatedAt/);
  });
});
