/**
 * Races: switching offers quickly, changing filters faster than the answers come, unmounting mid-request, an
 * answer for an old query arriving last. The screen only ever shows data for what is asked now (the previous
 * page may stay while the next loads, marked busy, and only for the same offer); no React warnings; no
 * unhandled rejections (the guard checks both after every test).
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { InteractionQuery, OfferRef, RequestOptions } from '../../src';
import { guardSuite } from './guard';
import {
  dataRows,
  firstPage,
  hostClient,
  httpClient,
  programmableApi,
  renderDataHooks,
  renderPage,
  wireInteraction,
  wireOffer,
  type Json,
} from './fixtures';

guardSuite();
vi.setConfig({ testTimeout: 30_000 });

interface Pending<T> {
  key: string;
  signal: AbortSignal | undefined;
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** A host client whose every answer waits until the test releases it, in any order. */
function controlledClient() {
  const offers: Array<Pending<unknown>> = [];
  const pages: Array<Pending<unknown>> = [];
  const waitFor = <T,>(list: Array<Pending<T>>, key: string, init?: RequestOptions) =>
    new Promise<T>((resolve, reject) => list.push({ key, signal: init?.signal, resolve, reject }));
  const { client } = hostClient({
    getOffer: (at: OfferRef, init?: RequestOptions) => waitFor(offers, at.skuId, init),
    listInteractions: (at: OfferRef, query: InteractionQuery, init?: RequestOptions) =>
      waitFor(pages, pageKey(at, query), init),
  });
  const take = <T,>(list: Array<Pending<T>>, key: string) => {
    const index = list.findIndex((p) => p.key === key);
    if (index < 0) throw new Error(`no pending request for ${key}; pending: ${list.map((p) => p.key).join(', ')}`);
    return list.splice(index, 1)[0] as Pending<T>;
  };
  return {
    client,
    offers,
    pages,
    /** Answers the (oldest) pending offer request for `skuId`. */
    async answerOffer(skuId: string) {
      const pending = take(offers, skuId);
      await act(async () => pending.resolve(wireOffer({ name: `Offer ${skuId}`, status: 'synched', errors: [] }, { feedId: 'f', skuId })));
    },
    async answerPage(key: string, rows: Json[]) {
      const pending = take(pages, key);
      await act(async () => pending.resolve({ items: rows, total: 200, page: pending.key.endsWith('p2') ? 2 : 1, pageSize: 25 }));
    },
    signalOf: (list: Array<Pending<unknown>>, key: string) => list.find((p) => p.key === key)?.signal,
  };
}

function pageKey(at: OfferRef, query: InteractionQuery): string {
  return `${at.skuId}:${(query.origins ?? []).join('+') || 'all'}:p${query.page}`;
}

/** Rows tagged with where they came from (their id and raw result say so). */
const rowsOf = (tag: string, count = 2) =>
  Array.from({ length: count }, (_, i) => wireInteraction(i, { id: `${tag}-${i}`, result: `from ${tag}` }));

const shownTags = () => dataRows().map((row) => /from (\S+)/.exec(row.textContent ?? '')?.[1]);
const tableBusy = () => screen.getByRole('table').getAttribute('aria-busy') === 'true';

