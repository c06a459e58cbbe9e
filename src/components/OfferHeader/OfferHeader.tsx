import { forwardRef, useId, type HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import type { Offer } from '../../api/types';
import type { OfferEditHandler } from '../../hooks/OfferManagementProvider';
import { enHeader } from '../../i18n/en/header';
import { formatMessage } from '../../i18n/formatters';
import { useMessages } from '../../i18n/useMessageGroup';
import { rootStyles, ThemeScope } from '../../theme/ThemeScope';
import { CopyButton } from '../shared/CopyButton';
import { SafeImage } from '../shared/SafeImage';
import { Skeleton } from '../shared/Skeleton';
import { OfferStatusBadge as StatusBadge } from '../shared/StatusBadgeBase';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import { EditMenu } from './EditMenu';

const Root = styled.section`
  ${rootStyles};
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: var(--om-space-4);
  padding: var(--om-space-6);
  border: 1px solid var(--om-colors-border);
  border-radius: var(--om-radii-lg);
  background: var(--om-colors-background);
`;

const Main = styled.div`
  display: flex;
  flex: 1 1 20rem;
  flex-direction: column;
  gap: var(--om-space-2);
  min-width: 0;
`;

const Channel = styled.p`
  display: flex;
  align-items: center;
  gap: var(--om-space-2);
  margin: 0;
  color: var(--om-colors-textMuted);
  font-weight: var(--om-typography-fontWeight-medium);
  overflow-wrap: anywhere;
`;

const Name = styled.h2`
  margin: 0;
  color: var(--om-colors-text);
  font-size: var(--om-typography-fontSize-heading);
  line-height: var(--om-typography-lineHeight-heading);
  letter-spacing: var(--om-typography-letterSpacing-heading);
  font-weight: var(--om-typography-fontWeight-semibold);
  overflow-wrap: anywhere;
`;

const Ids = styled.dl`
  display: flex;
  flex-wrap: wrap;
  gap: var(--om-space-2) var(--om-space-6);
  margin: var(--om-space-1) 0 0;
`;

const IdGroup = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0 var(--om-space-2);
  min-width: 0;
  & > dt {
    color: var(--om-colors-textMuted);
  }
  & > dd {
    display: inline-flex;
    align-items: center;
    gap: var(--om-space-1);
    margin: 0;
    min-width: 0;
    font-family: var(--om-typography-fontFamilyMono);
    font-weight: var(--om-typography-fontWeight-medium);
    overflow-wrap: anywhere;
  }
  & > dd[data-missing] {
    font-family: inherit;
    font-weight: var(--om-typography-fontWeight-regular);
    font-style: italic;
    color: var(--om-colors-textMuted);
  }
`;

const Actions = styled.div`
  display: flex;
  flex: none;
  gap: var(--om-space-2);
  margin-inline-start: auto;
`;

export interface OfferHeaderProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The offer to show (untrusted text is rendered as text; only http(s) images load). */
  offer: Offer;
  /** Called by an Edit item when the provider has no `links.editHref`; overrides the provider's `onEdit`. */
  onEdit?: OfferEditHandler;
  /** Heading level of the offer name (default 2). */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * The offer header: image, channel (logo and name), offer name (heading), status badge, "ID on VTEX" and
 * "ID on channel" (each copyable) and the Edit menu (Edit information / price / inventory). Presentational.
 * While loading, render `OfferHeaderSkeleton` instead.
 */
export const OfferHeader = /* @__PURE__ */ forwardRef<HTMLElement, OfferHeaderProps>(function OfferHeader(
  { offer, onEdit, headingLevel = 2, ...rest },
  ref,
) {
  const messages = useMessages({ header: enHeader });
  const nameId = useId();
  const m = messages.header;
  return (
    <ThemeScope>
      <Root ref={ref} aria-labelledby={nameId} data-status={offer.status} {...rest}>
        <SafeImage src={offer.imageUrl} alt={formatMessage(m.imageAlt, { name: offer.name })} size={72} />
        <Main>
          <Channel>
            <SafeImage src={offer.channel.logoUrl} alt="" size={20} rounded />
            <VisuallyHidden>{m.channel}: </VisuallyHidden>
            <span>{offer.channel.name}</span>
          </Channel>
          <Name as={`h${headingLevel}`} id={nameId}>
            {offer.name}
          </Name>
          <div>
            <VisuallyHidden>{m.status}: </VisuallyHidden>
            <StatusBadge status={offer.status} />
          </div>
          <Ids>
            <IdGroup>
              <dt>{m.idOnVtex}</dt>
              <dd>
                <span>{offer.skuId}</span>
                <CopyButton value={offer.skuId} label={m.idOnVtex} />
              </dd>
            </IdGroup>
            <IdGroup>
              <dt>{m.idOnChannel}</dt>
              {offer.externalOfferId ? (
                <dd>
                  <span>{offer.externalOfferId}</span>
                  <CopyButton value={offer.externalOfferId} label={m.idOnChannel} />
                </dd>
              ) : (
                <dd data-missing="">{m.notAssigned}</dd>
              )}
            </IdGroup>
          </Ids>
        </Main>
        <Actions>
          <EditMenu offer={offer} {...({ onEdit } as Pick<OfferHeaderProps, 'onEdit'>)} />
        </Actions>
      </Root>
    </ThemeScope>
  );
});

export type OfferHeaderSkeletonProps = Omit<HTMLAttributes<HTMLElement>, 'children'>;

/** The header's loading state: the same layout in pulsing blocks, announced as "Loading offer". */
export const OfferHeaderSkeleton = /* @__PURE__ */ forwardRef<HTMLElement, OfferHeaderSkeletonProps>(function OfferHeaderSkeleton(
  props,
  ref,
) {
  const messages = useMessages({ header: enHeader });
  return (
    <ThemeScope>
      <Root ref={ref} aria-busy="true" aria-label={messages.header.loading} data-loading="" {...props}>
        <VisuallyHidden role="status">{messages.header.loading}</VisuallyHidden>
        <Skeleton width={72} height={72} radius="0.5rem" />
        <Main>
          <Skeleton width="10rem" height="1rem" />
          <Skeleton width="min(28rem, 100%)" height="1.75rem" />
          <Skeleton width="6rem" height="1.25rem" radius="9999rem" />
          <Skeleton width="min(24rem, 100%)" height="1.25rem" />
        </Main>
        <Actions>
          <Skeleton width="5.5rem" height="2.25rem" radius="0.5rem" />
        </Actions>
      </Root>
    </ThemeScope>
  );
});
