import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseInteractionPage, parseOffer } from '../../src/api/schema';
import type { InteractionPage, OfferRef } from '../../src/api/types';
import {
  MOCK_BASE_URL,
  createMockDatabase,
  createMockHandlerGroups,
  createMockHandlers,
  createScenarioHandlers,
  handlers,
  mockOfferRefs,
  mockScenarioRefs,
  mockScenarios,
} from '../../src/mocks';
import type { MockScenario } from '../../src/mocks';
import { server } from '../server';

const BASE = 'https://api.test';
const NOW = Date.parse('2026-11-27T12:00:00.000Z');
const db = createMockDatabase({ now: NOW });

const offerUrl = (ref: OfferRef, base = BASE) =>
  `${base}/feeds/${encodeURIComponent(ref.feedId)}/skus/${encodeURIComponent(ref.skuId)}`;
const interactionsUrl = (ref: OfferRef, query = '', base = BASE) => `${offerUrl(ref, base)}/interactions${query}`;

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

const useDefaultHandlers = (options: { delayMs?: number } = {}) =>
  server.use(...createMockHandlers({ baseUrl: BASE, now: NOW, ...options }));

afterEach(() => {
  vi.useRealTimers();
});

describe('createMockHandlers', () => {
  it('serves an offer that parses to the database offer', async () => {
    useDefaultHandlers();
    for (const ref of Object.values(mockOfferRefs)) {
      const { status, body } = await getJson(offerUrl(ref));
      expect(status).toBe(200);
      expect(parseOffer(body)).toEqual(db.getOffer(ref));
    }
  });

  it('serves every offer and every page in a shape the lenient parser accepts, with the API spellings', async () => {
    useDefaultHandlers({ delayMs: 0 });
    const statusSpellings = new Set<unknown>();
    const numberTypes = new Set<string>();
    const newValueTypes = new Set<string>();
    const reportedStatuses = new Set<unknown>();
    for (const ref of db.refs) {
      const { body } = await getJson(offerUrl(ref));
      statusSpellings.add((body as { status: unknown }).status);
      numberTypes.add(typeof (body as { inventory: unknown }).inventory);
      expect(parseOffer(body)).toEqual(db.getOffer(ref));
      const total = db.getInteractions(ref)!.length;
      for (let page = 1; page === 1 || (page - 1) * 100 < total; page += 1) {
        const { status, body: pageBody } = await getJson(interactionsUrl(ref, `?page=${page}&pageSize=100`));
        expect(status).toBe(200);
        expect(parseInteractionPage(pageBody)).toEqual(db.listInteractions(ref, { page, pageSize: 100 }));
        for (const item of (pageBody as { items: Array<Record<string, unknown>> }).items) {
          const value = item.newValue as { amount?: unknown; quantity?: unknown } | undefined;
          if (value) newValueTypes.add(typeof (value.amount ?? value.quantity));
          if (item.reportedStatus !== undefined) reportedStatuses.add(item.reportedStatus);
        }
      }
    }
    expect(statusSpellings).toContain('Synced');
    expect(statusSpellings).toContain('synched');
    expect(statusSpellings).toContain('Disabled');
    expect(numberTypes).toEqual(new Set(['number', 'string']));
    expect(newValueTypes).toEqual(new Set(['number', 'string']));
    // As channels send them, including one the parser does not know (and drops).
    for (const raw of ['Synced', 'Disabled', 'active']) expect(reportedStatuses).toContain(raw);
  });

  it('matches encoded ids in the path', async () => {
    useDefaultHandlers();
    const ref = db.refs.find((r) => r.skuId.includes('/'))!;
    expect(offerUrl(ref)).toContain('KIT%203%2FAZUL%3F%231');
    const { status, body } = await getJson(offerUrl(ref));
    expect(status).toBe(200);
    expect(parseOffer(body).skuId).toBe('KIT 3/AZUL?#1');
    const page = await getJson(interactionsUrl(ref, '?page=1&pageSize=5'));
    expect(parseInteractionPage(page.body).total).toBe(db.getInteractions(ref)!.length);
  });

  it('filters by repeated origin and result parameters, newest first, with the total of matches', async () => {
    useDefaultHandlers();
    const ref = mockScenarioRefs['many-interactions'];
    const { body } = await getJson(interactionsUrl(ref, '?origin=price&origin=inventory&result=failure&page=2&pageSize=10'));
    const page = parseInteractionPage(body);
    const expected = db
      .getInteractions(ref)!
      .filter((i) => (i.origin === 'price' || i.origin === 'inventory') && i.result === 'failure');
    expect(page.total).toBe(expected.length);
    expect(page.items.map((i) => i.id)).toEqual(expected.slice(10, 20).map((i) => i.id));
    expect(page.items.every((i) => i.result === 'failure' && i.origin !== 'catalog')).toBe(true);
  });

  it('accepts comma-separated filter lists', async () => {
    useDefaultHandlers();
    const ref = mockScenarioRefs['many-interactions'];
    const a = parseInteractionPage((await getJson(interactionsUrl(ref, '?result=success,notification'))).body);
    const b = parseInteractionPage((await getJson(interactionsUrl(ref, '?result=success&result=notification'))).body);
    expect(a).toEqual(b);
    expect(a.total).toBeLessThan(5000);
  });

  it('defaults to page 1 of 25, and answers past the last page with no items', async () => {
    useDefaultHandlers();
    const ref = mockScenarioRefs['many-interactions'];
    const first = parseInteractionPage((await getJson(interactionsUrl(ref))).body);
    expect(first).toMatchObject({ page: 1, pageSize: 25, total: 5000 });
    expect(first.items).toHaveLength(25);
    const beyond = parseInteractionPage((await getJson(interactionsUrl(ref, '?page=201&pageSize=25'))).body);
    expect(beyond).toEqual({ items: [], total: 5000, page: 201, pageSize: 25 });
    const last = parseInteractionPage((await getJson(interactionsUrl(ref, '?page=50&pageSize=100'))).body);
    expect(last.items).toHaveLength(100);
  });

  it('answers an unknown offer with 404 and a JSON message, on both paths', async () => {
    useDefaultHandlers();
    const ref = { feedId: 'vtex.meli-classic', skuId: 'does-not-exist' };
    for (const url of [offerUrl(ref), interactionsUrl(ref)]) {
      const { status, body } = await getJson(url);
      expect(status).toBe(404);
      expect(body).toEqual({ message: expect.stringContaining('does-not-exist') });
    }
  });

  it.each(['page=0', 'page=-1', 'page=1.5', 'page=abc', 'page=', 'pageSize=0', 'pageSize=101', 'pageSize=2.5', 'pageSize=ten'])(
    'answers an invalid %s with 400',
    async (query) => {
      useDefaultHandlers();
      const { status, body } = await getJson(interactionsUrl(mockOfferRefs.synched, `?${query}`));
      expect(status).toBe(400);
      expect(body).toEqual({ message: expect.stringMatching(/page/i) });
    },
  );

  it('accepts the page size bounds 1 and 100', async () => {
    useDefaultHandlers();
    for (const pageSize of [1, 100]) {
      const { status } = await getJson(interactionsUrl(mockScenarioRefs['many-interactions'], `?pageSize=${pageSize}`));
      expect(status).toBe(200);
    }
  });

  it('works on a base URL with a path and a trailing slash', async () => {
    server.use(...createMockHandlers({ baseUrl: 'https://api.example.com/v1/', now: NOW }));
    const { status, body } = await getJson(offerUrl(mockOfferRefs.error, 'https://api.example.com/v1'));
    expect(status).toBe(200);
    expect(parseOffer(body).status).toBe('error');
  });

  it('works on a relative base URL (resolved against the page)', async () => {
    server.use(...createMockHandlers({ baseUrl: '/relative/api', now: NOW }));
    const url = new URL(offerUrl(mockOfferRefs.unavailable, '/relative/api'), window.location.href);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(parseOffer(await response.json()).status).toBe('unavailable');
  });

  it('gives the same answers for the same seed', async () => {
    server.use(...createMockHandlers({ baseUrl: 'https://a.test', seed: 5, now: NOW }));
    server.use(...createMockHandlers({ baseUrl: 'https://b.test', seed: 5, now: NOW }));
    const a = await getJson(interactionsUrl(mockOfferRefs.synched, '', 'https://a.test'));
    const b = await getJson(interactionsUrl(mockOfferRefs.synched, '', 'https://b.test'));
    expect(a.body).toEqual(b.body);
  });

  it('exposes the handlers by group, so one group can be replaced', async () => {
    const groups = createMockHandlerGroups({ baseUrl: BASE, now: NOW });
    expect(groups.offer).toHaveLength(1);
    expect(groups.interactions).toHaveLength(1);
    server.use(...groups.offer, ...createScenarioHandlers('server-error', { baseUrl: BASE, group: 'interactions' }));
    expect((await fetch(offerUrl(mockOfferRefs.synched))).status).toBe(200);
    expect((await fetch(interactionsUrl(mockOfferRefs.synched))).status).toBe(500);
  });
});

