/**
 * Props as a host passes them when it keeps the table's state in its URL (`?page=abc&pageSize=1000000&origin=x`):
 * the page still renders, asks the server only for what the contract allows, and offers a way back.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { enMessages, type InteractionQuery } from '../../src';
import { server } from '../server';
import { guardSuite } from './guard';
import { dataRows, hostClient, httpClient, programmableApi, renderPage } from './fixtures';

guardSuite();
vi.setConfig({ testTimeout: 30_000 });

/** What a host's URL parser hands over, unchecked. */
const fromUrl = (search: string): InteractionQuery => {
  const params = new URLSearchParams(search);
  return {
    page: Number(params.get('page')),
    pageSize: Number(params.get('pageSize')),
    origins: params.getAll('origin') as InteractionQuery['origins'],
    results: params.getAll('result') as InteractionQuery['results'],
  };
};

describe('a tampered URL as the controlled query', () => {
  it.each([
    { search: 'page=abc&pageSize=25', page: '1', pageSize: '25', note: '' },
    { search: 'page=-3&pageSize=0', page: '1', pageSize: '25', note: '' },
    { search: 'page=2.5&pageSize=10', page: '2', pageSize: '10', note: '' },
    { search: 'page=1&pageSize=1000000', page: '1', pageSize: '100', note: '[bug: page size past the contract sent]' },
    { search: 'page=1e400&pageSize=25', page: '1', pageSize: '25', note: '' },
  ])('?$search → asks for page $page of $pageSize $note', async ({ search, ...expected }) => {
    const api = programmableApi();
    const urls: URL[] = [];
    const serve = api.interactions;
    api.interactions = (info) => {
      urls.push(info.url);
      return serve(info);
    };
    renderPage(httpClient(), { query: fromUrl(search), onQueryChange: () => {} });
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.searchParams.get('page')).toBe(expected.page);
      expect(url.searchParams.get('pageSize')).toBe(expected.pageSize);
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('[bug: unknown filter values sent] unknown or hostile filter values are not sent, and the seller can change the filters', async () => {
    const api = programmableApi();
    const urls: URL[] = [];
    const serve = api.interactions;
    api.interactions = (info) => {
      urls.push(info.url);
      return serve(info);
    };
    const onQueryChange = vi.fn();
    renderPage(httpClient(), {
      query: fromUrl('page=1&pageSize=25&origin=price&origin=<script>&origin=__proto__&result=bogus&result=failure'),
      onQueryChange,
    });
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    for (const url of urls) {
      expect(url.searchParams.getAll('origin')).toEqual(['price']);
      expect(url.searchParams.getAll('result')).toEqual(['failure']);
    }
    fireEvent.change(screen.getByRole('combobox', { name: 'Items per page' }), { target: { value: '50' } });
    expect(onQueryChange).toHaveBeenLastCalledWith(expect.objectContaining({ pageSize: 50, page: 1 }));
  });

  it('[bug: string filter split into letters] a filter given as a string instead of a list is read as that one value', async () => {
    const { client, listInteractions } = hostClient();
    renderPage(client, {
      query: { page: 1, pageSize: 25, origins: 'price' as unknown as InteractionQuery['origins'] },
      onQueryChange: () => {},
    });
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    for (const [, query] of listInteractions.mock.calls) expect(query.origins ?? []).toEqual(['price']);
  });

  it('a defaultQuery of the wrong types still renders the first page', async () => {
    const { client, listInteractions } = hostClient();
    renderPage(client, { defaultQuery: { page: null, pageSize: 'x', origins: null } as unknown as Partial<InteractionQuery> });
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    expect(listInteractions.mock.calls[0]?.[1]).toEqual({ page: 1, pageSize: 25 });
  });
});

describe('hostile ids as props (from the admin URL a seller was sent)', () => {
  it.each([
    { feedId: 'vtex.meli-classic', skuId: '..' },
    { feedId: '..', skuId: '1' },
    { feedId: '.', skuId: '.' },
    { feedId: 'vtex.meli-classic', skuId: '' },
  ])('[bug: path traversal] $feedId / $skuId never requests another path: the offer is "not found"', async (ids) => {
    const api = programmableApi();
    const paths: string[] = [];
    server.events.on('request:start', ({ request }) => {
      paths.push(new URL(request.url).pathname);
    });
    renderPage(httpClient(), ids);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(enMessages.common.loadError.title['not-found']);
    expect(paths).toEqual([]);
    expect(api.offerCalls + api.interactionCalls).toBe(0);
    server.events.removeAllListeners();
  });

  it('ids with slashes, queries and markup are sent encoded in their own path segment and shown as text', async () => {
    const skuId = '../../admin?x=<img src=x onerror=alert(1)>#';
    const api = programmableApi();
    const seen: string[] = [];
    const serve = api.offer;
    api.offer = (info) => {
      seen.push(info.ref.skuId);
      return serve(info);
    };
    renderPage(httpClient(), { feedId: 'vtex.meli-classic', skuId });
    expect(await screen.findByRole('heading', { name: `Running shoe ${skuId}` })).toBeInTheDocument();
    expect(seen).toEqual([skuId]);
    expect(screen.getByText(skuId)).toBeInTheDocument();
    expect(document.querySelector('img')?.getAttribute('src') ?? 'https://').toMatch(/^https:\/\//);
  });
});

describe('provider settings of the wrong kind', () => {
  it.each([
    { timeZone: 'Mars/Olympus_Mons', locale: 'en' },
    { timeZone: '', locale: 'en-@@invalid' },
    { timeZone: 'UTC', locale: 'xx' },
    { timeZone: 'UTC', locale: 'pt-PT', pollInterval: Number.NaN },
    { timeZone: 'UTC', locale: 'es', pollInterval: -5 },
  ])('$timeZone / $locale: the page renders with readable dates', async (settings) => {
    renderPage(hostClient().client, {}, settings as Parameters<typeof renderPage>[2]);
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    const time = dataRows()[0]?.querySelector('time');
    expect(time?.textContent).toMatch(/\d/);
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
