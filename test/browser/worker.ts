import { isCommonAssetRequest } from 'msw';
import { setupWorker } from 'msw/browser';
import { createMockHandlers, MOCK_BASE_URL } from '../../src/mocks';
import { FROZEN_NOW } from './clock';

/**
 * The one MSW service worker of the browser tests, answering the mock API on `MOCK_BASE_URL` with data relative
 * to `FROZEN_NOW`. Started once by `setup.ts`; tests add handlers with `worker.use(...)` (reset after each test).
 * Import `worker` from here, never `setup.ts` (importing the setup file again starts the worker twice).
 */
export const worker = setupWorker(...createMockHandlers({ baseUrl: MOCK_BASE_URL, now: FROZEN_NOW }));

/** Vite's own module and asset requests pass through silently; anything else unmocked is reported. */
export function onUnhandledRequest(request: Request, print: { warning(): void; error(): void }): void {
  const url = new URL(request.url);
  if (isCommonAssetRequest(request)) return;
  if (url.origin === location.origin && !url.pathname.startsWith(MOCK_BASE_URL)) return;
  // An API call nobody mocks is a test bug: fail loudly.
  if (url.pathname.startsWith(MOCK_BASE_URL)) print.error();
  else print.warning();
}

let inFlight = 0;
let lastChange = 0;
worker.events.on('request:start', () => {
  inFlight += 1;
  lastChange = performance.now();
});
worker.events.on('request:end', () => {
  inFlight = Math.max(0, inFlight - 1);
  lastChange = performance.now();
});

/**
 * Resolves once no request has been in flight for `quietMs` (counted from the call, so requests a render is about to
 * start are waited for), or after `timeoutMs` (a story that never answers, e.g. a loading state, is then captured
 * as it is). Returns whether the network went quiet.
 */
export async function waitForNetworkIdle({ quietMs = 200, timeoutMs = 6000 } = {}): Promise<boolean> {
  const start = performance.now();
  for (;;) {
    const now = performance.now();
    if (inFlight === 0 && now - Math.max(lastChange, start) >= quietMs) return true;
    if (now - start >= timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
