/** The failures the server and the network can produce, with what the hooks must end in. */
import { HttpResponse } from 'msw';
import type { OfferManagementErrorKind } from '../../src';
import type { Responder } from './fixtures';

export const hang = () => new Promise<Response>(() => {});
export const html = (status: number) =>
  new HttpResponse('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>', {
    status,
    headers: { 'Content-Type': 'text/html' },
  });

export interface Case {
  what: string;
  respond: Responder;
  kind: OfferManagementErrorKind;
  status?: number;
  /** Requests made before the hook gives up (1 = never retried; 4 = the first try and 3 retries). */
  requests: 1 | 4;
}

export const json = (status: number, headers?: Record<string, string>) =>
  HttpResponse.json({ message: `HTTP ${status} from the server` }, headers ? { status, headers } : { status });

export const cases: Case[] = [
  { what: 'HTTP 400', respond: () => json(400), kind: 'http', status: 400, requests: 1 },
  { what: 'HTTP 401', respond: () => json(401, { 'WWW-Authenticate': 'Bearer' }), kind: 'unauthorized', status: 401, requests: 1 },
  { what: 'HTTP 403', respond: () => json(403), kind: 'unauthorized', status: 403, requests: 1 },
  { what: 'HTTP 404', respond: () => json(404), kind: 'not-found', status: 404, requests: 1 },
  { what: 'HTTP 409', respond: () => json(409), kind: 'http', status: 409, requests: 1 },
  { what: 'HTTP 429 without Retry-After', respond: () => json(429), kind: 'http', status: 429, requests: 4 },
  { what: 'HTTP 500', respond: () => json(500), kind: 'http', status: 500, requests: 4 },
  { what: 'HTTP 502 HTML page from a proxy', respond: () => html(502), kind: 'http', status: 502, requests: 4 },
  { what: 'HTTP 503', respond: () => json(503), kind: 'http', status: 503, requests: 4 },
  { what: 'connection refused', respond: () => HttpResponse.error(), kind: 'network', requests: 4 },
  { what: 'a hang past timeoutMs', respond: hang, kind: 'timeout', requests: 4 },
  {
    what: 'a 200 body that is not JSON',
    respond: () => new HttpResponse('OK, here is your offer: {feedId: vtex', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    kind: 'invalid-response',
    status: 200,
    requests: 1,
  },
  { what: 'a 200 HTML page (login wall)', respond: () => html(200), kind: 'invalid-response', status: 200, requests: 1 },
  { what: 'a 200 empty body', respond: () => new HttpResponse(null, { status: 200 }), kind: 'invalid-response', status: 200, requests: 1 },
  { what: 'a 204 No Content', respond: () => new HttpResponse(null, { status: 204 }), kind: 'invalid-response', status: 204, requests: 1 },
  { what: 'a JSON null', respond: () => HttpResponse.json(null), kind: 'invalid-response', status: 200, requests: 1 },
  { what: 'a truncated JSON body', respond: () => new HttpResponse('{"feedId":"vtex.meli-classic","na', { status: 200 }), kind: 'invalid-response', status: 200, requests: 1 },
];


/** The wait before each retry (1 s, 2 s, 4 s) plus four request timeouts of 500 ms (the hang case). */
export const ENOUGH_FOR_ALL_RETRIES = 4 * 500 + 1_000 + 2_000 + 4_000 + 100;
