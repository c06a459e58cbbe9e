import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as InteractionTableModule from '../../src/components/InteractionTable/InteractionTable';
import type * as OfferStatusModule from '../../src/components/OfferStatus/OfferStatus';
import { mockOfferRefs } from '../../src/mocks';
import { dataRows, db, interactionsSection, offerOf, renderPage, useMockApi } from './OfferDetails.helpers';

vi.setConfig({ testTimeout: 15_000 });

/** Which part throws while rendering (as a bug in it, or data it cannot handle, would). */
const crash = vi.hoisted(() => ({ part: null as null | 'status' | 'table' }));

vi.mock('../../src/components/OfferStatus/OfferStatus', async (importOriginal) => {
  const actual = await importOriginal<typeof OfferStatusModule>();
  const OfferStatus = ((props: Parameters<typeof actual.OfferStatus>[0]) => {
    if (crash.part === 'status') throw new TypeError("Cannot read properties of undefined (reading 'length')");
    return <actual.OfferStatus {...props} />;
  }) as unknown as typeof actual.OfferStatus;
  return { ...actual, OfferStatus };
});

vi.mock('../../src/components/InteractionTable/InteractionTable', async (importOriginal) => {
  const actual = await importOriginal<typeof InteractionTableModule>();
  const InteractionTable = ((props: Parameters<typeof actual.InteractionTable>[0]) => {
    if (crash.part === 'table') throw new RangeError('Invalid time value');
    return <actual.InteractionTable {...props} />;
  }) as unknown as typeof actual.InteractionTable;
  return { ...actual, InteractionTable };
});

const ref = mockOfferRefs.error;
const offer = offerOf(ref);
const rowCount = db.listInteractions(ref, { page: 1, pageSize: 25 })?.items.length ?? -1;

beforeEach(() => {
  // React reports errors caught by a boundary on the console.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  crash.part = null;
});

describe('<OfferDetails /> when a part throws while rendering', () => {
  it('keeps the error inside the status block, reports it, and Retry renders it again', async () => {
    useMockApi();
    crash.part = 'status';
    const onSectionError = vi.fn();
    const user = userEvent.setup();
    renderPage({ ...ref, onSectionError });

    // The rest of the page is up.
    expect(await screen.findByRole('heading', { name: offer.name })).toBeInTheDocument();
    await waitFor(() => expect(dataRows()).toHaveLength(rowCount));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(screen.queryByRole('region', { name: 'Status' })).not.toBeInTheDocument();
    expect(onSectionError).toHaveBeenCalledWith(expect.any(TypeError), expect.objectContaining({ componentStack: expect.any(String) }));

    crash.part = null;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Status' })).toHaveTextContent('Offer status: Error');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the error inside the interactions section, under its heading', async () => {
    useMockApi();
    crash.part = 'table';
    const user = userEvent.setup();
    renderPage(ref);

    expect(await screen.findByRole('heading', { name: offer.name })).toBeInTheDocument();
    const section = interactionsSection();
    expect(within(section).getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('region', { name: 'Status' })).toBeInTheDocument();

    crash.part = null;
    await user.click(within(section).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(dataRows()).toHaveLength(rowCount));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
