import {
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type ErrorInfo,
  type ForwardedRef,
  type HTMLAttributes,
} from 'react';
import { styled } from 'styled-components';
import type { InteractionQuery, Offer, OfferRef } from '../../api/types';
import type { InteractionSelectHandler, OfferEditHandler } from '../../hooks/OfferManagementProvider';
import { useInteractionQueryState } from '../../hooks/useInteractionQueryState';
import { useOffer, type UseOfferResult } from '../../hooks/useOffer';
import { useOfferInteractions, type UseOfferInteractionsResult } from '../../hooks/useOfferInteractions';
import { enPage } from '../../i18n/en/page';
import { useMessages } from '../../i18n/useMessageGroup';
import { focusRing, rootStyles, ThemeScope } from '../../theme/ThemeScope';
import { InteractionTable } from '../InteractionTable/InteractionTable';
import { OfferHeader, OfferHeaderSkeleton } from '../OfferHeader/OfferHeader';
import { OfferStatus, OfferStatusSkeleton } from '../OfferStatus/OfferStatus';
import { SectionError } from '../shared/SectionError';
import { VisuallyHidden } from '../shared/VisuallyHidden';
import { SectionBoundary } from './SectionBoundary';

const Root = styled.div`
  ${rootStyles};
  display: flex;
  flex-direction: column;
  gap: var(--om-space-5);
  min-width: 0;
`;

const Section = styled.div`
  display: flex;
  flex-direction: column;
  gap: var(--om-space-3);
  min-width: 0;
`;

const SectionHeading = styled.h2`
  ${focusRing};
  margin: 0;
  color: var(--om-colors-text);
  font-size: var(--om-typography-fontSize-title);
  line-height: var(--om-typography-lineHeight-title);
  letter-spacing: var(--om-typography-letterSpacing-title);
  font-weight: var(--om-typography-fontWeight-semibold);
`;

const Note = styled.p`
  margin: 0;
  color: var(--om-colors-textMuted);
  font-size: var(--om-typography-fontSize-caption);
  line-height: var(--om-typography-lineHeight-caption);
`;

export interface OfferDetailsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The offer's feed, `vendor.channel` (e.g. `vtex.meli-classic`). */
  feedId: string;
  /** The offer's SKU id on VTEX ("ID on VTEX"). */
  skuId: string;
  /**
   * The interactions' filters and page, controlled (e.g. kept in the host's URL); pair it with `onQueryChange`.
   * While set, this value is what the page shows and fetches.
   */
  query?: InteractionQuery;
  /** The first filters and page when uncontrolled (missing fields: page 1, 25 per page, no filters). */
  defaultQuery?: Partial<InteractionQuery>;
  /**
   * Called with the next filters and page whenever the seller changes them (both modes). A filter or page size
   * change comes with page 1.
   */
  onQueryChange?: (query: InteractionQuery) => void;
  /** Overrides the provider's `onEdit` for this page (used when the provider has no `links.editHref`). */
  onEdit?: OfferEditHandler;
  /** Overrides the provider's `onInteractionSelect` (used when the provider has no `links.interactionHref`). */
  onInteractionSelect?: InteractionSelectHandler;
  /** Heading level of the offer name (default 2, under the host's page `h1`); the sections use the next level. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Called with what a section threw while rendering (it shows an error state with Retry; the rest stays up). */
  onSectionError?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * The whole "Offer details" page wired to the data hooks: header (image, channel, name, IDs, Edit menu), status
 * (with the active errors) and the interactions with their filters and pagination. Needs an
 * `OfferManagementProvider` with a client.
 *
 * - Each part has its own loading skeleton, empty state and error state with Retry; an offer that cannot be
 *   found or seen replaces the whole page with one message saying so.
 * - Each part sits in an error boundary: an error thrown while rendering one part shows an error state with
 *   Retry there, and the rest of the page stays up.
 * - The interactions' filters and page are uncontrolled (`defaultQuery`) or controlled (`query` +
 *   `onQueryChange`). Opening another offer (`feedId` / `skuId`) starts from a clean page: nothing of the old
 *   offer is shown, and an uncontrolled query goes back to `defaultQuery`.
 * - The previous page of interactions stays on screen while the next one loads; polling (while the offer is
 *   sending or an interaction processing) is done by the hooks.
 */
