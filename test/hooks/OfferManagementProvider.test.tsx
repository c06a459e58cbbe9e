import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen } from '@testing-library/react';
import { memo, StrictMode, useState, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Offer, OfferManagementClient } from '../../src/api/types';
import {
  OfferManagementProvider,
  useOfferManagementClient,
  useOfferManagementConfig,
  type OfferManagementConfig,
} from '../../src/hooks/OfferManagementProvider';
import { offerQueryKeys } from '../../src/hooks/queryKeys';
import { useOffer } from '../../src/hooks/useOffer';
import { useOfferInteractions } from '../../src/hooks/useOfferInteractions';
import { advance, fakeClient, makeOffer, providerWrapper, refA } from './helpers';

describe('useOfferManagementConfig', () => {
  it('gives English, no links, and a 5 s poll with no provider at all', () => {
    const { result } = renderHook(() => useOfferManagementConfig());
    expect(result.current).toEqual({
      locale: 'en',
      timeZone: undefined,
      links: {},
      onEdit: undefined,
      onInteractionSelect: undefined,
      pollInterval: 5_000,
    });
  });

  it("gives the provider's locale, time zone, links and poll interval", () => {
    const editHref = (offer: Offer, target: string) => `/offers/${offer.skuId}/${target}`;
    const { result } = renderHook(() => useOfferManagementConfig(), {
      wrapper: providerWrapper({
        client: fakeClient().client,
        locale: 'pt-BR',
        timeZone: 'America/Sao_Paulo',
        links: { editHref },
        pollInterval: false,
      }),
    });
    expect(result.current).toMatchObject({ locale: 'pt-BR', timeZone: 'America/Sao_Paulo', pollInterval: false });
    expect(result.current.links.editHref?.(makeOffer(refA), 'price')).toBe('/offers/1001/price');
    expect(result.current.links.interactionHref).toBeUndefined();
    expect(result.current.onEdit).toBeUndefined();
  });
});

describe('hooks without a provider', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs the thrown error
  });

  it('useOfferManagementClient throws a clear error', () => {
    expect(() => renderHook(() => useOfferManagementClient())).toThrow(
      /useOfferManagementClient\(\) must be used inside <OfferManagementProvider client=/,
    );
  });

  it('useOffer and useOfferInteractions throw a clear error', () => {
    expect(() => renderHook(() => useOffer(refA))).toThrow(/useOffer\(\) must be used inside <OfferManagementProvider/);
    expect(() => renderHook(() => useOfferInteractions(refA, { page: 1, pageSize: 25 }))).toThrow(
      /useOfferInteractions\(\) must be used inside <OfferManagementProvider/,
    );
  });

  it('throws too when the provider was given no client', () => {
    const wrapper = providerWrapper({ client: undefined as unknown as OfferManagementClient });
    expect(() => renderHook(() => useOffer(refA), { wrapper })).toThrow(/OfferManagementProvider client=/);
  });

  it('returns the client inside a provider', () => {
    const { client } = fakeClient();
    const { result } = renderHook(() => useOfferManagementClient(), { wrapper: providerWrapper({ client }) });
    expect(result.current).toBe(client);
  });
});

