import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { OfferManagementClient } from '../../src/api/types';
import { ErrorList, isInteractionExpired } from '../../src/components/ErrorList';
import { OfferManagementProvider, type OfferManagementProviderProps } from '../../src/hooks/OfferManagementProvider';
import {
  descriptionTooLongError,
  expiredImageError,
  FIXTURE_NOW,
  inventoryError,
  manyErrorsOffer,
  markupError,
  priceError,
  unknownOriginError,
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

const offer = manyErrorsOffer;

describe('<ErrorList /> disclosures', () => {
  it('lists each error as a collapsed disclosure named by its title', () => {
    render(<ErrorList errors={offer.errors} offer={offer} now={FIXTURE_NOW} />);
    const list = screen.getByRole('list', { name: 'Errors' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    const toggle = screen.getByRole('button', { name: descriptionTooLongError.title });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(panel).not.toBeVisible();
    expect(screen.queryByText(descriptionTooLongError.description)).not.toBeVisible();
  });

  it('expands and collapses with the mouse and the keyboard', async () => {
    const user = userEvent.setup();
    render(<ErrorList errors={offer.errors} offer={offer} now={FIXTURE_NOW} />);
    const toggle = screen.getByRole('button', { name: descriptionTooLongError.title });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(descriptionTooLongError.description)).toBeVisible();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.tab();
    expect(screen.getByRole('button', { name: priceError.title })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: priceError.title })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows date and time, codes, description, origin and actions when expanded', async () => {
    const user = userEvent.setup();
    render(<ErrorList errors={[descriptionTooLongError]} offer={offer} now={FIXTURE_NOW} />, {
      wrapper: withProvider({ timeZone: 'UTC' }),
    });
    await user.click(screen.getByRole('button', { name: descriptionTooLongError.title }));
    const item = screen.getByRole('listitem');
    expect(within(item).getByText('Date')).toBeInTheDocument();
    expect(within(item).getByText('Jun 19, 2024, 12:00 PM')).toHaveAttribute('datetime', descriptionTooLongError.date);
    expect(within(item).getByText('CTLG-006')).toBeInTheDocument();
    expect(within(item).getByText('CTLG-006-001')).toBeInTheDocument();
    expect(within(item).getByText(descriptionTooLongError.description)).toBeInTheDocument();
    expect(within(item).getByText('Catalog')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Edit catalog' })).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'View interaction' })).toBeInTheDocument();
  });

  it('names each origin and its action', async () => {
    const user = userEvent.setup();
    render(<ErrorList errors={[priceError, inventoryError, unknownOriginError]} offer={offer} now={FIXTURE_NOW} />);
    for (const button of screen.getAllByRole('button', { expanded: false })) await user.click(button);
    expect(screen.getByRole('button', { name: 'Edit price' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit inventory' })).toBeInTheDocument();
    expect(screen.getByText('Price')).toBeInTheDocument();
    expect(screen.getByText('Inventory')).toBeInTheDocument();
    // Unknown origin: its raw text, and no Edit action.
    const unknownItem = screen.getByText('shipping').closest('li') as HTMLElement;
    expect(within(unknownItem).queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(within(unknownItem).getByRole('button', { name: 'View interaction' })).toBeInTheDocument();
  });
});

describe('<ErrorList /> actions', () => {
  it('calls onEdit with the origin target and onInteractionSelect with the interaction id', async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    const onInteractionSelect = vi.fn();
    render(
      <ErrorList
        errors={[descriptionTooLongError, priceError]}
        offer={offer}
        onEdit={onEdit}
        onInteractionSelect={onInteractionSelect}
        now={FIXTURE_NOW}
      />,
    );
    await user.click(screen.getByRole('button', { name: descriptionTooLongError.title }));
    await user.click(screen.getByRole('button', { name: 'Edit catalog' }));
    expect(onEdit).toHaveBeenCalledWith(offer, 'information');
    await user.click(screen.getByRole('button', { name: 'View interaction' }));
    expect(onInteractionSelect).toHaveBeenCalledWith(offer, descriptionTooLongError.interactionId);
    await user.click(screen.getByRole('button', { name: priceError.title }));
    await user.click(screen.getByRole('button', { name: 'Edit price' }));
    expect(onEdit).toHaveBeenLastCalledWith(offer, 'price');
  });

  it('uses the provider callbacks when no props are given', async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    const onInteractionSelect = vi.fn();
    render(<ErrorList errors={[inventoryError]} offer={offer} now={FIXTURE_NOW} />, {
      wrapper: withProvider({ onEdit, onInteractionSelect }),
    });
    await user.click(screen.getByRole('button', { name: inventoryError.title }));
    await user.click(screen.getByRole('button', { name: 'Edit inventory' }));
    await user.click(screen.getByRole('button', { name: 'View interaction' }));
    expect(onEdit).toHaveBeenCalledWith(offer, 'inventory');
    expect(onInteractionSelect).toHaveBeenCalledWith(offer, inventoryError.interactionId);
  });

  it('renders real links from the provider links', async () => {
    const user = userEvent.setup();
    render(<ErrorList errors={[priceError]} offer={offer} onEdit={vi.fn()} now={FIXTURE_NOW} />, {
      wrapper: withProvider({
        links: {
          editHref: (o, target) => `/edit/${o.skuId}/${target}`,
          interactionHref: (o, id) => `/offers/${o.skuId}/interactions/${id}`,
        },
      }),
    });
    await user.click(screen.getByRole('button', { name: priceError.title }));
    expect(screen.getByRole('link', { name: 'Edit price' })).toHaveAttribute('href', '/edit/2045511/price');
    expect(screen.getByRole('link', { name: 'View interaction' })).toHaveAttribute(
      'href',
      `/offers/2045511/interactions/${priceError.interactionId}`,
    );
  });

  it('replaces "View interaction" with an expiry note after ten days', async () => {
    const user = userEvent.setup();
    render(<ErrorList errors={[expiredImageError]} offer={offer} onInteractionSelect={vi.fn()} now={FIXTURE_NOW} />);
    await user.click(screen.getByRole('button', { name: expiredImageError.title }));
    expect(screen.queryByRole('button', { name: 'View interaction' })).not.toBeInTheDocument();
    expect(screen.getByText(/kept for 10 days/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Edit catalog' })).toBeInTheDocument();
  });

  it('computes the ten-day rule', () => {
    const now = Date.parse('2024-06-20T00:00:00Z');
    expect(isInteractionExpired('2024-06-10T00:00:01Z', now)).toBe(false);
    expect(isInteractionExpired('2024-06-09T23:59:59Z', now)).toBe(true);
    expect(isInteractionExpired('garbage', now)).toBe(false);
  });
});

describe('<ErrorList /> untrusted text', () => {
  it('renders markup as text and never creates elements from it', async () => {
    const user = userEvent.setup();
    const { container } = render(<ErrorList errors={[markupError]} now={FIXTURE_NOW} />);
    await user.click(screen.getByRole('button', { name: markupError.title }));
    expect(screen.getByText(markupError.description)).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('wraps a 100,000-character description', async () => {
    const user = userEvent.setup();
    const huge = 'x'.repeat(100_000);
    render(<ErrorList errors={[{ ...priceError, description: huge }]} now={FIXTURE_NOW} />);
    await user.click(screen.getByRole('button', { name: priceError.title }));
    const text = screen.getByText(huge);
    expect(getComputedStyle(text).overflowWrap).toBe('anywhere');
  });
});

describe('<ErrorList /> states and embedding', () => {
  it('shows "No active errors" when empty', () => {
    render(<ErrorList errors={[]} />);
    expect(screen.getByText('No active errors')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('forwards ref and className', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ErrorList ref={ref} errors={[]} className="mine" data-testid="el" />);
    expect(ref.current).toBe(screen.getByTestId('el'));
    expect(ref.current).toHaveClass('mine');
  });

  it.each([
    ['pt-BR', 'Erros', 'Editar catálogo', 'Ver interação', 'Catálogo', 'Nenhum erro ativo'],
    ['es', 'Errores', 'Editar catálogo', 'Ver interacción', 'Catálogo', 'No hay errores activos'],
  ] as const)('renders in %s', async (locale, list, edit, view, origin, empty) => {
    const user = userEvent.setup();
    const { unmount } = render(<ErrorList errors={[descriptionTooLongError]} offer={offer} onEdit={vi.fn()} now={FIXTURE_NOW} />, {
      wrapper: withProvider({ locale }),
    });
    await user.click(screen.getByRole('button', { name: descriptionTooLongError.title }));
    expect(screen.getByRole('list', { name: list })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: edit })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: view })).toBeInTheDocument();
    expect(screen.getByText(origin)).toBeInTheDocument();
    unmount();
    render(<ErrorList errors={[]} />, { wrapper: withProvider({ locale }) });
    expect(screen.getByText(empty)).toBeInTheDocument();
  });
});
