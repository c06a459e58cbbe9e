/**
 * Shared fixtures of the robustness suite: valid wire data to mutate, a programmable MSW API, a host client
 * whose answers a test controls, renderers for the hooks and the page, and a clock helper for fake timers.
 */
import { notifyManager, QueryClient } from '@tanstack/react-query';
import { act, configure, render, renderHook, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactElement, ReactNode } from 'react';
import { vi } from 'vitest';
import {
  createHttpClient,
  OfferDetails,
  OfferManagementProvider,
  useOffer,
  useOfferInteractions,
  type HttpClientOptions,
  type InteractionQuery,
  type OfferDetailsProps,
  type OfferManagementClient,
  type OfferManagementProviderProps,
  type OfferRef,
  type RequestOptions,
} from '../../src';
import { server } from '../server';

// Role queries skip the "is it hidden from the accessibility tree?" walk (a getComputedStyle per ancestor, slow in
// jsdom under styled-components): ~5x faster. Assertions about what is hidden are explicit in the tests.
configure({ defaultHidden: true });

// Captured before any test fakes the timers.
const realSetTimeout = globalThis.setTimeout;

// TanStack batches notifications on a 0 ms timer; under fake timers a microtask keeps the batching without
// depending on the clock (same as test/hooks/helpers.tsx).
notifyManager.setScheduler((callback) => queueMicrotask(callback));

export const baseUrl = 'https://offers.robustness.test/api';
export const ref: OfferRef = { feedId: 'vtex.meli-classic', skuId: '2045511' };
export const otherRef: OfferRef = { feedId: 'vtex.netshoes', skuId: '777' };
export const firstPage: InteractionQuery = { page: 1, pageSize: 25 };

/** "Now" for data that must be recent (interaction details are kept ten days). */
// The real clock: the page judges the ten-day retention against Date.now(), so fixtures stay relative to it.
export const NOW = Date.now();
const minutesAgo = (n: number) => new Date(NOW - n * 60_000).toISOString();
const daysAgo = (n: number) => new Date(NOW - n * 86_400_000).toISOString();
export { daysAgo, minutesAgo };

export type Json = Record<string, unknown>;

/** A valid offer as the API sends it (JSON), in the error status with one active error. */
export function wireOffer(overrides: Json = {}, at: OfferRef = ref): Json {
  return {
    feedId: at.feedId,
    skuId: at.skuId,
    externalOfferId: 'MLB-3344',
    name: `Running shoe ${at.skuId}`,
    imageUrl: 'https://images.example.com/shoe.png',
    channel: { name: 'Mercado Libre Classic', logoUrl: 'https://images.example.com/meli.png' },
    status: 'error',
    price: { amount: 199.9, currency: 'BRL' },
    inventory: 12,
    updatedAt: minutesAgo(30),
    errors: [
      {
        code: 'CTLG-006',
        externalCode: 'CTLG-006-001',
        title: 'Missing brand',
        description: 'The channel requires a brand for this category.',
        origin: 'catalog',
        date: minutesAgo(40),
        interactionId: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
      },
    ],
    ...overrides,
  };
}

export function wireInteraction(n: number, overrides: Json = {}): Json {
  return {
    id: `ID${String(n).padStart(30, '0')}`,
    startDate: minutesAgo(n + 1),
    origin: n % 2 === 0 ? 'price' : 'inventory',
    result: 'success',
    newValue: n % 2 === 0 ? { kind: 'price', amount: 100 + n, currency: 'BRL' } : { kind: 'inventory', quantity: n },
    ...overrides,
  };
}

