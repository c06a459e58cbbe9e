import { forwardRef, type ComponentType, type ForwardedRef, type HTMLAttributes } from 'react';
import { css, styled } from 'styled-components';
import type { InteractionResult, KnownOrRaw, OfferSyncStatus } from '../../api/types';
import { enResultLabels, enStatusLabels } from '../../i18n/en/common';
import { useMessages } from '../../i18n/useMessageGroup';
import type { OfferTone } from '../../theme/theme';
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

/**
 * The badge's CSS (tone colours by `data-tone`), also for a table that draws many badges as plain `<span>`s under
 * one styled root instead of one styled component each (InteractionTable's rows).
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

type BadgeRest = Omit<HTMLAttributes<HTMLSpanElement>, 'children'>;

/** The badge of `value`: its tone and icon from `appearances`, its label from `labels` (unknown values: raw text). */
function renderBadge(
  ref: ForwardedRef<HTMLSpanElement>,
  rest: BadgeRest,
  value: string,
  appearances: Readonly<Record<string, Appearance>>,
  labels: Readonly<Record<string, string>>,
) {
  // Unknown values (and inherited keys like `constructor`) show their raw text with the neutral question icon.
  const known = Object.prototype.hasOwnProperty.call(appearances, value);
  const { Icon, tone } = known ? (appearances[value] as Appearance) : unknownAppearance;
  return (
    <Badge ref={ref} data-tone={tone} data-value={value} {...rest}>
      <Icon size={14} />
      <span>{known ? labels[value] : value}</span>
    </Badge>
  );
}

/** The badge for use inside our components' roots, which already set the theme's custom properties. */
export const StatusBadgeBase = /* @__PURE__ */ forwardRef<HTMLSpanElement, StatusBadgeProps>(function StatusBadgeBase(props, ref) {
  const { status, result, ...rest } = props;
  const messages = useMessages({ common: { status: enStatusLabels, result: enResultLabels } });
  return status !== undefined
    ? renderBadge(ref, rest, status, statusAppearance, messages.common.status)
    : renderBadge(ref, rest, result as string, resultAppearance, messages.common.result);
});

export interface OfferStatusBadgeProps extends BadgeRest {
  /** The offer status to show. */
  status: KnownOrRaw<OfferSyncStatus>;
}

/**
 * `StatusBadgeBase` for an offer status only: a component that shows no interaction result uses it, so it
 * carries neither the results' icons nor their table. Same markup. @internal
 */
export const OfferStatusBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, OfferStatusBadgeProps>(function OfferStatusBadge(
  { status, ...rest },
  ref,
) {
  const messages = useMessages({ common: { status: enStatusLabels } });
  return renderBadge(ref, rest, status, statusAppearance, messages.common.status);
});