export const OfferDetails = /* @__PURE__ */ forwardRef<HTMLDivElement, OfferDetailsProps>(function OfferDetails(props, ref) {
  const refKey = `${props.feedId}\u0000${props.skuId}`;
  return (
    <ThemeScope>
      {/* Last line of defence: whatever escapes the sections (a missing provider...) shows an error with Retry
          here instead of unmounting the host's whole React tree. */}
      <SectionBoundary resetKey={refKey} {...(props.onSectionError ? { onError: props.onSectionError } : {})}>
        {/* A new offer is a new page: no state (open menus, expanded errors, filters) carries over. */}
        <OfferDetailsPage key={refKey} {...props} forwardedRef={ref} />
      </SectionBoundary>
    </ThemeScope>
  );
});

type ViewState = 'loading' | 'error' | 'ready';

/** What a part shows: data when there is some, the error once retries are over, else loading (also while retrying). */
function viewState(result: UseOfferResult | UseOfferInteractionsResult): ViewState {
  if (result.data !== undefined) return 'ready';
  if (result.status === 'error' && !result.isFetching) return 'error';
  return 'loading';
}

/** A missing or forbidden offer: the page says so once, instead of every part. */
function isPageLevelError(offer: UseOfferResult): boolean {
  return offer.status === 'error' && (offer.error.kind === 'not-found' || offer.error.kind === 'unauthorized');
}

