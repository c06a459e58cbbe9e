import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import { ThemeProvider } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import type { OfferManagementClient } from '../../src/api/types';
import { OfferHeader, OfferHeaderSkeleton } from '../../src/components/OfferHeader';
import { OfferManagementProvider, type OfferManagementProviderProps } from '../../src/hooks/OfferManagementProvider';
import { sendingOffer, synchedOffer, unsafeImageOffer, markupOffer } from '../../stories/fixtures/offers';

const client: OfferManagementClient = {
  getOffer: () => Promise.reject(new Error('not used')),
  listInteractions: () => Promise.reject(new Error('not used')),
};

function withProvider(props: Omit<OfferManagementProviderProps, 'client' | 'children'>) {
  return ({ children }: { children?: ReactNode }) => (
    <OfferManagementProvider client={client} {...props}>
      {children}
    </OfferManagementProvider>
  );
}

/** The root's text colour: jsdom keeps `var(--om-…)` unresolved, so read the custom property it points at. */
function textColor(element: HTMLElement): string {
  const style = getComputedStyle(element);
  const token = /^var\((--[\w-]+)\)$/.exec(style.color)?.[1];
  return token ? style.getPropertyValue(token).trim() : style.color;
}

describe('<OfferHeader /> without a provider', () => {
  it('shows image, channel, name as a heading, status, both IDs', () => {
    render(<OfferHeader offer={synchedOffer} />);
    const region = screen.getByRole('region', { name: synchedOffer.name });
    expect(within(region).getByRole('heading', { level: 2, name: synchedOffer.name })).toBeInTheDocument();
    expect(within(region).getByRole('img', { name: `Image of ${synchedOffer.name}` })).toHaveAttribute(
      'src',
      synchedOffer.imageUrl,
    );
    expect(within(region).getByText('Mercado Libre Classic')).toBeInTheDocument();
    expect(within(region).getByText('Synched')).toBeInTheDocument();
    expect(within(region).getByText('ID on VTEX')).toBeInTheDocument();
    expect(within(region).getByText('1070258')).toBeInTheDocument();
    expect(within(region).getByText('ID on channel')).toBeInTheDocument();
    expect(within(region).getByText('MLB3456789012')).toBeInTheDocument();
  });

  it('says "Not assigned yet" when the channel has no ID, and offers no copy for it', () => {
    render(<OfferHeader offer={sendingOffer} />);
    expect(screen.getByText('Not assigned yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy ID on VTEX' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy ID on channel' })).not.toBeInTheDocument();
  });

  it('copies each ID and announces "Copied" politely', async () => {
    const user = userEvent.setup();
    render(<OfferHeader offer={synchedOffer} />);
    await user.click(screen.getByRole('button', { name: 'Copy ID on channel' }));
    expect(await navigator.clipboard.readText()).toBe('MLB3456789012');
    const live = await screen.findByText('Copied');
    expect(live.closest('[aria-live="polite"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy ID on VTEX' }));
    expect(await navigator.clipboard.readText()).toBe('1070258');
  });

  it('never loads unsafe image URLs and shows a placeholder instead', () => {
    const { container } = render(<OfferHeader offer={unsafeImageOffer} />);
    expect(container.querySelector('img[src^="javascript:"]')).toBeNull();
    expect(container.querySelector('img[src^="data:"]')).toBeNull();
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(screen.getByRole('img', { name: `Image of ${unsafeImageOffer.name}` })).toHaveAttribute('data-placeholder');
  });

  it('falls back to the placeholder when the image fails to load', () => {
    render(<OfferHeader offer={synchedOffer} />);
    const img = screen.getByRole('img', { name: `Image of ${synchedOffer.name}` });
    act(() => {
      img.dispatchEvent(new Event('error'));
    });
    expect(screen.getByRole('img', { name: `Image of ${synchedOffer.name}` })).not.toHaveAttribute('src');
  });

  it('renders markup in the name as text', () => {
    const { container } = render(<OfferHeader offer={markupOffer} />);
    expect(screen.getByRole('heading', { name: markupOffer.name })).toHaveTextContent('<img src=x onerror=alert(1)> Sneaker');
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  it('forwards ref and className and spreads DOM props on the root', () => {
    const ref = createRef<HTMLElement>();
    render(<OfferHeader ref={ref} offer={synchedOffer} className="host-class" data-testid="hdr" />);
    expect(ref.current).toBe(screen.getByTestId('hdr'));
    expect(ref.current).toHaveClass('host-class');
    expect(ref.current?.tagName).toBe('SECTION');
  });

  it("ignores the host's styled-components theme", () => {
    const hostTheme = { colors: { text: 'hotpink' } };
    render(
      <ThemeProvider theme={hostTheme}>
        <OfferHeader offer={synchedOffer} data-testid="hdr" />
      </ThemeProvider>,
    );
    expect(textColor(screen.getByTestId('hdr'))).toBe('#1f1f1f');
  });
});

describe('<OfferHeader /> Edit menu', () => {
  it('opens with Enter on the first item; arrows, Home and End move; Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    render(<OfferHeader offer={synchedOffer} onEdit={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Edit' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Edit' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Edit information', 'Edit price', 'Edit inventory']);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[2]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(items[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('opens with Space and ArrowDown, and Tab closes it', async () => {
    const user = userEvent.setup();
    render(<OfferHeader offer={synchedOffer} onEdit={vi.fn()} />);
    const button = screen.getByRole('button', { name: 'Edit' });
    button.focus();
    await user.keyboard(' ');
    expect(screen.getByRole('menuitem', { name: 'Edit information' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Edit information' })).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('calls the onEdit prop with the offer and target, over the provider callback', async () => {
    const user = userEvent.setup();
    const providerOnEdit = vi.fn();
    const onEdit = vi.fn();
    render(<OfferHeader offer={synchedOffer} onEdit={onEdit} />, { wrapper: withProvider({ onEdit: providerOnEdit }) });
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('menuitem', { name: 'Edit price' }));
    expect(onEdit).toHaveBeenCalledWith(synchedOffer, 'price');
    expect(providerOnEdit).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
  });

  it('uses the provider onEdit when no prop is given, activating by keyboard', async () => {
    const user = userEvent.setup();
    const providerOnEdit = vi.fn();
    render(<OfferHeader offer={synchedOffer} />, { wrapper: withProvider({ onEdit: providerOnEdit }) });
    screen.getByRole('button', { name: 'Edit' }).focus();
    await user.keyboard('{Enter}{ArrowDown}{ArrowDown}{Enter}');
    expect(providerOnEdit).toHaveBeenCalledWith(synchedOffer, 'inventory');
  });

  it('renders real links when the provider has links.editHref', async () => {
    const user = userEvent.setup();
    const editHref = vi.fn((offer: { skuId: string }, target: string) => `/catalog/${offer.skuId}/${target}`);
    const onEdit = vi.fn();
    render(<OfferHeader offer={synchedOffer} onEdit={onEdit} />, { wrapper: withProvider({ links: { editHref } }) });
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const info = screen.getByRole('menuitem', { name: 'Edit information' });
    expect(info.tagName).toBe('A');
    expect(info).toHaveAttribute('href', '/catalog/1070258/information');
    expect(screen.getByRole('menuitem', { name: 'Edit price' })).toHaveAttribute('href', '/catalog/1070258/price');
    expect(screen.getByRole('menuitem', { name: 'Edit inventory' })).toHaveAttribute('href', '/catalog/1070258/inventory');
    expect(editHref).toHaveBeenCalledWith(synchedOffer, 'inventory');
  });

  it('closes on a click outside', async () => {
    const user = userEvent.setup();
    render(
      <div>
        <p>outside</p>
        <OfferHeader offer={synchedOffer} onEdit={vi.fn()} />
      </div>,
    );
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByText('outside'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});

describe('<OfferHeader /> i18n', () => {
  it.each([
    ['pt-BR', 'ID na VTEX', 'ID no canal', 'Editar', 'Sincronizado', 'Copiar ID na VTEX'],
    ['es', 'ID en VTEX', 'ID en el canal', 'Editar', 'Sincronizado', 'Copiar ID en VTEX'],
    ['en', 'ID on VTEX', 'ID on channel', 'Edit', 'Synched', 'Copy ID on VTEX'],
  ] as const)('renders in %s', (locale, vtex, channel, edit, status, copy) => {
    render(<OfferHeader offer={synchedOffer} />, { wrapper: withProvider({ locale }) });
    expect(screen.getByText(vtex)).toBeInTheDocument();
    expect(screen.getByText(channel)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: edit })).toBeInTheDocument();
    expect(screen.getByText(status)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: copy })).toBeInTheDocument();
  });

  it('applies host message overrides over the locale', async () => {
    const user = userEvent.setup();
    render(<OfferHeader offer={sendingOffer} onEdit={vi.fn()} />, {
      wrapper: withProvider({
        locale: 'pt-BR',
        messages: { header: { idOnVtex: 'SKU', editPrice: 'Mudar preço' }, common: { status: { sending: 'Publicando' } } },
      }),
    });
    expect(screen.getByText('SKU')).toBeInTheDocument();
    expect(screen.getByText('Publicando')).toBeInTheDocument();
    expect(screen.getByText('ID no canal')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Editar' }));
    expect(screen.getByRole('menuitem', { name: 'Mudar preço' })).toBeInTheDocument();
  });

  it('applies a partial theme from the provider', () => {
    render(<OfferHeader offer={synchedOffer} data-testid="hdr" />, {
      wrapper: withProvider({ theme: { colors: { text: '#111111' } } }),
    });
    expect(textColor(screen.getByTestId('hdr'))).toBe('#111111');
  });

  it('[bug: theme value closing the rule] drops a theme token that would end the declaration', () => {
    render(<OfferHeader offer={synchedOffer} data-testid="hdr" />, {
      wrapper: withProvider({ theme: { colors: { text: 'red;} body{display:none', accent: '#6b21a8' } } }),
    });
    const css = [...document.querySelectorAll('style')].map((style) => style.textContent).join('');
    expect(css).toContain('--om-colors-accent:#6b21a8;');
    expect(css).not.toContain('body{display:none');
    expect(css).not.toContain('red;}');
    expect(textColor(screen.getByTestId('hdr'))).toBe('#1f1f1f');
  });
});

describe('<OfferHeaderSkeleton />', () => {
  it('is a busy region announced as loading, forwarding ref and className', () => {
    const ref = createRef<HTMLElement>();
    render(<OfferHeaderSkeleton ref={ref} className="x" />);
    const region = screen.getByRole('region', { name: 'Loading offer' });
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(region).toBe(ref.current);
    expect(region).toHaveClass('x');
    expect(screen.getByRole('status')).toHaveTextContent('Loading offer');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
