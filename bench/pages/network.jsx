// A scripted session against OfferDetails on the MSW mock API (handlers answered in-page through msw's
// getResponse, behind a counting fetch given to createHttpClient). Driven from Playwright via window.__net.
import { QueryClient } from '@tanstack/react-query';
import { createHttpClient, OfferDetails, OfferManagementProvider } from '@offer-management/react';
import { createMockHandlers, mockScenarioRefs } from '@offer-management/react/mocks';
import { getResponse } from 'msw';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const BASE = 'http://mock.test/api';
const handlers = createMockHandlers({ baseUrl: BASE });
const log = [];
let inFlight = 0;
let lastChange = performance.now();

async function countingFetch(input, init) {
  const request = new Request(input, init);
  const url = new URL(request.url);
  log.push(`${request.method} ${url.pathname.replace('/api', '')}${url.search}`);
  inFlight += 1;
  lastChange = performance.now();
  try {
    return (await getResponse(handlers, request)) ?? new Response('not mocked', { status: 404 });
  } finally {
    inFlight -= 1;
    lastChange = performance.now();
  }
}

const client = createHttpClient({ baseUrl: BASE, fetch: countingFetch });
const appQueryClient = new QueryClient();
const variant = new URLSearchParams(location.search).get('variant') ?? 'root';
const ref = mockScenarioRefs[new URLSearchParams(location.search).get('scenario') ?? 'many-interactions'];

let setApp;
function App() {
  const [state, set] = useState({ open: false, query: { page: 1, pageSize: 25 } });
  setApp = set;
  const page = state.open ? (
    <OfferDetails feedId={ref.feedId} skuId={ref.skuId} query={state.query} onQueryChange={(query) => set((s) => ({ ...s, query }))} />
  ) : null;
  if (variant === 'root') return page; // provider at the app root, around every page (recommended)
  // provider inside the page, no queryClient given: its own QueryClient goes away with the page
  return page && <OfferManagementProvider client={client}>{page}</OfferManagementProvider>;
}

const Root = () =>
  variant === 'root' ? (
    <OfferManagementProvider client={client} queryClient={appQueryClient}>
      <App />
    </OfferManagementProvider>
  ) : (
    <App />
  );

createRoot(document.getElementById('root')).render(<Root />);

window.__net = {
  ref,
  variant,
  requests: () => [...log],
  /** Resolves once no request is in flight and none started for `quietMs`. */
  idle: (quietMs = 400) =>
    new Promise((resolve) => {
      const tick = () => (inFlight === 0 && performance.now() - lastChange >= quietMs ? resolve() : setTimeout(tick, 50));
      tick();
    }),
  open: () => flushSync(() => setApp((s) => ({ ...s, open: true }))),
  leave: () => flushSync(() => setApp((s) => ({ ...s, open: false }))),
  setQuery: (patch) => flushSync(() => setApp((s) => ({ ...s, query: { ...s.query, ...patch } }))),
  rows: () => document.querySelectorAll('tbody tr[data-interaction-id]').length,
};
window.__netReady = true;
