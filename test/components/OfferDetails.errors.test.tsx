import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 15_000 });
import { enMessages } from '../../src/i18n';
import { createMockHandlers, createScenarioHandlers, mockOfferRefs, type MockScenario } from '../../src/mocks';
import { server } from '../server';
import {
  NOW,
  baseUrl,
  dataRows,
  db,
  interactionRequests,
  interactionsSection,
  offerOf,
  offerRequests,
  recordRequests,
  renderPage,
  useMockApi,
} from './OfferDetails.helpers';

afterEach(() => {
  server.events.removeAllListeners();
  vi.useRealTimers();
});

const ref = mockOfferRefs.synched;
const offer = offerOf(ref);
const rowCount = db.listInteractions(ref, { page: 1, pageSize: 25 })?.items.length ?? -1;
const { title, description } = enMessages.common.loadError;

/** Every request (or only one group's) plays `scenario`, until `recover()` puts the normal mock API back. */
function failWith(scenario: MockScenario, group?: 'offer' | 'interactions') {
  useMockApi();
  server.use(...createScenarioHandlers(scenario, { baseUrl, now: NOW, ...(group ? { group } : {}) }));
  return { recover: () => server.use(...createMockHandlers({ baseUrl, now: NOW })) };
}

describe('<OfferDetails /> when the offer cannot be loaded (not retried)', () => {
  it.each([
    ['not-found', 'HTTP 404', title['not-found'], description['not-found']],
    ['unauthorized', 'HTTP 401', title.unauthorized, description.unauthorized],
    ['malformed', 'a malformed body', title['invalid-response'], description['invalid-response']],
  ] as const)('%s (%s): one message in a seller’s words, and Retry recovers', async (scenario, _what, heading, text) => {
    const { recover } = failWith(scenario);
    const requests = recordRequests();
    const user = userEvent.setup();
    renderPage(ref);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(heading);
    expect(alert).toHaveTextContent(text);
    // Said once for the whole page: no other part shows an error or a table.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Interactions' })).not.toBeInTheDocument();
    expect(offerRequests(requests)).toHaveLength(1); // 4xx and invalid responses are not retried

    recover();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: offer.name })).toBeInTheDocument();
    await waitFor(() => expect(dataRows()).toHaveLength(rowCount));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Focus went with the Retry button: it lands on the offer's name, not on <body>.
    expect(screen.getByRole('heading', { name: offer.name })).toHaveFocus();
  });

  it('says it in the provider’s locale', async () => {
    failWith('not-found');
    renderPage(ref, { locale: 'pt-BR' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Anúncio não encontrado');
    expect(screen.getByRole('button', { name: 'Tentar novamente' })).toBeInTheDocument();
  });
});

describe('<OfferDetails /> when the API fails for a while (retried 3 times, with backoff)', () => {
  it.each([
    ['server-error', 'HTTP 500', title.http, 'Error code: 500'],
    ['network-error', 'a network failure', title.network, description.network],
  ] as const)('%s (%s): loading while retrying, then the error, and Retry recovers', async (scenario, _what, heading, text) => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { recover } = failWith(scenario);
    const requests = recordRequests();
    renderPage(ref);

    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(offerRequests(requests)).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Loading offer' })).toBeInTheDocument();

    // 1 s, 2 s, 4 s between the tries.
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(offerRequests(requests)).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(7_000));
    expect(offerRequests(requests)).toHaveLength(4);
    expect(interactionRequests(requests)).toHaveLength(4);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(heading);
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1); // both parts failed: said once

    recover();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(await screen.findByRole('heading', { name: offer.name })).toBeInTheDocument();
    await waitFor(() => expect(dataRows()).toHaveLength(rowCount));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('<OfferDetails /> when one part fails', () => {
  it('keeps the interactions when only the offer fails, and retries just the offer', async () => {
    const { recover } = failWith('malformed', 'offer');
    const requests = recordRequests();
    const user = userEvent.setup();
    renderPage(ref);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title['invalid-response']);
    await waitFor(() => expect(dataRows()).toHaveLength(rowCount));
    // The outline stays whole without the offer's name.
    expect(screen.getByRole('heading', { level: 2, name: 'Offer details' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Status' })).not.toBeInTheDocument();

    // Still failing: the new Retry button takes the focus.
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retry' })).toHaveFocus());
    expect(offerRequests(requests)).toHaveLength(2);

    recover();
    const before = interactionRequests(requests).length;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: offer.name })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Status' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(interactionRequests(requests)).toHaveLength(before);
  });

  it('keeps the header and status when only the interactions fail, with Retry inside the section', async () => {
    const { recover } = failWith('malformed', 'interactions');
    const user = userEvent.setup();
    renderPage(ref);

    await screen.findByRole('heading', { name: offer.name });
    const section = interactionsSection();
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent(title['invalid-response']);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Status' })).toBeInTheDocument();

    recover();
    await user.click(within(section).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(dataRows()).toHaveLength(rowCount));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Interactions' })).toHaveFocus();
  });

  it('shows the next page’s failure in the table and keeps the header', async () => {
    useMockApi();
    const user = userEvent.setup();
    renderPage(mockOfferRefs.error);
    await screen.findByRole('heading', { name: offerOf(mockOfferRefs.error).name });
    await waitFor(() => expect(dataRows().length).toBeGreaterThan(0));

    server.use(...createScenarioHandlers('unauthorized', { baseUrl, now: NOW, group: 'interactions' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Items per page' }), '10');
    expect(await screen.findByRole('alert')).toHaveTextContent(title.unauthorized);
    expect(screen.getByRole('heading', { name: offerOf(mockOfferRefs.error).name })).toBeInTheDocument();
  });
});
