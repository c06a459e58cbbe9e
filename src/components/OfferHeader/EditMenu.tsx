import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { styled } from 'styled-components';
import type { Offer } from '../../api/types';
import type { EditTarget, OfferEditHandler } from '../../hooks/OfferManagementProvider';
import { useOfferManagementConfig } from '../../hooks/context';
import { enHeader } from '../../i18n/en/header';
import { useMessages } from '../../i18n/useMessageGroup';
import { focusRing } from '../../theme/ThemeScope';
import { Button } from '../shared/Button';
import { IconCaretDown, IconPencil } from '../shared/icons';

const EDIT_TARGETS: readonly EditTarget[] = ['information', 'price', 'inventory'];

const Wrapper = styled.div`
  position: relative;
  display: inline-block;
`;

const Menu = styled.ul`
  position: absolute;
  inset-inline-end: 0;
  top: calc(100% + var(--om-space-1));
  z-index: var(--om-zIndex-dropdown);
  min-width: 12rem;
  margin: 0;
  padding: var(--om-space-1);
  list-style: none;
  border: 1px solid var(--om-colors-border);
  border-radius: var(--om-radii-md);
  background: var(--om-colors-background);
  box-shadow: var(--om-shadows-popover);
  &[hidden] {
    display: none;
  }
`;

const Item = styled.a`
  ${focusRing};
  display: flex;
  align-items: center;
  width: 100%;
  min-height: 2.25rem;
  padding: 0 var(--om-space-3);
  border: 0;
  border-radius: var(--om-radii-sm);
  background: transparent;
  color: var(--om-colors-text);
  font: inherit;
  text-align: start;
  text-decoration: none;
  white-space: nowrap;
  cursor: pointer;
  &:hover,
  &:focus {
    background: var(--om-colors-backgroundHover);
  }
  &[aria-disabled='true'] {
    color: var(--om-colors-textMuted);
    cursor: not-allowed;
  }
`;

const messageKey = {
  information: 'editInformation',
  price: 'editPrice',
  inventory: 'editInventory',
} as const satisfies Record<EditTarget, string>;

export interface EditMenuProps {
  offer: Offer;
  /** Overrides the provider's `onEdit`. */
  onEdit?: OfferEditHandler;
}

/**
 * The "Edit" menu button (WAI-ARIA menu button pattern). Enter / Space / click / ArrowDown open it on the first item,
 * ArrowUp on the last; arrows, Home and End move; typing a letter jumps; Escape closes and returns focus to the
 * button; Tab closes. Each item is a link when the provider's `links.editHref` is set, else it calls `onEdit`.
 * @internal
 */
export function EditMenu({ offer, onEdit }: EditMenuProps) {
  const messages = useMessages({ header: enHeader });
  const config = useOfferManagementConfig();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<'first' | 'last' | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const handler = onEdit ?? config.onEdit;
  const editHref = config.links.editHref;

  const items = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  const openMenu = (focus: 'first' | 'last') => {
    pendingFocus.current = focus;
    setOpen(true);
  };

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  // Move focus into the menu once it is shown.
  useEffect(() => {
    if (!open || !pendingFocus.current) return;
    const list = items();
    (pendingFocus.current === 'first' ? list[0] : list[list.length - 1])?.focus();
    pendingFocus.current = null;
  }, [open]);

  // Close on a pointer press outside.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: Event) => {
      if (wrapperRef.current && !wrapperRef.current.contains(event.target as Node)) close(false);
    };
    const types = ['pointerdown', 'mousedown'];
    for (const type of types) document.addEventListener(type, onPointerDown);
    return () => {
      for (const type of types) document.removeEventListener(type, onPointerDown);
    };
  }, [open, close]);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Enter and Space reach onClick natively (a <button>), which opens on the first item.
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openMenu('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu('last');
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const { key } = event;
    const list = items();
    const count = list.length;
    const index = list.indexOf(document.activeElement as HTMLElement);
    // Where the arrows, Home / PageUp and End / PageDown move focus (wrapping around).
    const to =
      key === 'ArrowDown'
        ? index + 1
        : key === 'ArrowUp'
          ? index - 1
          : key === 'Home' || key === 'PageUp'
            ? 0
            : key === 'End' || key === 'PageDown'
              ? count - 1
              : undefined;
    if (to !== undefined) {
      event.preventDefault();
      list[(to + count) % count]?.focus();
    } else if (key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (key === 'Tab') {
      // Let focus move on naturally; just close.
      setOpen(false);
    } else if (key === ' ') {
      // Space activates links too (anchors only react to Enter natively).
      event.preventDefault();
      (document.activeElement as HTMLElement | null)?.click();
    } else if (key.length === 1 && /\S/.test(key)) {
      // Typing a letter moves to the next item that starts with it.
      const char = key.toLowerCase();
      for (let step = 1; step <= count; step++) {
        const candidate = list[(index + step) % count];
        if (candidate?.textContent?.trim().toLowerCase().startsWith(char)) {
          candidate.focus();
          break;
        }
      }
    }
  };

  return (
    <Wrapper
      ref={wrapperRef}
      onBlur={(event) => {
        // Focus left the button and the menu (Tab, or a click elsewhere): close.
        const next = event.relatedTarget as Node | null;
        if (open && next && !wrapperRef.current?.contains(next)) setOpen(false);
      }}
    >
      <Button
        ref={buttonRef}
        id={buttonId}
        variant="secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onKeyDown={onButtonKeyDown}
        onClick={() => (open ? close(false) : openMenu('first'))}
      >
        <IconPencil size={16} />
        {messages.header.edit}
        <IconCaretDown size={16} />
      </Button>
      <Menu ref={menuRef} id={menuId} role="menu" aria-labelledby={buttonId} hidden={!open} onKeyDown={onMenuKeyDown}>
        {EDIT_TARGETS.map((target) => {
          // A link to the host's edit page when there is one, else a button calling `onEdit` (disabled without one).
          const href = editHref?.(offer, target);
          return (
            <li role="none" key={target}>
              <Item
                as={href ? 'a' : 'button'}
                type={href ? undefined : 'button'}
                role="menuitem"
                tabIndex={-1}
                href={href}
                data-target={target}
                aria-disabled={href || handler ? undefined : true}
                onClick={() => {
                  if (href) setOpen(false);
                  else if (handler) {
                    close(true);
                    handler(offer, target);
                  }
                }}
              >
                {messages.header[messageKey[target]]}
              </Item>
            </li>
          );
        })}
      </Menu>
    </Wrapper>
  );
}
