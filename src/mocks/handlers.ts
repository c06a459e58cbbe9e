import { delay, http, HttpResponse } from 'msw';
import type { HttpHandler, PathParams } from 'msw';
import type { OfferRef } from '../api/types';
import { findChannel } from './catalogue';
import { createMockStore } from './database';
import type { MockDatabaseOptions, MockStore } from './database';
import type { MockOfferRecord } from './generator';
import { isFailureScenario, mockScenarioRefs, scenarioForRef } from './scenarios';
import type { MockFailureScenario, MockScenario } from './scenarios';
import { toWireOffer, wirePage } from './wire';

/** The base URL the default `handlers` (and Storybook) use. */
export const MOCK_BASE_URL = '/api/offer-management';

/** How long the `slow` scenario makes every answer wait, in ms. */
export const MOCK_SLOW_DELAY_MS = 2000;

export interface MockHandlerOptions extends MockDatabaseOptions {
  /** Where the API lives: absolute (`https://api.example.com/v1`) or relative (`/api/offer-management`). */
  baseUrl: string;
  /** How long the `slow` scenario waits before answering, in ms (default 2000; tests may pass less). */
  delayMs?: number;
}

/** The handlers by group, so a story or test can replace one group and keep the other. */
export interface MockHandlerGroups {
  /** `GET {baseUrl}/feeds/:feedId/skus/:skuId` */
  offer: HttpHandler[];
  /** `GET {baseUrl}/feeds/:feedId/skus/:skuId/interactions` */
  interactions: HttpHandler[];
}

export type MockHandlerGroup = keyof MockHandlerGroups;

const trimBase = (baseUrl: string) => baseUrl.replace(/\/+$/, '');
const offerPath = (baseUrl: string) => `${trimBase(baseUrl)}/feeds/:feedId/skus/:skuId`;
const interactionsPath = (baseUrl: string) => `${offerPath(baseUrl)}/interactions`;

const one = (value: string | readonly string[] | undefined): string =>
  typeof value === 'string' ? value : (value?.[0] ?? '');

const refOf = (params: PathParams): OfferRef => ({ feedId: one(params.feedId), skuId: one(params.skuId) });

const message = (status: number, text: string, headers?: Record<string, string>) =>
  HttpResponse.json({ message: text }, headers ? { status, headers } : { status });

const notFound = (ref: OfferRef) => message(404, `Offer not found: SKU ${ref.skuId} on feed ${ref.feedId}.`);

type QueryResult =
  | { ok: true; origins: string[]; results: string[]; page: number; pageSize: number }
  | { ok: false; message: string };

function readInteger(url: URL, name: string, fallback: number, min: number, max: number): number | string {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw.trim())) return `Invalid ${name} "${raw}": it must be an integer between ${min} and ${max}.`;
  const value = Number(raw);
  if (value < min || value > max) return `Invalid ${name} ${value}: it must be an integer between ${min} and ${max}.`;
  return value;
}

/** Reads `?origin=…&origin=…&result=…&page=1&pageSize=25` (comma-separated lists are accepted too). */
export function readInteractionQuery(url: URL): QueryResult {
  const list = (name: string) =>
    url.searchParams
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== '');
  const page = readInteger(url, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
  if (typeof page === 'string') return { ok: false, message: page };
  const pageSize = readInteger(url, 'pageSize', 25, 1, 100);
  if (typeof pageSize === 'string') return { ok: false, message: pageSize };
  return { ok: true, origins: list('origin'), results: list('result'), page, pageSize };
}

/** The record, answering for `ref` (a scenario handler serves its scenario's offer whatever the ref). */
function asRef(record: MockOfferRecord, ref: OfferRef): MockOfferRecord {
  if (record.offer.feedId === ref.feedId && record.offer.skuId === ref.skuId) return record;
  const channel = findChannel(ref.feedId);
  return {
    ...record,
    offer: {
      ...record.offer,
      feedId: ref.feedId,
      skuId: ref.skuId,
      channel: channel ? { name: channel.name, logoUrl: channel.logoUrl } : record.offer.channel,
    },
  };
}

function serve(group: MockHandlerGroup, record: MockOfferRecord, request: Request): Response {
  if (group === 'offer') return HttpResponse.json(toWireOffer(record.offer, record.wire));
  const query = readInteractionQuery(new URL(request.url));
  if (!query.ok) return message(400, query.message);
  return HttpResponse.json(wirePage(record, query));
}

