import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InteractionResult, OfferSyncStatus } from '../../src/api/types';
import type { OfferManagementProviderProps } from '../../src/hooks/OfferManagementProvider';
import { useOffer } from '../../src/hooks/useOffer';
import { useOfferInteractions } from '../../src/hooks/useOfferInteractions';
import { advance, fakeClient, makeInteraction, makeOffer, makePage, providerWrapper, refA } from './helpers';

const query = { page: 1, pageSize: 25 };

/** A client whose n-th answer has the n-th status / result (the last one repeats). */
function scriptedClient(statuses: OfferSyncStatus[], results: InteractionResult[]) {
  const pick = <T,>(list: T[], n: number) => list[Math.min(n, list.length - 1)] as T;
  let offers = 0;
  let pages = 0;
  return fakeClient({
    getOffer: async (ref) => makeOffer(ref, { status: pick(statuses, offers++) }),
    listInteractions: async (_ref, q) =>
      makePage(q, [makeInteraction(1, { result: pick(results, pages++) }), makeInteraction(2)]),
  });
}

/** When (in call order) a mock was last called. */
function lastCall(fn: { mock: { invocationCallOrder: number[] } }): number {
  return fn.mock.invocationCallOrder.at(-1) ?? -1;
}

function renderBoth(fake: ReturnType<typeof fakeClient>, props: Partial<OfferManagementProviderProps> = {}) {
  return renderHook(
    () => ({ offer: useOffer(refA), interactions: useOfferInteractions(refA, query) }),
    { wrapper: providerWrapper({ client: fake.client, ...props }) },
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('polling', () => {
  it('useOffer polls every 5 s while the offer is sending, and stops once it is not', async () => {
    const fake = scriptedClient(['sending', 'sending', 'synched'], ['success']);
    const { result } = renderHook(() => useOffer(refA), { wrapper: providerWrapper({ client: fake.client }) });
    await advance();
    expect(fake.getOffer).toHaveBeenCalledTimes(1);

    await advance(4_999);
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(fake.getOffer).toHaveBeenCalledTimes(2);
    await advance(5_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(3);
    expect(result.current.data?.status).toBe('synched');

    await advance(30_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(3);
  });

  it('does not poll a settled offer', async () => {
    const fake = scriptedClient(['error'], ['failure']);
    renderBoth(fake);
    await advance(30_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
    expect(fake.listInteractions).toHaveBeenCalledTimes(1);
  });

  it('useOfferInteractions polls while a shown row is processing, and stops after', async () => {
    const fake = scriptedClient(['synched'], ['processing', 'success']);
    const { result } = renderHook(() => useOfferInteractions(refA, query), {
      wrapper: providerWrapper({ client: fake.client }),
    });
    await advance();
    expect(result.current.data?.items[0]?.result).toBe('processing');

    await advance(5_000);
    expect(fake.listInteractions).toHaveBeenCalledTimes(2);
    expect(result.current.data?.items[0]?.result).toBe('success');
    await advance(30_000);
    expect(fake.listInteractions).toHaveBeenCalledTimes(2);
  });

  it('keeps both in step: a processing row makes the (synched) offer poll too, until it settles', async () => {
    const fake = scriptedClient(['synched'], ['processing', 'processing', 'success']);
    renderBoth(fake);
    await advance();
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
    expect(fake.listInteractions).toHaveBeenCalledTimes(1);

    await advance(5_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(2);
    expect(fake.listInteractions).toHaveBeenCalledTimes(2);
    await advance(5_000);
    expect(fake.listInteractions).toHaveBeenCalledTimes(3); // the row is now 'success'
    // The offer was fetched once more after the row settled...
    expect(lastCall(fake.getOffer)).toBeGreaterThan(lastCall(fake.listInteractions));

    // ...and then both stop.
    const offers = fake.getOffer.mock.calls.length;
    await advance(60_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(offers);
    expect(fake.listInteractions).toHaveBeenCalledTimes(3);
  });

  it('keeps both in step: a sending offer makes the (settled) interactions poll too, until it is sent', async () => {
    const fake = scriptedClient(['sending', 'sending', 'synched'], ['success']);
    const { result } = renderBoth(fake);
    await advance();
    await advance(5_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(2);
    expect(fake.listInteractions).toHaveBeenCalledTimes(2);

    await advance(5_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(3);
    expect(result.current.offer.data?.status).toBe('synched');
    // The list was fetched once more after the offer was sent...
    expect(lastCall(fake.listInteractions)).toBeGreaterThan(lastCall(fake.getOffer));

    // ...and then both stop.
    const pages = fake.listInteractions.mock.calls.length;
    await advance(60_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(3);
    expect(fake.listInteractions).toHaveBeenCalledTimes(pages);
  });

  it('uses the provider pollInterval, and `false` turns polling off', async () => {
    const every2s = scriptedClient(['sending'], ['processing']);
    const first = renderBoth(every2s, { pollInterval: 2_000 });
    await advance(2_000);
    expect(every2s.getOffer).toHaveBeenCalledTimes(2);
    expect(every2s.listInteractions).toHaveBeenCalledTimes(2);
    first.unmount();

    const never = scriptedClient(['sending'], ['processing']);
    renderBoth(never, { pollInterval: false });
    await advance(60_000);
    expect(never.getOffer).toHaveBeenCalledTimes(1);
    expect(never.listInteractions).toHaveBeenCalledTimes(1);
  });

  it('lets one hook override the provider pollInterval', async () => {
    const fake = scriptedClient(['sending'], ['success']);
    renderHook(() => useOffer(refA, { pollInterval: 1_000 }), {
      wrapper: providerWrapper({ client: fake.client, pollInterval: false }),
    });
    await advance(3_000);
    expect(fake.getOffer).toHaveBeenCalledTimes(4);
  });
});