describe('default handlers', () => {
  it('serve the mock API on MOCK_BASE_URL', async () => {
    expect(MOCK_BASE_URL).toBe('/api/offer-management');
    server.use(...handlers);
    const response = await fetch(new URL(offerUrl(mockOfferRefs.synched, MOCK_BASE_URL), window.location.href));
    expect(response.status).toBe(200);
    expect(parseOffer(await response.json()).status).toBe('synched');
  });
});

/** What a request of each scenario should look like to a client. */
async function expectScenario(scenario: MockScenario, offerRequest: string, pageRequest: string) {
  const offer = fetch(offerRequest);
  const page = fetch(pageRequest);
  switch (scenario) {
    case 'synched':
    case 'error':
    case 'unavailable':
    case 'sending': {
      const body = await (await offer).json();
      expect(parseOffer(body).status).toBe(scenario);
      expect((await page).status).toBe(200);
      return;
    }
    case 'many-errors': {
      const parsed = parseOffer(await (await offer).json());
      expect(parsed.status).toBe('error');
      expect(parsed.errors.length).toBeGreaterThanOrEqual(6);
      return;
    }
    case 'no-interactions':
    case 'many-interactions': {
      const parsed: InteractionPage = parseInteractionPage(await (await page).json());
      expect(parsed.total).toBe(scenario === 'no-interactions' ? 0 : 5000);
      expect(parsed.items).toHaveLength(scenario === 'no-interactions' ? 0 : 25);
      expect((await offer).status).toBe(200);
      return;
    }
    case 'slow': {
      expect((await offer).status).toBe(200);
      expect((await page).status).toBe(200);
      return;
    }
    case 'not-found':
    case 'unauthorized':
    case 'server-error': {
      const expected = { 'not-found': 404, unauthorized: 401, 'server-error': 500 }[scenario];
      for (const response of [await offer, await page]) {
        expect(response.status).toBe(expected);
        expect(await response.json()).toEqual({ message: expect.any(String) });
      }
      return;
    }
    case 'network-error': {
      await expect(offer).rejects.toThrow(TypeError);
      await expect(page).rejects.toThrow(TypeError);
      return;
    }
    case 'malformed': {
      const offerResponse = await offer;
      expect(offerResponse.status).toBe(200);
      await expect(offerResponse.json()).rejects.toThrow(SyntaxError);
      const body: unknown = await (await page).json();
      expect(() => parseInteractionPage(body)).toThrow(expect.objectContaining({ kind: 'invalid-response' }));
      return;
    }
  }
}

