/**
 * The same failures at the page level: `<OfferDetails>` over the HTTP client and msw shows a message a seller
 * understands, in the provider's language, with a Retry that recovers once the server does.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { enMessages, esMessages, ptBRMessages, type OfferLocale, type OfferMessages } from '../../src';
import { cases, ENOUGH_FOR_ALL_RETRIES, json } from './failures';
import { guardSuite } from './guard';
import {
  advance,
  dataRows,
  httpClient,
  interactionsSection,
  programmableApi,
  ref,
  renderPage,
  useFakeClock,
  wireOffer,
} from './fixtures';

guardSuite();
vi.setConfig({ testTimeout: 30_000 }); // the first render of a file is slow (cold modules, styles)

const catalogues: Record<OfferLocale, OfferMessages> = { en: enMessages, 'pt-BR': ptBRMessages, es: esMessages };
const locales: OfferLocale[] = ['en', 'pt-BR', 'es'];
const offerName = `Running shoe ${ref.skuId}`;

/** Nothing technical leaks to the seller: no URL, method, stack or server text. */
function expectNoTechnicalText(container: HTMLElement) {
  const text = container.textContent ?? '';
  expect(text).not.toMatch(/GET |\/feeds\/|HTTP \d{3} from the server|OfferManagementError|SyntaxError|Bad Gateway|undefined|\[object/);
}

describe('every failure, on the page: a localized message and a Retry that recovers', () => {
  it.each(cases.map((c, i) => ({ ...c, locale: locales[i % locales.length] as OfferLocale })))(
    '$what ($locale)',
    async ({ respond, kind, status, locale }) => {
      useFakeClock();
      const m = catalogues[locale];
      const api = programmableApi({ offer: respond, interactions: respond });
      const { container } = renderPage(httpClient({ timeoutMs: 500 }), {}, { locale });

      await advance(ENOUGH_FOR_ALL_RETRIES);
      // Said once, for the whole page, in the seller's language.
      const alerts = screen.getAllByRole('alert');
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toHaveTextContent(m.common.loadError.title[kind]);
      expect(alerts[0]).toHaveTextContent(m.common.loadError.description[kind]);
      if (kind === 'http') expect(container).toHaveTextContent(m.common.loadError.httpStatus.replace('{status}', String(status)));
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expectNoTechnicalText(container);

      api.recover();
      fireEvent.click(screen.getByRole('button', { name: m.common.retry }));
      await advance(100);
      expect(screen.getByRole('heading', { name: offerName })).toBeInTheDocument();
      expect(dataRows()).toHaveLength(3);
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('only the interactions fail: the offer stays up, the table section says so and retries on its own', async () => {
    useFakeClock();
    const api = programmableApi();
    api.interactions = () => json(500);
    renderPage(httpClient());
    await advance(ENOUGH_FOR_ALL_RETRIES);

    expect(screen.getByRole('heading', { name: offerName })).toBeInTheDocument();
    const section = interactionsSection();
    expect(within(section).getByRole('alert')).toHaveTextContent(enMessages.common.loadError.title.http);
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    api.recover();
    const offerCalls = api.offerCalls;
    fireEvent.click(within(section).getByRole('button', { name: 'Retry' }));
    await advance(100);
    expect(dataRows()).toHaveLength(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.offerCalls).toBe(offerCalls); // the offer was not fetched again
  });

  it('only the offer fails: its section says so, the interactions stay up, Retry brings the offer', async () => {
    useFakeClock();
    const api = programmableApi();
    api.offer = () => HttpResponse.error();
    renderPage(httpClient());
    await advance(ENOUGH_FOR_ALL_RETRIES);

    expect(screen.getByRole('alert')).toHaveTextContent(enMessages.common.loadError.title.network);
    expect(dataRows()).toHaveLength(3);
    expect(screen.queryByRole('heading', { name: offerName })).not.toBeInTheDocument();

    api.offer = ({ ref: at }) => HttpResponse.json(wireOffer({}, at));
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await advance(100);
    expect(screen.getByRole('heading', { name: offerName })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('while retrying, the page shows loading (no error flashes between tries)', async () => {
    useFakeClock();
    const api = programmableApi();
    api.offer = ({ call, ref: at }) => (call < 3 ? json(502) : HttpResponse.json(wireOffer({}, at)));
    renderPage(httpClient());
    await advance(10);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getAllByText(enMessages.header.loading).length).toBeGreaterThan(0);
    await advance(1_000);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await advance(2_000);
    expect(screen.getByRole('heading', { name: offerName })).toBeInTheDocument();
    expect(api.offerCalls).toBe(3);
  });
});
