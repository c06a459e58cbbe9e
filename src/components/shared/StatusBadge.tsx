import { forwardRef } from 'react';
import { styled } from 'styled-components';
import { ThemeScope, themeVarsRule } from '../../theme/ThemeScope';
import { StatusBadgeBase, type StatusBadgeProps } from './StatusBadgeBase';

// The badge itself lives in ./StatusBadgeBase, so our components (which set the theme scope on their roots)
// do not carry this scoped wrapper.
export { StatusBadgeBase, statusAppearance, resultAppearance } from './StatusBadgeBase';
export type { StatusBadgeProps } from './StatusBadgeBase';

const ScopedBadge = styled(StatusBadgeBase)`
  ${themeVarsRule}
`;

/**
 * A status or result shown by text AND icon (colour is never the only cue). Statuses: synched / error /
 * unavailable / sending; results: success / failure / notification / processing. Exposes `data-tone` and
 * `data-value`. Usable on its own anywhere in a host page (it sets its own theme scope).
 */
export const StatusBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(props, ref) {
  return (
    <ThemeScope>
      <ScopedBadge ref={ref} {...props} />
    </ThemeScope>
  );
});
