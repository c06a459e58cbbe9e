import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { css, styled } from 'styled-components';
import { buttonBase, secondaryButton, tertiaryButton } from './buttonBase';

/** Visual weight of a button: `primary` (filled accent), `secondary` (outlined), `tertiary` (quiet, accent text). */
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

/**
 * Shared button look, also for links (`<a>`) that should look like buttons: `data-variant` (`primary`, `tertiary`;
 * default `secondary`) and `data-size` (`small`; default normal) pick the variant. A static template (no
 * per-render style function), so rendering a button never re-evaluates its CSS.
 */
export const buttonStyles = css`
  ${buttonBase}
  min-height: 2.25rem;
  padding: 0 0.875rem;
  ${secondaryButton}
  &[data-size='small'] {
    min-height: 2rem;
    padding: 0 0.625rem;
  }
  &[data-variant='primary'] {
    background: var(--om-colors-accent);
    color: var(--om-colors-textInverted);
    border-color: transparent;
    &:hover:not(:disabled) {
      background: var(--om-colors-accentHover);
    }
    &:active:not(:disabled) {
      background: var(--om-colors-accentPressed);
    }
  }
  &[data-variant='tertiary'] {
    border-color: transparent;
    ${tertiaryButton}
  }
`;

const StyledButton = styled.button`
  ${buttonStyles};
`;

/** An `<a>` that looks like a button: `<LinkButton href="…" data-variant="tertiary" data-size="small">`. */
export const LinkButton = styled.a`
  ${buttonStyles};
`;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Visual weight. Default `secondary`. */
  variant?: ButtonVariant;
  /** Height. Default `normal` (36px); `small` is 32px. */
  size?: 'small' | 'normal';
}

/** A themed `<button type="button">` (internal primitive). */
export const Button = /* @__PURE__ */ forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'normal', type = 'button', ...rest },
  ref,
) {
  return <StyledButton ref={ref} type={type} data-variant={variant} data-size={size} {...rest} />;
});

// In its own module: a styled-components template is never dropped from a module a bundle keeps.
export { linkStyles } from './linkStyles';