function fail(scenario: MockFailureScenario, group: MockHandlerGroup, ref: OfferRef): Response {
  switch (scenario) {
    case 'not-found':
      return notFound(ref);
    case 'unauthorized':
      return message(401, 'Unauthorized: the access token is missing, invalid or expired.', {
        'WWW-Authenticate': 'Bearer realm="offer-management"',
      });
    case 'server-error':
      return message(500, 'Internal server error. Try again in a few minutes.');
    case 'network-error':
      return HttpResponse.error();
    case 'malformed':
      return group === 'offer'
        ? // Not JSON at all: cut off in the middle.
          new HttpResponse(`{"feedId":"${ref.feedId}","skuId":"${ref.skuId}","name":"Tênis`, {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          })
        : // JSON, but not an interaction page.
          HttpResponse.json({ data: [{ id: 42, date: 'yesterday' }], total: 'many' });
  }
}

interface Context {
  store: MockStore;
  delayMs: number;
}

function context(options: Omit<MockHandlerOptions, 'baseUrl'>): Context {
  return { store: createMockStore(options), delayMs: options.delayMs ?? MOCK_SLOW_DELAY_MS };
}

/** How the default handlers answer one request. */
async function answer(group: MockHandlerGroup, ctx: Context, ref: OfferRef, request: Request): Promise<Response> {
  const scenario = scenarioForRef(ref);
  if (scenario !== undefined && isFailureScenario(scenario)) return fail(scenario, group, ref);
  if (scenario === 'slow') await delay(ctx.delayMs);
  const record = ctx.store.getRecord(ref);
  return record ? serve(group, record, request) : notFound(ref);
}

/** How a scenario handler answers one request, whatever the ref. */
async function answerAs(scenario: MockScenario, group: MockHandlerGroup, ctx: Context, ref: OfferRef, request: Request) {
  if (isFailureScenario(scenario)) return fail(scenario, group, ref);
  if (scenario === 'slow') {
    await delay(ctx.delayMs);
    const own = ctx.store.getRecord(ref);
    if (own) return serve(group, own, request);
  }
  const record = ctx.store.getRecord(mockScenarioRefs[scenario]);
  if (!record) throw new Error(`mock API: no data for scenario ${scenario}`);
  return serve(group, asRef(record, ref), request);
}

function groups(
  baseUrl: string,
  respond: (group: MockHandlerGroup, ref: OfferRef, request: Request) => Promise<Response>,
): MockHandlerGroups {
  return {
    offer: [http.get(offerPath(baseUrl), ({ params, request }) => respond('offer', refOf(params), request))],
    interactions: [http.get(interactionsPath(baseUrl), ({ params, request }) => respond('interactions', refOf(params), request))],
  };
}

/**
 * MSW handlers for the REST contract over a seeded in-memory database, by group.
 * The refs in `mockScenarioRefs` answer with their scenario; any other unknown ref is a 404.
 */
export function createMockHandlerGroups(options: MockHandlerOptions): MockHandlerGroups {
  const ctx = context(options);
  return groups(options.baseUrl, (group, ref, request) => answer(group, ctx, ref, request));
}

/** The handlers of `createMockHandlerGroups`, as one flat list for `setupServer` / `setupWorker`. */
export function createMockHandlers(options: MockHandlerOptions): HttpHandler[] {
  const { offer, interactions } = createMockHandlerGroups(options);
  return [...offer, ...interactions];
}

export interface ScenarioHandlerOptions extends Omit<MockHandlerOptions, 'baseUrl'> {
  /** Defaults to `MOCK_BASE_URL`. */
  baseUrl?: string;
  /** Only this group plays the scenario (both by default). */
  group?: MockHandlerGroup;
}

/**
 * Handlers that make every request (of `group`, or of both groups) play `scenario`, whatever the ref:
 * prepend them with `server.use(...)` or msw-storybook-addon's `msw.use(...)`. Data scenarios answer with
 * the scenario's seeded offer, re-addressed to the requested ref.
 */
export function createScenarioHandlers(scenario: MockScenario, options: ScenarioHandlerOptions = {}): HttpHandler[] {
  const { baseUrl = MOCK_BASE_URL, group, ...rest } = options;
  const ctx = context(rest);
  const all = groups(baseUrl, (g, ref, request) => answerAs(scenario, g, ctx, ref, request));
  return group ? all[group] : [...all.offer, ...all.interactions];
}

/** The default handlers, on `MOCK_BASE_URL`: what Storybook uses. */
export const handlers: HttpHandler[] = createMockHandlers({ baseUrl: MOCK_BASE_URL });