/** A valid page of `count` interactions (`tag` marks each row's id, to tell pages apart). */
export function wirePage(query: InteractionQuery = firstPage, count = 3, total = 40, itemOverrides: Json = {}): Json {
  return {
    items: Array.from({ length: count }, (_, i) => wireInteraction((query.page - 1) * query.pageSize + i, itemOverrides)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export type Responder = (info: { request: Request; ref: OfferRef; url: URL; call: number }) => Response | Promise<Response>;

/**
 * The REST contract on `baseUrl`, answered by functions a test can swap at any time (`api.offer = ...`).
 * Counts requests per group.
 */
export function programmableApi(initial: { offer?: Responder; interactions?: Responder } = {}) {
  const api = {
    offer: initial.offer ?? (({ ref: at }) => HttpResponse.json(wireOffer({}, at))),
    interactions:
      initial.interactions ??
      (({ url }) =>
        HttpResponse.json(
          wirePage({ page: Number(url.searchParams.get('page')), pageSize: Number(url.searchParams.get('pageSize')) }),
        )),
    offerCalls: 0,
    interactionCalls: 0,
    /** Puts both groups back to valid answers (the server "recovers"). */
    recover() {
      api.offer = ({ ref: at }) => HttpResponse.json(wireOffer({}, at));
      api.interactions = ({ url }) =>
        HttpResponse.json(
          wirePage({ page: Number(url.searchParams.get('page')), pageSize: Number(url.searchParams.get('pageSize')) }),
        );
    },
  };
  const refOf = (params: Record<string, string | readonly string[] | undefined>): OfferRef => ({
    feedId: String(params.feedId),
    skuId: String(params.skuId),
  });
  server.use(
    http.get(`${baseUrl}/feeds/:feedId/skus/:skuId`, ({ request, params }) => {
      api.offerCalls += 1;
      return api.offer({ request, ref: refOf(params), url: new URL(request.url), call: api.offerCalls });
    }),
    http.get(`${baseUrl}/feeds/:feedId/skus/:skuId/interactions`, ({ request, params }) => {
      api.interactionCalls += 1;
      return api.interactions({ request, ref: refOf(params), url: new URL(request.url), call: api.interactionCalls });
    }),
  );
  return api;
}

type GetOffer = (ref: OfferRef, init?: RequestOptions) => unknown;
type ListInteractions = (ref: OfferRef, query: InteractionQuery, init?: RequestOptions) => unknown;

/** A host's own client returning whatever the test says (anything at all: it is not type-checked). */
export function hostClient(impl: { getOffer?: GetOffer; listInteractions?: ListInteractions } = {}) {
  const getOffer = vi.fn<GetOffer>(impl.getOffer ?? (async (at) => wireOffer({}, at)));
  const listInteractions = vi.fn<ListInteractions>(impl.listInteractions ?? (async (_at, query) => wirePage(query)));
  const client = { getOffer, listInteractions } as unknown as OfferManagementClient;
  return { client, getOffer, listInteractions };
}

export function httpClient(options: Partial<HttpClientOptions> = {}): OfferManagementClient {
  return createHttpClient({ baseUrl, ...options });
}

export type Settings = Omit<OfferManagementProviderProps, 'client' | 'children'>;

function providerFor(client: OfferManagementClient, settings: Settings, queryClient: QueryClient) {
  return function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <OfferManagementProvider client={client} queryClient={queryClient} timeZone="UTC" pollInterval={false} {...settings}>
        {children}
      </OfferManagementProvider>
    );
  };
}

/** Both data hooks for one ref and query, as a host would use them. */
export function renderDataHooks(
  client: OfferManagementClient,
  initial: { ref: OfferRef; query: InteractionQuery } = { ref, query: firstPage },
  settings: Settings = {},
) {
  const queryClient = new QueryClient();
  return renderHook(
    (props: { ref: OfferRef; query: InteractionQuery }) => ({
      offer: useOffer(props.ref),
      page: useOfferInteractions(props.ref, props.query),
    }),
    { wrapper: providerFor(client, settings, queryClient), initialProps: initial },
  );
}

/** `<OfferDetails>` in a provider with `client` (UTC, no polling unless `settings` say otherwise). */
export function renderPage(client: OfferManagementClient, props: Partial<OfferDetailsProps> = {}, settings: Settings = {}) {
  const queryClient = new QueryClient();
  const Wrapper = providerFor(client, settings, queryClient);
  const page = (next: Partial<OfferDetailsProps>) => (
    <Wrapper>
      <OfferDetails feedId={ref.feedId} skuId={ref.skuId} {...next} />
    </Wrapper>
  );
  const utils = render(page(props));
  return { ...utils, queryClient, rerenderPage: (next: Partial<OfferDetailsProps>) => utils.rerender(page(next)) };
}

/** Renders any element in the same provider. */
export function renderInProvider(client: OfferManagementClient, ui: ReactElement, settings: Settings = {}) {
  const Wrapper = providerFor(client, settings, new QueryClient());
  return render(<Wrapper>{ui}</Wrapper>);
}

/**
 * Moves fake time on by `ms` inside act, then lets what that released settle (fetch and body reads through
 * msw, promise chains, TanStack's notifications) without moving time further.
 */
export async function advance(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
    for (let i = 0; i < 6; i += 1) {
      await new Promise((resolve) => realSetTimeout(resolve, 0));
      await vi.advanceTimersByTimeAsync(0);
    }
  });
}

/** Fake timers for setTimeout & co. (not Date, so `Date.now()` stays real and monotonic for msw). */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
}

/** Rows of the interactions table that hold data (header and skeleton rows excluded). */
export const dataRows = (): HTMLElement[] =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length > 0 && !row.hasAttribute('data-skeleton-row'));

/** The interactions part of the page (its heading and what follows). */
export function interactionsSection(name = 'Interactions'): HTMLElement {
  const heading = screen.getByRole('heading', { name });
  return (heading.closest('[data-section="interactions"]') ?? heading.parentElement) as HTMLElement;
}
