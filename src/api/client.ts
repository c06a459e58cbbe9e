/**
 * The HTTP client for the Offer Management REST contract (see `openapi.yaml`):
 *
 * - `GET {baseUrl}/feeds/{feedId}/skus/{skuId}` → `Offer`
 * - `GET {baseUrl}/feeds/{feedId}/skus/{skuId}/interactions?origin=…&result=…&page=1&pageSize=25` → `InteractionPage`
 *
 * Every failure is an `OfferManagementError`; every answer is validated.
 */
import { OfferManagementError, isOfferManagementError } from './errors';
import { parseInteractionPage, parseOffer } from './schema';
import type { InteractionPage, InteractionQuery, Offer, OfferManagementClient, OfferRef, RequestOptions } from './types';

/** Headers as a plain object, a `Headers`, or entries. */
export type HttpHeaders = HeadersInit;

export interface HttpClientOptions {
  /**
   * Where the API lives, absolute (`https://admin.example.com/api/offer-management`)
   * or relative to the page (`/api/offer-management`); a trailing slash is fine.
   */
  baseUrl: string;
  /** The `fetch` to use; defaults to `globalThis.fetch`, looked up on every request. */
  fetch?: typeof globalThis.fetch;
  /**
   * Extra request headers, or a function (sync or async) called before every
   * request — where a host adds its auth token. `Accept: application/json` is always sent.
   */
  headers?: HttpHeaders | (() => HttpHeaders | undefined | Promise<HttpHeaders | undefined>);
  /** Abort a request (and report `timeout`) after this many ms; default 15000. `0` or `Infinity` turns it off. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * One path segment, encoded. An id that is empty, `.` or `..` has no offer: URL parsing would resolve such a
 * segment (even as `%2e%2e`) and send the request, with the host's auth headers, to another path of the API
 * (`/feeds/x/skus/..` → `/feeds/x/`); it is refused as `not-found` before any request.
 */
function segment(value: string, name: string): string {
  if (typeof value !== 'string' || /^(\.|%2e){0,2}$/i.test(value)) {
    throw new OfferManagementError('not-found', `No offer has the ${name} "${String(value)}".`);
  }
  return encodeURIComponent(value);
}

const offerPath = (ref: OfferRef) => `/feeds/${segment(ref.feedId, 'feedId')}/skus/${segment(ref.skuId, 'skuId')}`;

/** `?origin=price&origin=inventory&result=failure&page=1&pageSize=25` (filters repeated, omitted when empty). */
export function interactionSearch(query: InteractionQuery): string {
  const params = new URLSearchParams();
  for (const origin of query.origins ?? []) params.append('origin', origin);
  for (const result of query.results ?? []) params.append('result', result);
  params.append('page', String(query.page));
  params.append('pageSize', String(query.pageSize));
  return `?${params.toString()}`;
}

/**
 * Reads a `Retry-After` header (delta-seconds or an HTTP-date) as milliseconds
 * from `now`; `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP-date names its day and month (`Fri, 27 Nov 2026 10:00:30 GMT`); `Date.parse` alone would take "1.5".
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The part of a URL after its origin, for messages: `/api/feeds/a/skus/b`. */
const describe = (url: string) => url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '') || '/';

/** Rejects when `signal` aborts, so a fetch or body read that ignores the signal cannot hang us. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Creates an `OfferManagementClient` that speaks the REST contract over `fetch`. */
export function createHttpClient(options: HttpClientOptions): OfferManagementClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function get<T>(path: string, parse: (body: unknown) => T, init: RequestOptions = {}): Promise<T> {
    const url = base + path;
    const where = `GET ${describe(url)}`;
    const callerSignal = init.signal;
    const aborted = () => new OfferManagementError('aborted', `${where} was aborted.`, { cause: callerSignal?.reason });
    if (callerSignal?.aborted) throw aborted();

    // One controller carries both the caller's abort and the timeout (no need for AbortSignal.any).
    const controller = new AbortController();
    let timedOut = false;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const timer =
      timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort(new DOMException(`Timed out after ${timeoutMs} ms`, 'TimeoutError'));
          }, timeoutMs)
        : undefined;

    const failure = (cause: unknown, reading: boolean) => {
      if (isOfferManagementError(cause)) return cause;
      if (callerSignal?.aborted) return aborted();
      if (timedOut) return new OfferManagementError('timeout', `${where} timed out after ${timeoutMs} ms.`, { cause });
      return new OfferManagementError(
        'network',
        reading ? `${where} failed while reading the response.` : `${where} failed: the server could not be reached.`,
        { cause },
      );
    };

    try {
      let response: Response;
      try {
        const given = options.headers;
        // A slow token lookup counts towards the timeout and gives way to the caller's abort.
        const headers = new Headers(
          typeof given === 'function' ? await untilAborted(Promise.resolve(given()), controller.signal) : given,
        );
        headers.set('Accept', 'application/json');
        const request = { method: 'GET', headers, signal: controller.signal };
        response = await untilAborted(
          options.fetch ? options.fetch(url, request) : globalThis.fetch(url, request),
          controller.signal,
        );
      } catch (cause) {
        throw failure(cause, false);
      }

      if (!response.ok) {
        // Don't wait for the body: `await body.cancel()` can hang (msw 2.15 on Node 20).
        response.body?.cancel().catch(() => undefined);
        const { status } = response;
        const text = `${where} failed with HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}.`;
        if (status === 401 || status === 403) throw new OfferManagementError('unauthorized', text, { status });
        if (status === 404) throw new OfferManagementError('not-found', text, { status });
        const retryAfterMs =
          status === 429 || status === 503 ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
        throw new OfferManagementError('http', text, retryAfterMs === undefined ? { status } : { status, retryAfterMs });
      }

      let body: unknown;
      try {
        const text = await untilAborted(response.text(), controller.signal);
        body = JSON.parse(text);
      } catch (cause) {
        if (cause instanceof SyntaxError) {
          throw new OfferManagementError(
            'invalid-response',
            `${where} answered HTTP ${response.status} with a body that is not JSON.`,
            { status: response.status, cause },
          );
        }
        throw failure(cause, true);
      }

      try {
        return parse(body);
      } catch (cause) {
        if (!isOfferManagementError(cause)) throw cause;
        throw new OfferManagementError('invalid-response', `${where}: ${cause.message}`, {
          status: response.status,
          ...(cause.field === undefined ? {} : { field: cause.field }),
          cause,
        });
      }
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  return {
    // `async`: a refused id rejects like any other failure instead of throwing synchronously.
    getOffer: async (ref: OfferRef, init?: RequestOptions): Promise<Offer> => get(offerPath(ref), parseOffer, init),
    listInteractions: async (ref: OfferRef, query: InteractionQuery, init?: RequestOptions): Promise<InteractionPage> =>
      get(`${offerPath(ref)}/interactions${interactionSearch(query)}`, parseInteractionPage, init),
  };
}
