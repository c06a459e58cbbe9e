import { css } from 'styled-components';
import { focusRing } from '../../theme/ThemeScope';

/** Inline text link style (underlined, accent, focus ring). */
export const linkStyles = css`
  ${focusRing};
  color: var(--om-colors-link);
  font-weight: var(--om-typography-fontWeight-medium);
  text-decoration: underline;
  text-underline-offset: 2px;
  border-radius: var(--om-radii-sm);
  &:hover {
    color: var(--om-colors-accentHover);
  }
`;