describe('scenarios', () => {
  it('lists every scenario and a ref for each', () => {
    expect([...mockScenarios].sort()).toEqual(Object.keys(mockScenarioRefs).sort());
    expect(mockScenarios).toHaveLength(13);
    for (const status of ['synched', 'error', 'unavailable', 'sending'] as const) {
      expect(mockScenarioRefs[status]).toEqual(mockOfferRefs[status]);
    }
  });

  it.each(mockScenarios)('the default handlers answer the %s ref with that scenario', async (scenario) => {
    useDefaultHandlers({ delayMs: 1 });
    const ref = mockScenarioRefs[scenario];
    await expectScenario(scenario, offerUrl(ref), interactionsUrl(ref));
  });

  it.each(mockScenarios)('createScenarioHandlers(%s) makes any ref play the scenario', async (scenario) => {
    useDefaultHandlers();
    server.use(...createScenarioHandlers(scenario, { baseUrl: BASE, now: NOW, delayMs: 1 }));
    const ref = { feedId: 'vtex.netshoes', skuId: '3010' };
    await expectScenario(scenario, offerUrl(ref), interactionsUrl(ref));
  });

  it('a data scenario answers for the requested ref, on that channel', async () => {
    server.use(...createScenarioHandlers('many-errors', { baseUrl: BASE, now: NOW }));
    const ref = { feedId: 'vtex.netshoes', skuId: 'anything 1' };
    const offer = parseOffer((await getJson(offerUrl(ref))).body);
    expect(offer).toMatchObject({ feedId: 'vtex.netshoes', skuId: 'anything 1', channel: { name: 'Netshoes' } });
  });

  it('createScenarioHandlers uses MOCK_BASE_URL by default and can target one group', async () => {
    useDefaultHandlers();
    server.use(...createScenarioHandlers('unauthorized', { group: 'offer' }));
    const relative = new URL(offerUrl(mockOfferRefs.synched, MOCK_BASE_URL), window.location.href);
    expect((await fetch(relative)).status).toBe(401);
    expect((await fetch(interactionsUrl(mockOfferRefs.synched))).status).toBe(200);
  });

  it('scenario handlers still answer 400 to an invalid page', async () => {
    server.use(...createScenarioHandlers('synched', { baseUrl: BASE, now: NOW }));
    expect((await fetch(interactionsUrl(mockOfferRefs.synched, '?pageSize=500'))).status).toBe(400);
  });

  it('slow waits 2 s by default before answering', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    server.use(...createMockHandlers({ baseUrl: BASE, now: NOW }));
    let settled = false;
    const request = fetch(offerUrl(mockScenarioRefs.slow)).then((response) => {
      settled = true;
      return response;
    });
    await vi.advanceTimersByTimeAsync(1990);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect((await request).status).toBe(200);
    expect(settled).toBe(true);
  });

  it('slow via createScenarioHandlers serves the requested offer when it exists', async () => {
    server.use(...createScenarioHandlers('slow', { baseUrl: BASE, now: NOW, delayMs: 1 }));
    const offer = parseOffer((await getJson(offerUrl(mockOfferRefs.unavailable))).body);
    expect(offer.status).toBe('unavailable');
  });
});
