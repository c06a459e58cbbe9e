import { useCallback, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { IconCaretDown } from '../shared/icons';
import {
  CheckboxLabel,
  CountBadge,
  FilterAnchor,
  Fieldset,
  Legend,
  Popover,
  SecondaryButton,
  VisuallyHidden,
} from './InteractionTable.styles';

export interface FilterOption<V extends string> {
  value: V;
  label: string;
}

export interface FilterMenuProps<V extends string> {
  /** Button text and group legend, e.g. "Origin". */
  label: string;
  /** The button's name when values are selected, e.g. "Origin, 2 selected". */
  activeLabel: string;
  /** The formatted count shown in the badge. */
  countText: string;
  options: readonly FilterOption<V>[];
  selected: readonly V[];
  open: boolean;
  onOpenChange(open: boolean): void;
  onToggle(value: V, checked: boolean): void;
}

/**
 * The content of a filter button with active values. The name comes from a visually hidden text ("Origin,
 * 2 selected": the same in every browser, and no `aria-label`, so the visible words stay part of the name);
 * the visible "Origin" and count badge are hidden from assistive technology.
 */
function ActiveName({ name, label, countText }: { name: string; label: string; countText: string }) {
  return (
    <>
      <VisuallyHidden>{name}</VisuallyHidden>
      <span aria-hidden="true">{label}</span>
      <CountBadge aria-hidden="true">{countText}</CountBadge>
    </>
  );
}

/**
 * A filter button opening a non-modal popover with a labelled checkbox group. Focus moves to the first
 * checkbox on open; Escape closes and returns focus to the button; a click outside or focus leaving closes it.
 */
export function FilterMenu<V extends string>({
  label,
  activeLabel,
  countText,
  options,
  selected,
  open,
  onOpenChange,
  onToggle,
}: FilterMenuProps<V>) {
  const anchorRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  const count = selected.length;

  const close = useCallback(
    (returnFocus: boolean) => {
      onOpenChange(false);
      if (returnFocus) buttonRef.current?.focus();
    },
    [onOpenChange],
  );

  useEffect(() => {
    if (!open) return;
    popoverRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    const onPointerDown = (event: Event) => {
      const anchor = anchorRef.current;
      if (anchor && event.target instanceof Node && !anchor.contains(event.target)) onOpenChange(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    document.addEventListener('touchstart', onPointerDown);
    return () => {
      document.removeEventListener('mousedown', onPointerDown);
      document.removeEventListener('touchstart', onPointerDown);
    };
  }, [open, onOpenChange]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (open && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
  };

  return (
    <FilterAnchor
      ref={anchorRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (open && next instanceof Node && !event.currentTarget.contains(next)) onOpenChange(false);
      }}
    >
      <SecondaryButton
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => onOpenChange(!open)}
      >
        {count > 0 ? <ActiveName name={activeLabel} label={label} countText={countText} /> : <span>{label}</span>}
        <IconCaretDown size={16} />
      </SecondaryButton>
      {open ? (
        <Popover ref={popoverRef} id={popoverId}>
          <Fieldset>
            <Legend>{label}</Legend>
            {options.map((option) => (
              <CheckboxLabel key={option.value}>
                <input
                  type="checkbox"
                  name={option.value}
                  checked={selected.includes(option.value)}
                  onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
                />
                <span>{option.label}</span>
              </CheckboxLabel>
            ))}
          </Fieldset>
        </Popover>
      ) : null}
    </FilterAnchor>
  );
}
