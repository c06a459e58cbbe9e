import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { css, styled } from 'styled-components';
import { buttonBase, secondaryButton, tertiaryButton } from './buttonBase';

/** Visual weight of a button: `primary` (filled accent), `secondary` (outlined), `tertiary` (quiet, accent text). */
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

/** Transient style props of `buttonStyles`. */
export interface ButtonStyleProps {
  $variant?: ButtonVariant;
  $size?: 'small' | 'normal';
}

/** Shared button look; also usable on links (`<a>`) that should look like buttons. */
export const buttonStyles = css<ButtonStyleProps>`
  ${buttonBase}
  min-height: ${({ $size }) => ($size === 'small' ? '2rem' : '2.25rem')};
  padding: 0 ${({ $size }) => ($size === 'small' ? '0.625rem' : '0.875rem')};
  ${({ $variant }) => {
    switch ($variant) {
      case 'primary':
        return css`
          background: var(--om-colors-accent);
          color: var(--om-colors-textInverted);
          &:hover:not(:disabled) {
            background: var(--om-colors-accentHover);
          }
          &:active:not(:disabled) {
            background: var(--om-colors-accentPressed);
          }
        `;
      case 'tertiary':
        return tertiaryButton;
      default:
        return secondaryButton;
    }
  }}
`;

const StyledButton = styled.button<ButtonStyleProps>`
  ${buttonStyles};
`;

/** An `<a>` that looks like a button: `<LinkButton href="…" $variant="secondary" $size="small">`. */
export const LinkButton = styled.a<ButtonStyleProps>`
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
  return <StyledButton ref={ref} type={type} $variant={variant} $size={size} {...rest} />;
});

// In its own module: a styled-components template is never dropped from a module a bundle keeps.
export { linkStyles } from './linkStyles';