function OfferDetailsPage({
  feedId,
  skuId,
  query: controlledQuery,
  defaultQuery,
  onQueryChange,
  onEdit,
  onInteractionSelect,
  headingLevel = 2,
  onSectionError,
  forwardedRef,
  ...rest
}: OfferDetailsProps & { forwardedRef: ForwardedRef<HTMLDivElement> }) {
  const messages = useMessages({ page: enPage });
  const ref = useMemo<OfferRef>(() => ({ feedId, skuId }), [feedId, skuId]);
  const sectionLevel = Math.min(headingLevel + 1, 5) as 2 | 3 | 4 | 5;

  const { query, setOrigins, setResults, setPage, setPageSize } = useInteractionQueryState({
    ...(controlledQuery ? { value: controlledQuery } : {}),
    ...(defaultQuery ? { defaultValue: defaultQuery } : {}),
    ...(onQueryChange ? { onChange: onQueryChange } : {}),
  });

  // The table hands over the whole next query; route each change through the state's setters so its rules (a
  // filter or page size change goes back to page 1, nothing else does) hold in one place.
  const applyQuery = useCallback(
    (next: InteractionQuery) => {
      const originsChanged = !sameValues(next.origins, query.origins);
      const resultsChanged = !sameValues(next.results, query.results);
      if (originsChanged) setOrigins(next.origins ?? []);
      if (resultsChanged) setResults(next.results ?? []);
      if (next.pageSize !== query.pageSize) setPageSize(next.pageSize);
      else if (!originsChanged && !resultsChanged && next.page !== query.page) setPage(next.page);
    },
    [query, setOrigins, setResults, setPage, setPageSize],
  );

  const offer = useOffer(ref);
  const interactions = useOfferInteractions(ref, query);
  const offerView = viewState(offer);
  const interactionsView = viewState(interactions);
  // TanStack's `refetch` is stable for an observer.
  const { refetch: refetchOfferQuery } = offer;
  const { refetch: refetchInteractionsQuery } = interactions;
  const refetchOffer = useCallback(() => void refetchOfferQuery(), [refetchOfferQuery]);
  const refetchInteractions = useCallback(() => void refetchInteractionsQuery(), [refetchInteractionsQuery]);

  // Nothing can be shown: a missing / forbidden offer, or both parts failed (say it once, retry both).
  const pageError =
    offerView === 'error' && (isPageLevelError(offer) || interactionsView === 'error') ? offer.error : null;

  // Retry buttons go away while their part reloads; focus then moves to what replaced them, not to <body>.
  const rootRef = useRef<HTMLDivElement | null>(null);
  const interactionsHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRetry = useRef<'offer' | 'interactions' | null>(null);
  const setRoot = useCallback(
    (node: HTMLDivElement | null) => {
      rootRef.current = node;
      if (typeof forwardedRef === 'function') forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    },
    [forwardedRef],
  );
  const retryOffer = useCallback(() => {
    focusAfterRetry.current = 'offer';
    refetchOffer();
  }, [refetchOffer]);
  const retryInteractions = useCallback(() => {
    focusAfterRetry.current = 'interactions';
    refetchInteractions();
  }, [refetchInteractions]);
  const retryPage = () => {
    retryOffer();
    if (interactions.status === 'error') refetchInteractions();
  };
  useEffect(() => {
    const part = focusAfterRetry.current;
    const root = rootRef.current;
    if (!part || !root || (part === 'offer' ? offerView : interactionsView) === 'loading') return;
    focusAfterRetry.current = null;
    // Only when focus was lost with the button: never take it from where the seller has moved on to.
    const active = root.ownerDocument.activeElement;
    if (active && active !== root.ownerDocument.body) return;
    const retry =
      part === 'offer'
        ? root.querySelector<HTMLElement>('[data-section="page"] button, [data-section="offer"] button')
        : (interactionsHeadingRef.current?.closest('[data-section]')?.querySelector<HTMLElement>('[data-kind] button') ??
          null);
    const heading =
      part === 'offer' ? root.querySelector<HTMLElement>(`h${headingLevel}`) : interactionsHeadingRef.current;
    const target = retry ?? heading;
    if (!target) return;
    if (target === heading && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  });

  const shownOffer: Offer | undefined = offer.data;
  const boundary = onSectionError ? { onError: onSectionError } : {};
  const selectInteraction =
    onInteractionSelect && shownOffer
      ? (interaction: { id: string }) => onInteractionSelect(shownOffer, interaction.id)
      : undefined;

  return (
    <Root
      ref={setRoot}
      data-state={pageError ? 'error' : offerView}
      {...(shownOffer ? { 'data-status': shownOffer.status } : {})}
      {...rest}
    >
      {shownOffer ? null : (
        // Keeps the outline whole (no skipped level before the section headings) until the offer's name is shown.
        <VisuallyHidden as={`h${headingLevel}`}>{messages.page.title}</VisuallyHidden>
      )}
      {pageError ? (
        <SectionError error={pageError} onRetry={retryPage} data-section="page" />
      ) : (
        <>
          <SectionBoundary onRetry={retryOffer} {...boundary}>
            {offerView === 'ready' && shownOffer ? (
              <OfferHeader offer={shownOffer} headingLevel={headingLevel} {...(onEdit ? { onEdit } : {})} />
            ) : offerView === 'error' ? (
              <SectionError error={offer.error} onRetry={retryOffer} data-section="offer" />
            ) : (
              <OfferHeaderSkeleton />
            )}
          </SectionBoundary>
          {offerView === 'error' ? null : (
            <SectionBoundary onRetry={retryOffer} {...boundary}>
              {offerView === 'ready' && shownOffer ? (
                <OfferStatus
                  offer={shownOffer}
                  headingLevel={sectionLevel}
                  {...(onEdit ? { onEdit } : {})}
                  {...(onInteractionSelect ? { onInteractionSelect } : {})}
                />
              ) : (
                <OfferStatusSkeleton />
              )}
            </SectionBoundary>
          )}
          {/*
            Not a landmark itself: the table's scroll region is the "Interactions" region (named by its caption),
            and two regions of one name would be ambiguous. The heading starts the part in the outline.
          */}
          <Section data-section="interactions">
            <SectionHeading as={`h${sectionLevel}`} ref={interactionsHeadingRef} tabIndex={-1}>
              {messages.page.interactions}
            </SectionHeading>
            <Note>{messages.page.retention}</Note>
            <SectionBoundary onRetry={retryInteractions} {...boundary}>
              <InteractionTable
                data={interactions.data}
                query={query}
                onQueryChange={applyQuery}
                {...(shownOffer ? { offer: shownOffer } : {})}
                isFetching={interactions.isPlaceholderData}
                error={interactionsView === 'error' ? interactions.error : null}
                onRetry={retryInteractions}
                {...(selectInteraction ? { onInteractionSelect: selectInteraction } : {})}
              />
            </SectionBoundary>
          </Section>
        </>
      )}
    </Root>
  );
}

function sameValues(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const left = new Set(a ?? []);
  const right = new Set(b ?? []);
  return left.size === right.size && [...left].every((value) => right.has(value));
}
