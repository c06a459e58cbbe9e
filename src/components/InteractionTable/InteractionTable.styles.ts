import { css, keyframes, styled } from 'styled-components';
import { focusRing, rootStyles, visuallyHidden } from '../../theme/ThemeScope';
import { statusBadgeStyles } from '../shared/StatusBadgeBase';

export const Root = styled.div`
  ${rootStyles}
  display: flex;
  flex-direction: column;
  gap: var(--om-space-3);
  min-width: 0;
  max-width: 100%;
`;

export const VisuallyHidden = styled.span`
  ${visuallyHidden}
`;

export const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--om-space-2);
  min-width: 0;
`;

export const ToolbarEnd = styled.div`
  display: flex;
  align-items: center;
  gap: var(--om-space-2);
  margin-inline-start: auto;
  min-height: var(--om-space-8);
`;

const buttonBase = css`
  ${focusRing}
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: var(--om-space-1);
  min-height: var(--om-space-8);
  min-width: var(--om-space-8);
  padding: 0 var(--om-space-3);
  border-radius: var(--om-radii-md);
  font: inherit;
  font-weight: var(--om-typography-fontWeight-medium);
  cursor: pointer;
  transition: background-color var(--om-motion-fast) var(--om-motion-easing);
  @media (prefers-reduced-motion: reduce) {
    transition: none;
  }
  &:disabled {
    cursor: not-allowed;
  }
`;

/** A bordered secondary button (filter triggers, paging). */
export const SecondaryButton = styled.button`
  ${buttonBase}
  border: 1px solid var(--om-colors-borderStrong);
  background: var(--om-colors-background);
  color: var(--om-colors-text);
  &:hover:not(:disabled) {
    background: var(--om-colors-backgroundHover);
  }
  &:active:not(:disabled) {
    background: var(--om-colors-backgroundPressed);
  }
  &[aria-expanded='true'] {
    border-color: var(--om-colors-accent);
    background: var(--om-colors-accentSoft);
  }
  &:disabled {
    border-color: var(--om-colors-border);
    color: var(--om-colors-textMuted);
    background: var(--om-colors-backgroundSoft);
  }
  & > svg {
    flex: none;
  }
`;

/** A borderless text button ("Clear filters"). */
export const QuietButton = styled.button`
  ${buttonBase}
  border: 1px solid transparent;
  background: transparent;
  color: var(--om-colors-link);
  &:hover {
    background: var(--om-colors-backgroundHover);
  }
`;

export const CountBadge = styled.span`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 1.25rem;
  height: 1.25rem;
  padding: 0 var(--om-space-1);
  border-radius: var(--om-radii-full);
  background: var(--om-colors-accent);
  color: var(--om-colors-textInverted);
  font-size: var(--om-typography-fontSize-caption);
  line-height: 1;
`;

export const FilterAnchor = styled.div`
  position: relative;
`;

export const Popover = styled.div`
  position: absolute;
  inset-inline-start: 0;
  top: calc(100% + var(--om-space-1));
  z-index: var(--om-zIndex-popover);
  min-width: 12rem;
  max-width: min(20rem, calc(100vw - 2rem));
  padding: var(--om-space-3);
  border: 1px solid var(--om-colors-border);
  border-radius: var(--om-radii-md);
  background: var(--om-colors-background);
  box-shadow: var(--om-shadows-popover);
`;

export const Fieldset = styled.fieldset`
  margin: 0;
  padding: 0;
  border: 0;
  min-width: 0;
  display: flex;
  flex-direction: column;
  gap: var(--om-space-1);
`;

export const Legend = styled.legend`
  padding: 0;
  margin-bottom: var(--om-space-2);
  font-weight: var(--om-typography-fontWeight-semibold);
`;

export const CheckboxLabel = styled.label`
  display: flex;
  align-items: center;
  gap: var(--om-space-2);
  min-height: var(--om-space-8);
  padding: 0 var(--om-space-1);
  border-radius: var(--om-radii-sm);
  cursor: pointer;
  &:hover {
    background: var(--om-colors-backgroundHover);
  }
  & > input {
    ${focusRing}
    width: 1rem;
    height: 1rem;
    margin: 0;
    flex: none;
    accent-color: var(--om-colors-accent);
  }
`;

const slide = keyframes`
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
`;

/** A thin animated bar shown while the next page loads (decorative; the text beside it says it). */
export const ProgressTrack = styled.span`
  position: relative;
  display: inline-block;
  width: 3rem;
  height: 0.25rem;
  overflow: hidden;
  border-radius: var(--om-radii-full);
  background: var(--om-colors-accentSoft);
  &::after {
    content: '';
    position: absolute;
    inset: 0;
    width: 40%;
    border-radius: inherit;
    background: var(--om-colors-accent);
    animation: ${slide} 1s var(--om-motion-easing) infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    &::after {
      animation: none;
      width: 100%;
    }
  }
`;

export const MutedText = styled.span`
  color: var(--om-colors-textMuted);
  font-size: var(--om-typography-fontSize-caption);
  line-height: var(--om-typography-lineHeight-caption);
