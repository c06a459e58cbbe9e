import { css } from 'styled-components';
import { focusRing } from '../../theme/ThemeScope';

// In their own module (a styled-components template is never dropped from a module a bundle keeps): a component
// whose only button is a normal-size secondary one composes these two and carries no other variant.

/** What every button looks like whatever its variant and size. @internal */
export const buttonBase = css`
  ${focusRing};
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--om-space-2);
  border-radius: var(--om-radii-md);
  border: 1px solid transparent;
  font: inherit;
  font-size: var(--om-typography-fontSize-body);
  font-weight: var(--om-typography-fontWeight-semibold);
  line-height: var(--om-typography-lineHeight-body);
  text-decoration: none;
  white-space: nowrap;
  cursor: pointer;
  transition:
    background-color var(--om-motion-fast),
    border-color var(--om-motion-fast);
  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
  &:disabled,
  &[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;

/** The `secondary` variant (outlined). @internal */
export const secondaryButton = css`
  background: var(--om-colors-background);
  color: var(--om-colors-text);
  border-color: var(--om-colors-borderStrong);
  &:hover:not(:disabled) {
    background: var(--om-colors-backgroundHover);
  }
  &:active:not(:disabled) {
    background: var(--om-colors-backgroundPressed);
  }
`;

/** The `tertiary` variant (quiet, accent text). `@__PURE__`: a bundle that never uses it drops it. @internal */
export const tertiaryButton = /* @__PURE__ */ (() => css`
  background: transparent;
  color: var(--om-colors-link);
  &:hover:not(:disabled) {
    background: var(--om-colors-accentSoft);
    color: var(--om-colors-accentHover);
  }
  &:active:not(:disabled) {
    color: var(--om-colors-accentPressed);
  }
`)();

/** The `small` size. @internal */
export const smallButton = /* @__PURE__ */ (() => css`
  min-height: 2rem;
  padding: 0 0.625rem;
`)();
