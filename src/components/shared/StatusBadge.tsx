import { forwardRef, type ComponentType, type HTMLAttributes } from 'react';
import { css, styled } from 'styled-components';
import type { InteractionResult, KnownOrRaw, OfferSyncStatus } from '../../api/types';
import { useOfferMessages } from '../../i18n/hooks';
import type { OfferTone } from '../../theme/theme';
import { ThemeScope, themeVarsRule } from '../../theme/ThemeScope';
import { toneVars } from '../../theme/vars';
import {
  IconArrowsClockwise,
  IconCheckCircle,
  IconClock,
  IconInfo,
  IconProhibit,
  IconQuestion,
  IconWarningCircle,
  type IconProps,
} from './icons';

interface Appearance {
  tone: OfferTone;
  Icon: ComponentType<IconProps>;
}

/** Tone and icon of each offer status. */
export const statusAppearance: Readonly<Record<OfferSyncStatus, Appearance>> = {
  synched: { tone: 'success', Icon: IconCheckCircle },
  error: { tone: 'critical', Icon: IconWarningCircle },
  unavailable: { tone: 'neutral', Icon: IconProhibit },
  sending: { tone: 'info', Icon: IconArrowsClockwise },
};

/** Tone and icon of each interaction result. */
export const resultAppearance: Readonly<Record<InteractionResult, Appearance>> = {
  success: { tone: 'success', Icon: IconCheckCircle },
  failure: { tone: 'critical', Icon: IconWarningCircle },
  notification: { tone: 'info', Icon: IconInfo },
  processing: { tone: 'warning', Icon: IconClock },
};

const unknownAppearance: Appearance = { tone: 'neutral', Icon: IconQuestion };

function has<K extends string>(record: Readonly<Record<K, unknown>>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * The badge's CSS (tone colours by `data-tone`), for a table that draws many badges as plain `<span>`s under one
 * styled root instead of one styled component each (InteractionTable's rows).
 */
export const statusBadgeStyles = css`
  ${toneVars}
  display: inline-flex;
  align-items: center;
  gap: var(--om-space-1);
  max-width: 100%;
  padding: var(--om-space-0_5) var(--om-space-2);
  border-radius: var(--om-radii-full);
  border: 1px solid var(--om-tone-border);
  background: var(--om-tone-background);
  color: var(--om-tone-text);
  font-size: var(--om-typography-fontSize-caption);
  line-height: var(--om-typography-lineHeight-caption);
  font-weight: var(--om-typography-fontWeight-medium);
  white-space: nowrap;
  vertical-align: middle;
  & > svg {
    flex: none;
    color: var(--om-tone-icon);
  }
  & > span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
`;

const Badge = styled.span`
  ${statusBadgeStyles}
`;

/** Either an offer status or an interaction result (unknown values show their raw text). */
export type StatusBadgeProps = Omit<HTMLAttributes<HTMLSpanElement>, 'children'> &
  (
    | {
        /** The offer status to show. */
        status: KnownOrRaw<OfferSyncStatus>;
        result?: never;
      }
    | {
        /** The interaction result to show. */
        result: KnownOrRaw<InteractionResult>;
        status?: never;
      }
  );

/** The badge for use inside our components' roots, which already set the theme's custom properties. */
export const StatusBadgeBase = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadgeBase(props, ref) {
  const { status, result, ...rest } = props;
  const messages = useOfferMessages();
  let label: string;
  let appearance: Appearance;
  const value = (status ?? result) as string;
  if (status !== undefined) {
    const known = has(statusAppearance, status);
    appearance = known ? statusAppearance[status] : unknownAppearance;
    label = known ? messages.common.status[status] : status;
  } else {
    const known = has(resultAppearance, value);
    appearance = known ? resultAppearance[value] : unknownAppearance;
    label = known ? messages.common.result[value] : value;
  }
  const { Icon, tone } = appearance;
  return (
    <Badge ref={ref} data-tone={tone} data-value={value} {...rest}>
      <Icon size={14} />
      <span>{label}</span>
    </Badge>
  );
});

const ScopedBadge = styled(StatusBadgeBase)`
  ${themeVarsRule}
`;

/**
 * A status or result shown by text AND icon (colour is never the only cue). Statuses: synched / error /
 * unavailable / sending; results: success / failure / notification / processing. Exposes `data-tone` and
 * `data-value`. Usable on its own anywhere in a host page (it sets its own theme scope).
 */
export const StatusBadge = forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadge(props, ref) {
  return (
    <ThemeScope>
      <ScopedBadge ref={ref} {...props} />
    </ThemeScope>
  );
});