describe('OfferManagementProvider', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the config stable when the host re-renders with inline links and callbacks', async () => {
    const editHref = (offer: Offer) => `/offers/${offer.skuId}`;
    const seen: OfferManagementConfig[] = [];
    const Consumer = memo(function Consumer() {
      const config = useOfferManagementConfig();
      seen.push(config);
      return <span>{config.locale}</span>;
    });
    const calls: string[] = [];
    const { client } = fakeClient();

    function Host({ locale, tag }: { locale: 'en' | 'es'; tag: string }) {
      return (
        <OfferManagementProvider
          client={client}
          locale={locale}
          links={{ editHref }}
          onEdit={(_offer, target) => calls.push(`${tag}:${target}`)}
        >
          <Consumer />
        </OfferManagementProvider>
      );
    }

    const { rerender } = render(<Host locale="en" tag="first" />);
    rerender(<Host locale="en" tag="second" />);
    expect(seen).toHaveLength(1);

    // The stable onEdit calls the latest handler.
    seen[0]?.onEdit?.(makeOffer(refA), 'inventory');
    expect(calls).toEqual(['second:inventory']);

    rerender(<Host locale="es" tag="third" />);
    expect(seen).toHaveLength(2);
    expect(screen.getByText('es')).toBeInTheDocument();
  });

  it('creates its own QueryClient once: host re-renders keep the cache', async () => {
    vi.useFakeTimers();
    const fake = fakeClient();
    function Host({ children, n }: { children?: ReactNode; n: number }) {
      return (
        <OfferManagementProvider client={fake.client} timeZone={`Etc/GMT+${n}`}>
          {children}
        </OfferManagementProvider>
      );
    }
    const { result, rerender } = renderHook(() => useOffer(refA), {
      wrapper: ({ children }) => <Host n={1}>{children}</Host>,
    });
    await advance();
    expect(result.current.status).toBe('success');
    rerender();
    await advance();
    expect(result.current.status).toBe('success');
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
  });

  it("does not replace the host's QueryClientProvider, and uses the client it is given", async () => {
    vi.useFakeTimers();
    const ambient = new QueryClient();
    const passed = new QueryClient();
    const fake = fakeClient();
    const { result } = renderHook(() => ({ offer: useOffer(refA), ambient: useQueryClient() }), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={ambient}>
          <OfferManagementProvider client={fake.client} queryClient={passed}>
            {children}
          </OfferManagementProvider>
        </QueryClientProvider>
      ),
    });
    await advance();
    expect(result.current.ambient).toBe(ambient);
    expect(passed.getQueryData(offerQueryKeys.offer(refA))?.skuId).toBe(refA.skuId);
    expect(ambient.getQueryData(offerQueryKeys.offer(refA))).toBeUndefined();
  });

  it("shows the new client's data, never the old one's, when the host swaps clients", async () => {
    vi.useFakeTimers();
    const first = fakeClient({ getOffer: async (ref) => makeOffer(ref, { name: 'Account one' }) });
    const second = fakeClient({ getOffer: async (ref) => makeOffer(ref, { name: 'Account two' }) });
    const queryClient = new QueryClient();
    function OfferName() {
      const offer = useOffer(refA);
      return <p>{offer.status === 'success' ? offer.data.name : offer.status}</p>;
    }
    function Host() {
      const [client, setClient] = useState(first.client);
      return (
        <OfferManagementProvider client={client} queryClient={queryClient}>
          <button onClick={() => setClient(second.client)}>Switch account</button>
          <OfferName />
        </OfferManagementProvider>
      );
    }
    render(<Host />);
    await advance();
    expect(screen.getByText('Account one')).toBeInTheDocument();

    act(() => screen.getByRole('button', { name: 'Switch account' }).click());
    await advance();
    expect(screen.getByText('Account two')).toBeInTheDocument();
    expect(screen.queryByText('Account one')).not.toBeInTheDocument();
    expect(second.getOffer).toHaveBeenCalledTimes(1);
  });

  it('works under StrictMode: one request, pending → success', async () => {
    vi.useFakeTimers();
    const fake = fakeClient();
    const { result } = renderHook(() => useOffer(refA), {
      wrapper: ({ children }) => (
        <StrictMode>
          <OfferManagementProvider client={fake.client}>{children}</OfferManagementProvider>
        </StrictMode>
      ),
    });
    await advance();
    expect(result.current.status).toBe('success');
    expect(fake.getOffer).toHaveBeenCalledTimes(1);
  });

  it('renders on the server as pending, without fetching', () => {
    const fake = fakeClient();
    function OfferStatus() {
      return <p>{useOffer(refA).status}</p>;
    }
    const html = renderToString(
      <OfferManagementProvider client={fake.client}>
        <OfferStatus />
      </OfferManagementProvider>,
    );
    expect(html).toContain('pending');
    expect(fake.getOffer).not.toHaveBeenCalled();
  });
});