describe('switching offers quickly', () => {
  it('A → B → C, answers arriving C, then B, then A: only C is ever shown', async () => {
    const api = controlledClient();
    const { rerenderPage } = renderPage(api.client, { feedId: 'f', skuId: 'A' });
    rerenderPage({ feedId: 'f', skuId: 'B' });
    rerenderPage({ feedId: 'f', skuId: 'C' });
    // The superseded requests were aborted.
    expect(api.signalOf(api.offers, 'A')?.aborted).toBe(true);
    expect(api.signalOf(api.offers, 'B')?.aborted).toBe(true);
    expect(api.signalOf(api.offers, 'C')?.aborted).toBe(false);

    await api.answerOffer('C');
    await api.answerPage('C:all:p1', rowsOf('C'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Offer C');
    expect(shownTags()).toEqual(['C', 'C']);

    await api.answerOffer('B');
    await api.answerPage('B:all:p1', rowsOf('B'));
    await api.answerOffer('A');
    await api.answerPage('A:all:p1', rowsOf('A'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Offer C');
    expect(document.body.textContent).not.toMatch(/Offer A|Offer B|from A|from B/);
    expect(shownTags()).toEqual(['C', 'C']);
  });

  it("another offer's rows are never kept on screen while the new offer's load", async () => {
    const api = controlledClient();
    const { rerenderPage } = renderPage(api.client, { feedId: 'f', skuId: 'A' });
    await api.answerOffer('A');
    await api.answerPage('A:all:p1', rowsOf('A'));
    expect(shownTags()).toEqual(['A', 'A']);

    rerenderPage({ feedId: 'f', skuId: 'B' });
    expect(document.body.textContent).not.toMatch(/Offer A|from A/);
    expect(dataRows()).toHaveLength(0); // skeleton rows only
    await api.answerPage('B:all:p1', rowsOf('B'));
    expect(shownTags()).toEqual(['B', 'B']);
  });

  it('over HTTP: the old offer answers last (slower), the new one stays; the old request was aborted', async () => {
    const aborted: string[] = [];
    const api = programmableApi();
    api.offer = async ({ ref: at, request }) => {
      request.signal.addEventListener('abort', () => aborted.push(at.skuId));
      await delay(at.skuId === 'OLD' ? 150 : 10);
      return HttpResponse.json(wireOffer({ name: `Offer ${at.skuId}` }, at));
    };
    const { rerenderPage } = renderPage(httpClient(), { feedId: 'f', skuId: 'OLD' });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    rerenderPage({ feedId: 'f', skuId: 'NEW' });
    expect(await screen.findByRole('heading', { name: 'Offer NEW' })).toBeInTheDocument();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Offer NEW');
    expect(aborted).toContain('OLD');
  });
});

describe('changing filters faster than the answers come', () => {
  it('price → inventory → catalog, answered catalog, price, inventory: catalog rows stay', async () => {
    const api = controlledClient();
    const ref = { feedId: 'f', skuId: 'A' };
    const { rerenderPage } = renderPage(api.client, { ...ref, query: firstPage, onQueryChange: () => {} });
    await api.answerOffer('A');
    await api.answerPage('A:all:p1', rowsOf('all'));
    expect(shownTags()).toEqual(['all', 'all']);

    for (const origin of ['price', 'inventory', 'catalog'] as const) {
      rerenderPage({ ...ref, query: { ...firstPage, origins: [origin] }, onQueryChange: () => {} });
    }
    // The previous page stays while the next loads, marked busy.
    expect(shownTags()).toEqual(['all', 'all']);
    expect(tableBusy()).toBe(true);

    await api.answerPage('A:catalog:p1', rowsOf('catalog'));
    expect(shownTags()).toEqual(['catalog', 'catalog']);
    expect(tableBusy()).toBe(false);
    await api.answerPage('A:price:p1', rowsOf('price'));
    await api.answerPage('A:inventory:p1', rowsOf('inventory'));
    expect(shownTags()).toEqual(['catalog', 'catalog']);
    expect(tableBusy()).toBe(false);
  });

  it('page 1 → 2 before page 1 answered; page 1 answering last does not replace page 2', async () => {
    const api = controlledClient();
    const ref = { feedId: 'f', skuId: 'A' };
    const { rerenderPage } = renderPage(api.client, { ...ref, query: firstPage, onQueryChange: () => {} });
    await api.answerOffer('A');
    rerenderPage({ ...ref, query: { ...firstPage, page: 2 }, onQueryChange: () => {} });
    expect(api.signalOf(api.pages, 'A:all:p1')?.aborted).toBe(true);
    await api.answerPage('A:all:p2', rowsOf('p2'));
    await api.answerPage('A:all:p1', rowsOf('p1'));
    expect(shownTags()).toEqual(['p2', 'p2']);
    expect(within(screen.getByRole('navigation', { name: 'Pagination' })).getByRole('status')).toHaveTextContent('26–27 of 200');
  });

  it('Next page by the pager: busy while it loads, then page 2', async () => {
    const api = controlledClient();
    renderPage(api.client, { feedId: 'f', skuId: 'A' });
    await api.answerOffer('A');
    await api.answerPage('A:all:p1', rowsOf('p1'));
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(tableBusy()).toBe(true);
    await api.answerPage('A:all:p2', rowsOf('p2'));
    expect(shownTags()).toEqual(['p2', 'p2']);
    expect(tableBusy()).toBe(false);
  });
});

describe('unmounting mid-request', () => {
  it('the page: requests are aborted, late answers and late failures change nothing and warn nothing', async () => {
    const api = controlledClient();
    const { unmount } = renderPage(api.client, { feedId: 'f', skuId: 'A' });
    const offerSignal = api.signalOf(api.offers, 'A');
    const pageSignal = api.signalOf(api.pages, 'A:all:p1');
    unmount();
    expect(offerSignal?.aborted).toBe(true);
    expect(pageSignal?.aborted).toBe(true);
    await act(async () => {
      api.offers.shift()?.resolve(wireOffer());
      api.pages.shift()?.reject(new TypeError('Failed to fetch'));
    });
  });

  it('the hooks, over HTTP: unmount while msw is still answering', async () => {
    const api = programmableApi();
    api.offer = async ({ ref: at }) => {
      await delay(50);
      return HttpResponse.json(wireOffer({}, at));
    };
    api.interactions = async () => {
      await delay(50);
      return HttpResponse.error();
    };
    const { unmount } = renderDataHooks(httpClient());
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    unmount();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(api.offerCalls).toBe(1);
  });

  it('switching offers while a retry is scheduled: the old offer is not retried into view', async () => {
    const api = programmableApi();
    api.offer = ({ ref: at }) =>
      at.skuId === 'BROKEN' ? HttpResponse.json({ message: 'down' }, { status: 503 }) : HttpResponse.json(wireOffer({ name: 'Fine' }, at));
    const { rerenderPage } = renderPage(httpClient(), { feedId: 'f', skuId: 'BROKEN' });
    await waitFor(() => expect(api.offerCalls).toBe(1));
    rerenderPage({ feedId: 'f', skuId: 'FINE' });
    expect(await screen.findByRole('heading', { name: 'Fine' })).toBeInTheDocument();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_200));
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Fine');
  });
});
