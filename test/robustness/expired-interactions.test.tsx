/**
 * Interaction details are kept ten days. Past that, "View interaction" says the details have expired instead of
 * linking to nothing — in the error list. In the interactions table an older row also shows "Details expired"
 * under its date, and still opens (every row reaches its interaction; the host's page says what is left).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  enMessages,
  INTERACTION_RETENTION_MS,
  InteractionTable,
  parseInteractionPage,
  ptBRMessages,
  type OfferLinks,
} from '../../src';
import { guardSuite } from './guard';
import { dataRows, firstPage, hostClient, ref, renderPage, wireInteraction, wireOffer } from './fixtures';

guardSuite();
vi.setConfig({ testTimeout: 30_000 });

const DAY = 86_400_000;
/** Relative to the real clock: the page reads `Date.now()`. */
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const links: OfferLinks = {
  interactionHref: (offer, id) => `/host/${offer.skuId}/interactions/${id}`,
  editHref: (offer, target) => `/host/${offer.skuId}/edit/${target}`,
};

function offerWithErrors() {
  const base = (wireOffer().errors as Array<Record<string, unknown>>)[0];
  return wireOffer({
    errors: [
      { ...base, title: 'Old error', interactionId: 'OLD', date: ago(11) },
      { ...base, title: 'Recent error', interactionId: 'RECENT', date: ago(9), code: 'PRC-001', origin: 'price' },
    ],
  });
}

const page = () => ({
  items: [wireInteraction(0, { id: 'NEW', startDate: ago(2) }), wireInteraction(1, { id: 'OLDROW', startDate: ago(11) })],
  total: 2,
  page: 1,
  pageSize: 25,
});

async function openPage(settings: Parameters<typeof renderPage>[2], props: Parameters<typeof renderPage>[1] = {}) {
  const { client } = hostClient({ getOffer: async (at) => ({ ...offerWithErrors(), ...at }), listInteractions: async () => page() });
  const utils = renderPage(client, props, settings);
  await waitFor(() => expect(dataRows()).toHaveLength(2));
  return utils;
}

const rowById = (id: string) => dataRows().find((row) => row.getAttribute('data-interaction-id') === id) as HTMLElement;

describe('on the page, end to end', () => {
  it('an error older than ten days says its details expired; a recent one links to the host', async () => {
    await openPage({ links });
    fireEvent.click(screen.getByRole('button', { name: 'Old error' }));
    fireEvent.click(screen.getByRole('button', { name: 'Recent error' }));

    const oldItem = screen.getByRole('button', { name: 'Old error' }).closest('li') as HTMLElement;
    expect(oldItem).toHaveTextContent(enMessages.errors.interactionExpired);
    expect(within(oldItem).queryByRole('link', { name: /View interaction/ })).not.toBeInTheDocument();
    expect(within(oldItem).queryByRole('button', { name: /View interaction/ })).not.toBeInTheDocument();
    // The fix action is still there: the error can still be fixed.
    expect(within(oldItem).getByRole('link', { name: enMessages.errors.action.catalog })).toHaveAttribute('href', `/host/${ref.skuId}/edit/information`);

    const recentItem = screen.getByRole('button', { name: 'Recent error' }).closest('li') as HTMLElement;
    expect(within(recentItem).getByRole('link', { name: /View interaction/ })).toHaveAttribute('href', `/host/${ref.skuId}/interactions/RECENT`);
    expect(recentItem).not.toHaveTextContent(enMessages.errors.interactionExpired);
  });

  it('decision: a table row older than ten days shows "Details expired" and still links; a recent row has no note', async () => {
    await openPage({ links });
    const oldRow = rowById('OLDROW');
    expect(oldRow).toHaveTextContent(enMessages.table.detailsExpired);
    expect(within(oldRow).getByRole('link')).toHaveAttribute('href', `/host/${ref.skuId}/interactions/OLDROW`);
    const newRow = rowById('NEW');
    expect(newRow).not.toHaveTextContent(enMessages.table.detailsExpired);
    expect(within(newRow).getByRole('link')).toHaveAttribute('href', `/host/${ref.skuId}/interactions/NEW`);
  });

  it('with callbacks instead of links: an expired error never calls onInteractionSelect', async () => {
    const onInteractionSelect = vi.fn();
    await openPage({}, { onInteractionSelect });
    fireEvent.click(screen.getByRole('button', { name: 'Old error' }));
    const oldItem = screen.getByRole('button', { name: 'Old error' }).closest('li') as HTMLElement;
    expect(within(oldItem).queryByRole('button', { name: enMessages.errors.viewInteraction })).not.toBeInTheDocument();
    expect(onInteractionSelect).not.toHaveBeenCalled();

    fireEvent.click(within(rowById('NEW')).getByRole('button'));
    expect(onInteractionSelect).toHaveBeenCalledWith(expect.objectContaining({ skuId: ref.skuId }), 'NEW');
  });

  it('in the seller’s language', async () => {
    await openPage({ links, locale: 'pt-BR' });
    expect(rowById('OLDROW')).toHaveTextContent(ptBRMessages.table.detailsExpired);
    fireEvent.click(screen.getByRole('button', { name: 'Old error' }));
    expect(document.body).toHaveTextContent(ptBRMessages.errors.interactionExpired);
  });
});

describe('the ten-day edge (InteractionTable with a fixed now)', () => {
  const now = Date.parse('2026-11-27T12:00:00.000Z');
  it.each([
    ['exactly ten days', 0, false],
    ['ten days and a millisecond', 1, true],
    ['a day less', -DAY, false],
  ])('%s → expired: %s', (_what, extra, expired) => {
    const startDate = new Date(now - INTERACTION_RETENTION_MS - extra).toISOString();
    const data = parseInteractionPage({ items: [wireInteraction(0, { startDate })], total: 1, page: 1, pageSize: 25 });
    render(<InteractionTable data={data} query={firstPage} onQueryChange={() => {}} now={now} interactionHref={() => '/host/x'} />);
    const row = dataRows()[0] as HTMLElement;
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/host/x');
    expect(row.textContent?.includes(enMessages.table.detailsExpired)).toBe(expired);
  });
});