`;

/**
 * The scroll container: horizontal scroll at narrow widths, vertical scroll when taller than its max height,
 * so the header can stick (`position: sticky` sticks to the nearest scroll container).
 */
export const ScrollRegion = styled.div`
  ${focusRing}
  position: relative;
  max-width: 100%;
  max-height: var(--offer-interactions-max-height, 70vh);
  overflow: auto;
  overscroll-behavior-x: contain;
  border: 1px solid var(--om-colors-border);
  border-radius: var(--om-radii-md);
  background: var(--om-colors-background);
`;

/**
 * Class names of the rows' plain elements. Rows are plain `<tr>`/`<td>` (no styled component per row or cell: a
 * table mounts hundreds of them); their CSS lives once in `Table` below, as descendant rules.
 */
export const rowClass = {
  row: 'om-it-row',
  interactive: 'om-it-row om-it-interactive',
  expired: 'om-it-expired',
  raw: 'om-it-raw',
  link: 'om-it-link',
  badge: 'om-it-badge',
  visuallyHidden: 'om-it-vh',
  spacer: 'om-it-spacer',
} as const;

/**
 * The table, with the CSS of its caption, sticky header cells, rows and cells (see `rowClass`): the Date cell (first)
 * does not wrap; spacer rows (windowing) have no padding or border; `.om-it-link` is the Date cell's link or button
 * that opens the interaction; `.om-it-expired` the "Details expired" note; `.om-it-raw` the raw text of an unknown
 * origin (long values wrap instead of widening the table); `.om-it-badge` the result, with StatusBadge's CSS. (No
 * comments inside the template: they would ship in the bundle.)
 */
export const Table = styled.table`
  width: 100%;
  min-width: 36rem;
  border-collapse: separate;
  border-spacing: 0;
  font-variant-numeric: tabular-nums;

  & > caption {
    ${visuallyHidden}
  }

  & > thead > tr > th {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: var(--om-space-2) var(--om-space-4);
    border-bottom: 1px solid var(--om-colors-border);
    background: var(--om-colors-backgroundSoft);
    color: var(--om-colors-text);
    font-weight: var(--om-typography-fontWeight-semibold);
    text-align: start;
    white-space: nowrap;
  }

  & > tbody > tr > td {
    padding: var(--om-space-3) var(--om-space-4);
    border-bottom: 1px solid var(--om-colors-border);
    vertical-align: middle;
    overflow-wrap: break-word;
  }
  & > tbody > tr.om-it-interactive {
    cursor: pointer;
  }
  & > tbody > tr.om-it-interactive:hover > td {
    background: var(--om-colors-backgroundHover);
  }
  & > tbody > tr.om-it-row:last-child > td {
    border-bottom: 0;
  }
  & > tbody > tr.om-it-row > td:first-child {
    white-space: nowrap;
  }
  & > tbody > tr.om-it-spacer > td {
    padding: 0;
    border: 0;
  }

  & .om-it-link {
    ${focusRing}
    color: var(--om-colors-link);
    font-weight: var(--om-typography-fontWeight-medium);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    border-radius: var(--om-radii-sm);
    &:hover {
      color: var(--om-colors-accentHover);
    }
  }
  & button.om-it-link {
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    font-weight: var(--om-typography-fontWeight-medium);
    text-align: start;
    cursor: pointer;
  }

  & .om-it-expired {
    display: block;
    color: var(--om-colors-textMuted);
    font-size: var(--om-typography-fontSize-caption);
    line-height: var(--om-typography-lineHeight-caption);
  }

  & .om-it-raw {
    display: inline-block;
    min-width: 8rem;
    max-width: 20rem;
    overflow-wrap: anywhere;
  }

  & .om-it-badge {
    ${statusBadgeStyles}
    & > svg {
      width: 14px;
      height: 14px;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
  }

  & .om-it-vh {
    ${visuallyHidden}
  }
`;

export const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--om-space-3);
`;

export const PageSizeField = styled.div`
  display: flex;
  align-items: center;
  gap: var(--om-space-2);
  & > label {
    color: var(--om-colors-text);
  }
  & > select {
    ${focusRing}
    min-height: var(--om-space-8);
    padding: 0 var(--om-space-2);
    border: 1px solid var(--om-colors-borderStrong);
    border-radius: var(--om-radii-md);
    background: var(--om-colors-background);
    color: var(--om-colors-text);
    font: inherit;
  }
`;

export const Pager = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--om-space-2);
`;

export const PagerRange = styled.span`
  margin-inline-end: var(--om-space-1);
  white-space: nowrap;
`;

export const PagerButtons = styled.div`
  display: flex;
  gap: var(--om-space-1);
`;

export const Notice = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--om-space-3);
  padding: var(--om-space-4);
  border: 1px solid var(--om-colors-border);
  border-radius: var(--om-radii-md);
`;

export const SkeletonBlock = styled.span<{ $width: string }>`
  display: block;
  width: ${({ $width }) => $width};
  max-width: 100%;
  height: 0.875rem;
  border-radius: var(--om-radii-sm);
  background: var(--om-colors-backgroundHover);
`;
