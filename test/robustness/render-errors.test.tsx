/**
 * Errors thrown while rendering stay inside their section (an error state with Retry), never blanking the page:
 * data that passes validation but trips a component, a host's link function that throws, a host's messages
 * override of the wrong shape. And data that would make React warn (duplicate ids) does not.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { enMessages, OfferDetails, type OfferLinks, type OfferMessages } from '../../src';
import { allowConsoleError, guardSuite } from './guard';
import {
  dataRows,
  firstPage,
  hostClient,
  interactionsSection,
  ref,
  renderPage,
  wireInteraction,
  wireOffer,
  wirePage,
  type Settings,
} from './fixtures';

guardSuite();
vi.setConfig({ testTimeout: 30_000 });

const offerName = `Running shoe ${ref.skuId}`;
const somethingWrong = enMessages.common.loadError.title.unknown;

describe('a host link function that throws while rendering', () => {
  it('editHref throws: the header and the status show an error with Retry; the interactions stay up', async () => {
    allowConsoleError(/editHref exploded/);
    let broken = true;
    const links: OfferLinks = {
      editHref: (offer, target) => {
        if (broken) throw new Error('editHref exploded');
        return `/host/${offer.skuId}/${target}`;
      },
    };
    const onSectionError = vi.fn();
    renderPage(hostClient().client, { onSectionError }, { links });

    await waitFor(() => expect(dataRows()).toHaveLength(3));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    for (const alert of alerts) expect(alert).toHaveTextContent(somethingWrong);
    expect(within(interactionsSection()).queryByRole('alert')).not.toBeInTheDocument();
    expect(onSectionError).toHaveBeenCalledWith(expect.objectContaining({ message: 'editHref exploded' }), expect.anything());

    broken = false;
    for (const retry of screen.getAllByRole('button', { name: 'Retry' })) fireEvent.click(retry);
    expect(await screen.findByRole('heading', { name: offerName })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('interactionHref throws: only the interactions section shows the error; the offer stays up', async () => {
    allowConsoleError(/interactionHref exploded/);
    let broken = true;
    const links: OfferLinks = {
      interactionHref: (offer, id) => {
        if (broken) throw new Error('interactionHref exploded');
        return `/host/${offer.skuId}/interactions/${id}`;
      },
    };
    renderPage(hostClient({ getOffer: async (at) => wireOffer({ status: 'synched', errors: [] }, at) }).client, {}, { links });
    expect(await screen.findByRole('heading', { name: offerName })).toBeInTheDocument();
    const section = interactionsSection();
    expect(await within(section).findByRole('alert')).toHaveTextContent(somethingWrong);
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    broken = false;
    fireEvent.click(within(section).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    expect(within(dataRows()[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/host\/2045511\/interactions\//));
  });
});

describe("the host's error reporter itself throws", () => {
  it('[bug: a throwing onSectionError took the page down] onSectionError throwing does not take the page down: the section still shows its error and Retry', async () => {
    allowConsoleError(/editHref exploded|reporter down/);
    const links: OfferLinks = {
      editHref: () => {
        throw new Error('editHref exploded');
      },
    };
    const onSectionError = vi.fn(() => {
      throw new Error('reporter down');
    });
    renderPage(hostClient().client, { onSectionError }, { links });
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    expect((await screen.findAllByRole('alert'))[0]).toHaveTextContent(somethingWrong);
    expect(screen.getAllByRole('button', { name: 'Retry' }).length).toBeGreaterThan(0);
    expect(onSectionError).toHaveBeenCalled();
  });
});

describe('an error outside every section (the page itself cannot render)', () => {
  it('[bug: no page-level boundary] a page mounted without a provider shows an error with Retry; the host around it stays', () => {
    allowConsoleError(/must be used inside <OfferManagementProvider/);
    render(
      <main>
        <h1>Host admin</h1>
        <OfferDetails feedId={ref.feedId} skuId={ref.skuId} />
        <footer>Host footer</footer>
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'Host admin' })).toBeInTheDocument();
    expect(screen.getByText('Host footer')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(somethingWrong);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe("a host's messages override of the wrong shape (untyped JSON from a translation service)", () => {
  const broken = {
    common: { retry: { text: 'Retry' }, loadError: { title: null, description: 42 } },
    table: { range: 7, caption: ['Interactions'], columns: { date: { en: 'Date' } } },
    page: { title: {}, interactions: null },
    header: { edit: () => 'Edit', imageAlt: 12 },
  } as unknown as OfferMessages;

  it('[bug: bad messages override blanked the page] the page renders, falling back to the catalogue for every bad entry', async () => {
    renderPage(hostClient().client, {}, { messages: broken });
    expect(await screen.findByRole('heading', { name: offerName })).toBeInTheDocument();
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    expect(screen.getByRole('table', { name: enMessages.table.caption })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: enMessages.header.edit })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: enMessages.page.interactions })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('[bug: bad messages override blanked the page] its error states still say what happened, with a Retry', async () => {
    const { client } = hostClient({
      getOffer: async () => {
        throw new TypeError('Failed to fetch');
      },
      listInteractions: async () => wirePage(firstPage),
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    renderPage(client, {}, { messages: broken });
    await vi.advanceTimersByTimeAsync(8_000);
    vi.useRealTimers();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(enMessages.common.loadError.title.network);
    expect(alert).toHaveTextContent(enMessages.common.loadError.description.network);
    expect(screen.getByRole('button', { name: enMessages.common.retry })).toBeInTheDocument();
  });

  it('an override whose getters throw is ignored', async () => {
    const trap = Object.defineProperty({}, 'header', {
      enumerable: true,
      get() {
        throw new Error('translation service down');
      },
    }) as OfferMessages;
    renderPage(hostClient().client, {}, { messages: trap });
    expect(await screen.findByRole('heading', { name: offerName })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: enMessages.header.edit })).toBeInTheDocument();
  });

  it('a partial override of the right shape still applies', async () => {
    renderPage(hostClient().client, {}, { messages: { header: { edit: 'Change' }, page: { interactions: 'History' } } });
    expect(await screen.findByRole('button', { name: 'Change' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'History' })).toBeInTheDocument();
  });
});

describe('data that passes validation but would make React warn', () => {
  it('[bug: duplicate React keys] duplicate interaction ids in a page: every row is shown, no duplicate-key warning', async () => {
    const items = [wireInteraction(1, { id: 'SAME' }), wireInteraction(2, { id: 'SAME' }), wireInteraction(3, { id: 'SAME' })];
    renderPage(hostClient({ listInteractions: async () => ({ items, total: 3, page: 1, pageSize: 25 }) }).client);
    await waitFor(() => expect(dataRows()).toHaveLength(3));
  });

  it('duplicate errors (same code and interaction) are each listed, no warning', async () => {
    const error = (wireOffer().errors as unknown[])[0];
    renderPage(hostClient({ getOffer: async (at) => wireOffer({ errors: [error, error, error] }, at) }).client);
    expect(await screen.findByRole('heading', { name: offerName })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Missing brand' })).toHaveLength(3);
  });
});

describe("a host's theme override of the wrong shape", () => {
  it('[bug: bad theme override blanked the page] the page renders with the default tokens for every bad entry', async () => {
    const theme = { colors: null, space: 'big', radii: { md: { px: 4 } }, typography: { fontSize: 14 } } as unknown as Settings['theme'];
    renderPage(hostClient().client, {}, { theme });
    expect(await screen.findByRole('heading', { name: offerName })).toBeInTheDocument();
    await waitFor(() => expect(dataRows()).toHaveLength(3));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('[bug: WeakMap TypeError on a non-object theme/messages] a theme or messages that are not objects at all are ignored', async () => {
    renderPage(hostClient().client, {}, {
      theme: 'dark' as unknown as Settings['theme'],
      messages: 'pt-BR' as unknown as Settings['messages'],
    });
    expect(await screen.findByRole('heading', { name: offerName })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: enMessages.header.edit })).toBeInTheDocument();
  });
});
