import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { styled } from 'styled-components';
import type { Offer } from '../../api/types';
import type { EditTarget, OfferEditHandler } from '../../hooks/OfferManagementProvider';
import { useOfferManagementConfig } from '../../hooks/context';
import { enHeader } from '../../i18n/en/header';
import { useMessages } from '../../i18n/useMessageGroup';
import { focusRing } from '../../theme/ThemeScope';
import { buttonBase, secondaryButton } from '../shared/buttonBase';
import { IconCaretDown, IconPencil } from '../shared/icons';

const EDIT_TARGETS: readonly EditTarget[] = ['information', 'price', 'inventory'];

/** `Button` (secondary, normal size) as one static rule: this component carries no other variant. */
const MenuButton = styled.button`
  ${buttonBase}
  min-height: 2.25rem;
  padding: 0 0.875rem;
  ${secondaryButton}
`;

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
  const m = useMessages({ header: enHeader }).header;
  const config = useOfferManagementConfig();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  // The item to focus once the menu is shown: 0 the first, -1 the last (indices wrap around), null none.
  const pendingFocus = useRef<number | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const handler = onEdit ?? config.onEdit;
  const editHref = config.links.editHref;

  const items = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  const show = (focus: number) => {
    pendingFocus.current = focus;
    setOpen(true);
  };

  const close = (returnFocus?: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  // Once shown: move focus into the menu, and close on a pointer press outside.
  useEffect(() => {
    if (!open) return;
    if (pendingFocus.current !== null) {
      const list = items();
      list[(pendingFocus.current + list.length) % list.length]?.focus();
      pendingFocus.current = null;
    }
    const onPointerDown = (event: Event) => {
      if (wrapperRef.current && !wrapperRef.current.contains(event.target as Node)) setOpen(false);
    };
    const types = ['pointerdown', 'mousedown'];
    for (const type of types) document.addEventListener(type, onPointerDown);
    return () => {
      for (const type of types) document.removeEventListener(type, onPointerDown);
    };
  }, [open]);

  // One handler for the button and the menu (keys bubble up from the items).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { key } = event;
    const onButton = event.target === buttonRef.current;
    const list = items();
    const count = list.length;
    const index = list.indexOf(document.activeElement as HTMLElement);
    // On the button, ArrowDown / ArrowUp open on the first / last item (Enter and Space reach onClick natively);
    // in the menu, the arrows, Home / PageUp and End / PageDown move focus (wrapping around).
    const to: number | undefined = (
      onButton
        ? { ArrowDown: 0, ArrowUp: -1 }
        : { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, PageUp: 0, End: -1, PageDown: -1 }
    )[key as 'ArrowDown'];
    if (to !== undefined) {
      event.preventDefault();
      if (onButton) show(to);
      else list[(to + count) % count]?.focus();
    } else if (key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    } else if (onButton) {
      // Nothing else on the button.
    } else if (key === 'Tab') {
      // Let focus move on naturally; just close.
      setOpen(false);
    } else if (key === ' ') {
      // Space activates links too (anchors only react to Enter natively).
      event.preventDefault();
      (document.activeElement as HTMLElement | null)?.click();
    } else if (/^\S$/.test(key)) {
      // Typing a letter moves to the next item that starts with it.
      list
        .concat(list)
        .slice(index + 1, index + 1 + count)
        .find((item) => item.textContent?.trim().toLowerCase().startsWith(key.toLowerCase()))
        ?.focus();
    }
  };

  return (
    <Wrapper
      ref={wrapperRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Focus left the button and the menu (Tab, or a click elsewhere): close.
        const next = event.relatedTarget as Node | null;
        if (open && next && !wrapperRef.current?.contains(next)) setOpen(false);
      }}
    >
      <MenuButton
        ref={buttonRef}
        type="button"
        id={buttonId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? close() : show(0))}
      >
        <IconPencil size={16} />
        {m.edit}
        <IconCaretDown size={16} />
      </MenuButton>
      <Menu ref={menuRef} id={menuId} role="menu" aria-labelledby={buttonId} hidden={!open}>
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
                  if (href || handler) close(!href);
                  if (!href) handler?.(offer, target);
                }}
              >
                {/* editInformation, editPrice, editInventory */}
                {m[`edit${target[0]!.toUpperCase()}${target.slice(1)}` as 'editPrice']}
              </Item>
            </li>
          );
        })}
      </Menu>
    </Wrapper>
  );
}
