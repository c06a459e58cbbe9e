import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { OfferManagementClient } from '../../src/api/types';
import { OfferStatus, OfferStatusSkeleton } from '../../src/components/OfferStatus';
import { OfferManagementProvider, type OfferManagementProviderProps } from '../../src/hooks/OfferManagementProvider';
import {
  errorOffer,
  FIXTURE_NOW,
  manyErrorsOffer,
  offersByStatus,
  sendingOffer,
  synchedOffer,
} from '../../stories/fixtures/offers';

const client: OfferManagementClient = {
  getOffer: () => Promise.reject(new Error('not used')),
  listInteractions: () => Promise.reject(new Error('not used')),
};
const withProvider =
  (props: Omit<OfferManagementProviderProps, 'client' | 'children'>) =>
  ({ children }: { children?: ReactNode }) => (
    <OfferManagementProvider client={client} {...props}>
      {children}
    </OfferManagementProvider>
  );

describe('<OfferStatus />', () => {
  it.each([
    ['synched', 'Synched', /received by the channel and is being updated in real time/],
    ['error', 'Error', /prevents the offer from being sent or updated/],
    ['unavailable', 'Unavailable', /discarded because it is inactive or not included in the sales channel/],
    ['sending', 'Sending', /being sent to the channel: for the first time, to a new channel/],
  ] as const)('shows %s with its label and explanation in a polite live region', (status, label, explanation) => {
    render(<OfferStatus offer={offersByStatus[status]} now={FIXTURE_NOW} />);
    const region = screen.getByRole('region', { name: 'Status' });
    expect(within(region).getByRole('heading', { name: 'Status' })).toBeInTheDocument();
    const live = within(region).getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent(`Offer status: ${label}`);
    expect(live).toHaveTextContent(explanation);
    expect(region).toHaveAttribute('data-status', status);
  });

  it('lists the errors for Error, and nothing of the kind otherwise', () => {
    const { unmount } = render(<OfferStatus offer={manyErrorsOffer} now={FIXTURE_NOW} />);
    expect(screen.getByRole('heading', { name: '4 errors to fix' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Errors' })).getAllByRole('listitem')).toHaveLength(4);
    unmount();
    render(<OfferStatus offer={synchedOffer} />);
    expect(screen.queryByRole('list', { name: 'Errors' })).not.toBeInTheDocument();
  });

  it('says "1 error to fix" in the singular and passes the offer to the list', async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    render(<OfferStatus offer={errorOffer} onEdit={onEdit} now={FIXTURE_NOW} />);
    expect(screen.getByRole('heading', { name: '1 error to fix' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: errorOffer.errors[0]?.title }));
    await user.click(screen.getByRole('button', { name: 'Edit catalog' }));
    expect(onEdit).toHaveBeenCalledWith(errorOffer, 'information');
  });

  it('keeps the live region and updates its text when the status changes', () => {
    const { rerender } = render(<OfferStatus offer={sendingOffer} />);
    const live = screen.getByRole('status');
    expect(live).toHaveTextContent('Offer status: Sending');
    rerender(<OfferStatus offer={{ ...sendingOffer, status: 'synched' }} />);
    expect(screen.getByRole('status')).toBe(live);
    expect(live).toHaveTextContent('Offer status: Synched');
  });

  it('shows the last update in the provider time zone and locale', () => {
    render(<OfferStatus offer={{ ...synchedOffer, updatedAt: '2024-06-20T21:34:45.076Z' }} />, {
      wrapper: withProvider({ locale: 'pt-BR', timeZone: 'America/Sao_Paulo' }),
    });
    expect(screen.getByText(/Atualizado em 20 de jun\. de 2024.*18:34/)).toBeInTheDocument();
  });

  it.each([
    ['pt-BR', 'Status', 'Status do anúncio: Erro', '1 erro para corrigir'],
    ['es', 'Estado', 'Estado de la oferta: Error', '1 error por corregir'],
  ] as const)('renders in %s', (locale, title, announcement, count) => {
    render(<OfferStatus offer={errorOffer} now={FIXTURE_NOW} />, { wrapper: withProvider({ locale }) });
    expect(screen.getByRole('region', { name: title })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(announcement);
    expect(screen.getByRole('heading', { name: count })).toBeInTheDocument();
  });

  it('forwards ref and className', () => {
    const ref = createRef<HTMLElement>();
    render(<OfferStatus ref={ref} offer={synchedOffer} className="st" />);
    expect(ref.current).toBe(screen.getByRole('region', { name: 'Status' }));
    expect(ref.current).toHaveClass('st');
  });

  it('has a skeleton announced as loading', () => {
    const ref = createRef<HTMLElement>();
    render(<OfferStatusSkeleton ref={ref} />);
    expect(screen.getByRole('region', { name: 'Loading status' })).toHaveAttribute('aria-busy', 'true');
    expect(ref.current).toBe(screen.getByRole('region', { name: 'Loading status' }));
  });
});
