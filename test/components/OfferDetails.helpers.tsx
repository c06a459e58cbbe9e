import { QueryClient } from '@tanstack/react-query';
import { configure, render, screen, within } from '@testing-library/react';
import type { ComponentProps, ReactElement } from 'react';
import { createHttpClient } from '../../src/api/client';
import type { OfferRef } from '../../src/api/types';
import { OfferDetails } from '../../src/components/OfferDetails';

/** The page's props, with `ref`. */
export type PageProps = ComponentProps<typeof OfferDetails>;
import {
  OfferManagementProvider,
  type OfferManagementProviderProps,
} from '../../src/hooks/OfferManagementProvider';
import { createMockDatabase, createMockHandlers } from '../../src/mocks';
import { server } from '../server';

// Two cores shared with other suites: give async queries room (a real failure still fails).
configure({ asyncUtilTimeout: 4_000 });

/** The instant the mock data is relative to, in tests. */
// The real clock: the page judges the ten-day retention against Date.now(), so fixtures stay relative to it.
export const NOW = Date.now();
export const baseUrl = 'https://api.offers.test/v1';
/** The same seeded data the mock API serves, to compute what the page must show. */
export const db = createMockDatabase({ now: NOW });

/** The mock API on `baseUrl`, answering from `db`'s data. */
export function useMockApi(): void {
  server.use(...createMockHandlers({ baseUrl, now: NOW, delayMs: 50 }));
}

/** Every request the page sent, as URLs, in order (call in a test, after `useMockApi`). */
export function recordRequests(): URL[] {
  const urls: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    urls.push(new URL(request.url));
  });
  return urls;
}

export const interactionRequests = (urls: URL[]) => urls.filter((url) => url.pathname.endsWith('/interactions'));
export const offerRequests = (urls: URL[]) => urls.filter((url) => !url.pathname.endsWith('/interactions'));

export type PageSettings = Omit<OfferManagementProviderProps, 'client' | 'children'>;

/**
 * Renders `ui` (default: `<OfferDetails>` for `props`) in a provider whose HTTP client talks to the mock API,
 * with a fresh QueryClient, UTC dates and no polling (unless `settings` say otherwise).
 */
export function renderPage(props: PageProps, settings: PageSettings = {}) {
  const queryClient = new QueryClient();
  const client = createHttpClient({ baseUrl });
  const wrap = (ui: ReactElement) => (
    <OfferManagementProvider client={client} queryClient={queryClient} timeZone="UTC" pollInterval={false} {...settings}>
      {ui}
    </OfferManagementProvider>
  );
  const utils = render(wrap(<OfferDetails {...props} />));
  return {
    ...utils,
    queryClient,
    rerenderPage: (next: PageProps) => utils.rerender(wrap(<OfferDetails {...next} />)),
  };
}

/** Renders any tree inside the same provider as `renderPage`. */
export function renderInProvider(ui: ReactElement, settings: PageSettings = {}) {
  const queryClient = new QueryClient();
  const client = createHttpClient({ baseUrl });
  return render(
    <OfferManagementProvider client={client} queryClient={queryClient} timeZone="UTC" pollInterval={false} {...settings}>
      {ui}
    </OfferManagementProvider>,
  );
}

export function offerOf(ref: OfferRef) {
  const offer = db.getOffer(ref);
  if (!offer) throw new Error(`no mock offer for ${ref.feedId}/${ref.skuId}`);
  return offer;
}

/** The interactions table (its caption names it). */
export const table = (name = 'Interactions') => screen.getByRole('table', { name });

/** The data rows of the table (header and skeleton rows excluded). */
export function dataRows(name?: string): HTMLElement[] {
  const rows = within(table(name)).queryAllByRole('row');
  return rows.filter((row) => within(row).queryAllByRole('cell').length > 0);
}

/** The pagination landmark (its text is "1–25 of 5,000"). */
export const pagination = (name = 'Pagination') => screen.getByRole('navigation', { name });

/** Heading levels and names in document order. */
export function outline(): Array<[number, string]> {
  return screen
    .getAllByRole('heading')
    .map((heading) => [Number(heading.tagName.slice(1)), heading.textContent ?? ''] as [number, string]);
}

/** The interactions part of the page (under its "Interactions" heading). */
export function interactionsSection(name = 'Interactions'): HTMLElement {
  const section = screen.getByRole('heading', { name }).closest<HTMLElement>('[data-section="interactions"]');
  if (!section) throw new Error('no interactions section');
  return section;
}
