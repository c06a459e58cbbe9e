import { forwardRef, useId, type HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import type { Offer, OfferSyncStatus } from '../../api/types';
import type { InteractionSelectHandler, OfferEditHandler } from '../../hooks/OfferManagementProvider';
import { enStatusLabels } from '../../i18n/en/common';
import { enStatus } from '../../i18n/en/status';
import { formatDate, formatMessage, formatPlural } from '../../i18n/formatters';
import { useIntlSettings, useMessages } from '../../i18n/useMessageGroup';
import type { OfferTone } from '../../theme/theme';
import { rootStyles, ThemeScope } from '../../theme/ThemeScope';
import { toneVars } from '../../theme/vars';
import { ErrorList, type ErrorListProps } from '../ErrorList/ErrorList';
import { Skeleton } from '../shared/Skeleton';
import { OfferStatusBadge as StatusBadge, statusAppearance } from '../shared/StatusBadgeBase';
import { VisuallyHidden } from '../shared/VisuallyHidden';

const Root = styled.section`
  ${rootStyles};
  ${toneVars}
  display: flex;
  flex-direction: column;
  gap: var(--om-space-4);
  padding: var(--om-space-6);
  border: 1px solid var(--om-colors-border);
  border-inline-start: 4px solid var(--om-tone-icon);
  border-radius: var(--om-radii-lg);
  background: var(--om-colors-background);
`;

const Head = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--om-space-2) var(--om-space-4);
`;

const Title = styled.h2`
  margin: 0;
  font-size: var(--om-typography-fontSize-title);
  line-height: var(--om-typography-lineHeight-title);
  letter-spacing: var(--om-typography-letterSpacing-title);
  font-weight: var(--om-typography-fontWeight-semibold);
`;

const Live = styled.div`
  display: flex;
  align-items: center;
  gap: var(--om-space-3);
  flex-wrap: wrap;
`;

const Description = styled.p`
  margin: 0;
  max-width: 60rem;
  color: var(--om-colors-text);
`;

const Updated = styled.p`
  margin: 0;
  color: var(--om-colors-textMuted);
  font-size: var(--om-typography-fontSize-caption);
  line-height: var(--om-typography-lineHeight-caption);
`;

const ErrorsHeading = styled.h3`
  margin: 0;
  font-size: var(--om-typography-fontSize-body);
  line-height: var(--om-typography-lineHeight-body);
  font-weight: var(--om-typography-fontWeight-semibold);
`;

const ErrorsBlock = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--om-space-2);
`;

function toneOf(status: OfferSyncStatus): OfferTone {
  return statusAppearance[status]?.tone ?? 'neutral';
}

export interface OfferStatusProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The offer whose status (and, for Error, active errors) to show. */
  offer: Offer;
  /** Passed to the error list's Edit actions; overrides the provider's `onEdit`. */
  onEdit?: OfferEditHandler;
  /** Passed to the error list's "View interaction"; overrides the provider's `onInteractionSelect`. */
  onInteractionSelect?: InteractionSelectHandler;
  /** Heading level of the block title (default 2; the error names use the next level). */
  headingLevel?: 2 | 3 | 4 | 5;
  /** The current time, for the error list's ten-day retention rule (default: now). */
  now?: Date | number;
}

/**
 * The status block: Synched, Error, Unavailable or Sending, with its short explanation from the help article.
 * For Error it lists the active errors (`ErrorList`). The status sits in a polite live region, so a change
 * while polling (e.g. Sending → Synched) is announced.
 */
export const OfferStatus = /* @__PURE__ */ forwardRef<HTMLElement, OfferStatusProps>(function OfferStatus(
  { offer, onEdit, onInteractionSelect, headingLevel = 2, now, ...rest },
  ref,
) {
  const messages = useMessages({ common: { status: enStatusLabels }, status: enStatus });
  const intl = useIntlSettings();
  const titleId = useId();
  const m = messages.status;
  const status = offer.status;
  const known = Object.prototype.hasOwnProperty.call(m.description, status);
  const statusLabel = known ? messages.common.status[status] : status;
  const errorLevel = (headingLevel + 1) as 3 | 4 | 5 | 6;
  return (
    <ThemeScope>
      <Root ref={ref} aria-labelledby={titleId} data-status={status} data-tone={toneOf(status)} {...rest}>
        <Head>
          <Title as={`h${headingLevel}`} id={titleId}>
            {m.title}
          </Title>
          {offer.updatedAt ? (
            <Updated>
              {formatMessage(m.updatedAt, { date: formatDate(intl, offer.updatedAt) })}
            </Updated>
          ) : null}
        </Head>
        <Live role="status" aria-live="polite" aria-atomic="true">
          <VisuallyHidden>{formatMessage(m.announcement, { status: statusLabel })}</VisuallyHidden>
          <StatusBadge status={status} aria-hidden="true" />
          {known ? <Description>{m.description[status]}</Description> : null}
        </Live>
        {status === 'error' ? (
          <ErrorsBlock>
            <ErrorsHeading as={`h${errorLevel}`}>{formatPlural(intl, m.errorCount, offer.errors.length)}</ErrorsHeading>
            <ErrorList
              errors={offer.errors}
              offer={offer}
              headingLevel={Math.min(errorLevel + 1, 6) as 4 | 5 | 6}
              // Left out, they are the same as not given (the provider's callbacks, the current time).
              {...({ onEdit, onInteractionSelect, now } as Pick<ErrorListProps, 'onEdit' | 'onInteractionSelect' | 'now'>)}
            />
          </ErrorsBlock>
        ) : null}
      </Root>
    </ThemeScope>
  );
});

export type OfferStatusSkeletonProps = Omit<HTMLAttributes<HTMLElement>, 'children'>;

/** The status block's loading state, announced as "Loading status". */
export const OfferStatusSkeleton = /* @__PURE__ */ forwardRef<HTMLElement, OfferStatusSkeletonProps>(function OfferStatusSkeleton(
  props,
  ref,
) {
  const messages = useMessages({ status: enStatus });
  return (
    <ThemeScope>
      <Root ref={ref} aria-busy="true" aria-label={messages.status.loading} data-loading="" data-tone="neutral" {...props}>
        <VisuallyHidden role="status">{messages.status.loading}</VisuallyHidden>
        <Skeleton width="5rem" height="1.5rem" />
        <Skeleton width="6rem" height="1.25rem" radius="9999rem" />
        <Skeleton width="min(36rem, 100%)" height="1rem" />
        <Skeleton width="min(28rem, 90%)" height="1rem" />
      </Root>
    </ThemeScope>
  );
});
