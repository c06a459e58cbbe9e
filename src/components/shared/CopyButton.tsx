import { forwardRef, useEffect, useRef, useState, type ButtonHTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { enCopyMessages } from '../../i18n/en/common';
import { formatMessage } from '../../i18n/formatters';
import { useMessages } from '../../i18n/useMessageGroup';
import { focusRing } from '../../theme/ThemeScope';
import { IconCheck, IconCopy } from './icons';
import { VisuallyHidden } from './VisuallyHidden';

/** Writes text to the clipboard: the async Clipboard API, else a hidden-textarea `execCommand('copy')`. */
export async function copyText(text: string): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  if (typeof document === 'undefined') throw new Error('No clipboard available');
  // Off-screen-ish and read-only (no keyboard on touch devices), selected, copied, removed.
  const area = document.body.appendChild(Object.assign(document.createElement('textarea'), { value: text, readOnly: true }));
  area.style.cssText = 'position:fixed;opacity:0';
  area.select();
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- fallback for old / insecure contexts
    if (!document.execCommand('copy')) throw new Error('Copy refused');
  } finally {
    area.remove();
  }
}

const IconButton = styled.button`
  ${focusRing};
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex: none;
  width: 1.75rem;
  height: 1.75rem;
  padding: 0;
  border: 0;
  border-radius: var(--om-radii-sm);
  background: transparent;
  color: var(--om-colors-textMuted);
  cursor: pointer;
  &:hover {
    background: var(--om-colors-backgroundHover);
    color: var(--om-colors-text);
  }
  &[data-state='copied'] {
    color: var(--om-colors-tones-success-icon);
  }
`;

type CopyState = 'idle' | 'copied' | 'failed';

export interface CopyButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'value' | 'children'> {
  /** The text to copy. */
  value: string;
  /** What is copied, for the accessible name: "ID on VTEX" → "Copy ID on VTEX". */
  label: string;
  /** Called after a successful copy. */
  onCopied?: (value: string) => void;
}

/**
 * An icon button that copies `value`. Its accessible name is "Copy {label}"; after a copy, a polite live
 * region announces "Copied" (or that copying failed) and the icon turns into a check for 2 s.
 */
export const CopyButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, CopyButtonProps>(function CopyButton(
  { value, label, onCopied, onClick, ...rest },
  ref,
) {
  const messages = useMessages({ common: enCopyMessages });
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  // The outcome of a copy, unless unmounted meanwhile (then neither state nor `onCopied`).
  const settle = (next: CopyState) => {
    if (!mounted.current) return;
    setState(next);
    if (next === 'copied') onCopied?.(value);
  };

  const name = formatMessage(messages.common.copy, { label });
  return (
    <>
      <IconButton
        ref={ref}
        type="button"
        aria-label={name}
        title={name}
        data-state={state}
        onClick={(event) => {
          onClick?.(event);
          if (event.defaultPrevented) return;
          copyText(value).then(
            () => settle('copied'),
            () => settle('failed'),
          );
          clearTimeout(timer.current);
          timer.current = setTimeout(settle, 2000, 'idle');
        }}
        {...rest}
      >
        {state === 'copied' ? <IconCheck size={16} /> : <IconCopy size={16} />}
      </IconButton>
      <VisuallyHidden role="status" aria-live="polite">
        {state === 'copied' ? messages.common.copied : state === 'failed' ? messages.common.copyFailed : ''}
      </VisuallyHidden>
    </>
  );
});
