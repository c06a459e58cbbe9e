import {
  forwardRef,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type ForwardedRef,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import type { OfferManagementError } from '../../api/errors';
import type { Interaction, InteractionOrigin, InteractionPage, InteractionQuery, InteractionResult, Offer } from '../../api/types';
import { useIsomorphicLayoutEffect } from '../../hooks/useControllableState';
import { useOfferManagementConfig } from '../../hooks/context';
import { enCommon } from '../../i18n/en/common';
import { enTable } from '../../i18n/en/table';
import { useFormatters, useMessages } from '../../i18n/useMessageGroup';
import { dateTimeFormat } from '../../i18n/formatters';
import { useIntlSettings } from '../../i18n/useMessageGroup';
import { ThemeScope } from '../../theme/ThemeScope';
import { Button } from '../shared/Button';
import { EmptyState } from '../shared/EmptyState';
import { isInteractionExpired } from '../shared/retention';
import { IconCaretLeft, IconCaretRight } from '../shared/icons';
import { SectionError } from '../shared/SectionError';
import { Skeleton } from '../shared/Skeleton';
import { FilterMenu, type FilterOption } from './FilterMenu';
import { InteractionRow } from './InteractionRow';
import {
  Footer,
  MutedText,
  Notice,
  PageSizeField,
  Pager,
  PagerButtons,
  PagerRange,
  ProgressTrack,
  QuietButton,
  Root,
  ScrollRegion,
  Table,
  rowClass,
  Toolbar,
  ToolbarEnd,
  VisuallyHidden,
} from './InteractionTable.styles';
import {
  FILTER_VALUES,
  INTERACTION_PAGE_SIZES,
  hasActiveFilters,
  pageCount,
  pageWindow,
  toggleFilterValue,
  withPage,
  withPageSize,
  withoutFilters,
} from './logic';
import { useOverflow } from './useOverflow';
import { useRowWindow } from './useRowWindow';

/** Props of `InteractionTable`; any other DOM attribute goes to the root `<div>`. */
export interface InteractionTableProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The loaded page of interactions; `undefined` while the first page loads (skeleton rows). */
  data: InteractionPage | undefined;
  /** The current filters and page (controlled). */
  query: InteractionQuery;
  /** Called with the next query when a filter, the page size or the page changes (filters and size go back to page 1). */
  onQueryChange(next: InteractionQuery): void;
  /** The offer the interactions belong to, passed to the provider's `links.interactionHref` / `onInteractionSelect`. */
  offer?: Offer;
  /** True while another page loads and `data` still holds the previous one (`aria-busy`, subtle indicator). */
  isFetching?: boolean;
  /** Why loading failed: shows an error state in the seller's words instead of the rows. */
  error?: OfferManagementError | null;
  /** Called by the error state's Retry button. */
  onRetry?: () => void;
  /** The URL of an interaction's details; overrides the provider's `links.interactionHref`. */
  interactionHref?: (interaction: Interaction) => string | undefined;
  /** Called when an interaction is opened and there is no URL; overrides the provider's `onInteractionSelect`. */
  onInteractionSelect?: (interaction: Interaction) => void;
  /**
   * The current time, for the ten-day retention of interaction details (default: now). A row older than that
   * shows "Details expired" under its date (it still opens, so the host's details page can say what is left).
   */
  now?: Date | number;
}

type OpenFilter = 'origins' | 'results' | null;

/**
 * A unique React key per row: the interaction's id, suffixed for repeats. A server may send the same id twice
 * (a retried write, a join); every row is still shown, and React neither warns nor drops one.
 */
function rowKeys(items: readonly Interaction[]): string[] {
  const seen = new Map<string, number>();
  return items.map((interaction) => {
    const count = seen.get(interaction.id) ?? 0;
    seen.set(interaction.id, count + 1);
    return count === 0 ? interaction.id : `${interaction.id}\u0000${count}`;
  });
}

const NO_ITEMS: readonly Interaction[] = [];

const SKELETON_ROWS = 5;

/**
 * The list of an offer's interactions: Date, Origin, New value and Result, filters by origin and result,
 * items per page and pagination ("1–25 of 5,000", announced politely). Presentational: the host (or
 * `OfferDetails`) owns `query` and fetches `data`; filter and page-size changes ask for page 1.
 *
 * A row opens the interaction's details through a real link in its Date cell when there is a URL
 * (`interactionHref`, else the provider's `links.interactionHref(offer, id)`), and a click elsewhere on the row
 * follows it (Cmd/Ctrl/Shift or middle click: new tab; not while text is selected). Without a URL the Date cell
 * is a button calling `onInteractionSelect`. A row older than ten days (see `now`) also shows "Details expired" under
 * its date: its details are no longer kept, and the seller learns that before opening it. The header sticks inside the
 * table's scroll box, whose height is capped at `var(--offer-interactions-max-height, 70vh)`.
 *
 * Long pages render only the rows in view: above 100 rows (`WINDOW_MIN_ROWS`; the page-size menu offers up to 100),
 * the rows in the scroll box's view (or the window's, when the box does not scroll) and 10 above and below are in the
 * DOM, spacer rows keep the scroll height, the table states `aria-rowcount` (every row, with the header row) and each
 * row its `aria-rowindex`. Tab goes on row by row past the rendered ones (a focused row stays rendered and the
 * browser scrolls it into view). The limit: the browser's find-in-page only sees the rendered rows of such a page.
 * Up to 100 rows, every row is in the DOM. Without layout (server rendering) the first 50 rows render.
 */
export const InteractionTable = forwardRef<HTMLDivElement, InteractionTableProps>(function InteractionTable(props, ref) {
  return (
    <ThemeScope>
      <InteractionTableView {...props} forwardedRef={ref} />
    </ThemeScope>
  );
});

function InteractionTableView({
  data,
  query,
  onQueryChange,
  offer,
  isFetching = false,
  error = null,
  onRetry,
  interactionHref,
  onInteractionSelect,
  now,
  forwardedRef,
  ...rest
}: InteractionTableProps & { forwardedRef: ForwardedRef<HTMLDivElement> }) {
  const nowMs = now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
  const config = useOfferManagementConfig();
  const messages = useMessages({ common: enCommon, table: enTable });
  const format = useFormatters(messages.table.range);
  const t = messages.table;
  const captionId = useId();
  const pageSizeId = useId();
  const regionRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [openFilter, setOpenFilter] = useState<OpenFilter>(null);

  // Latest props for stable callbacks (rows are memoised; inline host handlers must not re-render them).
  const latest = useRef({ query, onQueryChange, onInteractionSelect, providerSelect: config.onInteractionSelect, offer });
  useIsomorphicLayoutEffect(() => {
    latest.current = { query, onQueryChange, onInteractionSelect, providerSelect: config.onInteractionSelect, offer };
  });

  const change = useCallback((next: (current: InteractionQuery) => InteractionQuery) => {
    const { query: current, onQueryChange: notify } = latest.current;
    notify(next(current));
  }, []);

  const canSelect = onInteractionSelect !== undefined || (config.onInteractionSelect !== undefined && offer !== undefined);
  const handleSelect = useCallback((interaction: Interaction) => {
    const { onInteractionSelect: own, providerSelect, offer: currentOffer } = latest.current;
    if (own) own(interaction);
    else if (providerSelect && currentOffer) providerSelect(currentOffer, interaction.id);
  }, []);

  const providerHref = config.links.interactionHref;
  const hrefFor = (interaction: Interaction): string | undefined => {
    if (interactionHref) return interactionHref(interaction);
    if (providerHref && offer) return providerHref(offer, interaction.id);
    return undefined;
  };

  const originOptions = useMemo<FilterOption<InteractionOrigin>[]>(
    () => FILTER_VALUES.origins.map((value) => ({ value, label: messages.common.origin[value] })),
    [messages],
  );
  const resultOptions = useMemo<FilterOption<InteractionResult>[]>(
    () => FILTER_VALUES.results.map((value) => ({ value, label: messages.common.result[value] })),
    [messages],
  );
  const onOpenOrigins = useCallback((open: boolean) => setOpenFilter((current) => (open ? 'origins' : current === 'origins' ? null : current)), []);
  const onOpenResults = useCallback((open: boolean) => setOpenFilter((current) => (open ? 'results' : current === 'results' ? null : current)), []);
  const onToggleOrigin = useCallback(
    (value: InteractionOrigin, checked: boolean) => change((current) => toggleFilterValue(current, 'origins', value, checked)),
    [change],
  );
  const onToggleResult = useCallback(
    (value: InteractionResult, checked: boolean) => change((current) => toggleFilterValue(current, 'results', value, checked)),
    [change],
  );

  const origins = query.origins ?? [];
  const results = query.results ?? [];
  const filtered = hasActiveFilters(query);
  const loading = data === undefined && !error;
  const visible = data ? pageWindow(data) : undefined;
  const lastPage = data ? pageCount(data.total, query.pageSize) : 1;
  const empty = data !== undefined && data.total === 0;
  const outOfRange = visible?.outOfRange ?? false;
  const showRows = !error && !empty && !outOfRange;

  const overflows = useOverflow(regionRef, [data, loading, showRows]);
  const items = data?.items ?? NO_ITEMS;
  const keys = useMemo(() => rowKeys(items), [items]);
  const rowWindow = useRowWindow(bodyRef, keys);
  // One date formatter per table render for every row (the cached Intl instance behind `format.dateTime`).
  const intlSettings = useIntlSettings();
  const formatDate = useMemo(() => {
    const intl = dateTimeFormat(intlSettings);
    return (date: Date) => intl.format(date);
  }, [intlSettings]);
  const spacer = (px: number, key: string) => (
    <tr key={key} className={rowClass.spacer} aria-hidden="true">
      <td colSpan={4} style={{ height: px }} />
    </tr>
  );

  const rangeText = !visible
    ? ''
    : visible.start > 0
      ? format.range(visible.start, visible.end, visible.total)
      : format.message(t.rangeEmpty, { total: format.count(visible.total) });

  // The pagination text is also the polite live region: "1–25 of 5,000" on screen, "Showing 1–25 of 5,000"
  // for screen readers (the template's words around {range} are visually hidden), so the text exists once.
  let status: ReactNode = null;
  if (loading) status = <VisuallyHidden>{t.loading}</VisuallyHidden>;
  else if (empty) status = (
    <>
      <VisuallyHidden>{`${format.plural(t.resultsCount, 0)}: `}</VisuallyHidden>
      {rangeText}
    </>
  );
  else if (rangeText) {
    const [before = '', after = ''] = t.showing.split('{range}');
    status = (
      <>
        {before ? <VisuallyHidden>{before}</VisuallyHidden> : null}
        {rangeText}
        {after ? <VisuallyHidden>{after}</VisuallyHidden> : null}
      </>
    );
  }

  const filterLabel = (label: string, count: number) =>
    format.message(t.filters.activeLabel, { filter: label, selected: format.plural(t.filters.selected, count) });

  const pageSizes: readonly number[] = (INTERACTION_PAGE_SIZES as readonly number[]).includes(query.pageSize)
    ? INTERACTION_PAGE_SIZES
    : [...INTERACTION_PAGE_SIZES, query.pageSize].sort((a, b) => a - b);

  const page = query.page;
  const atStart = data === undefined || page <= 1;
  const atEnd = data === undefined || page >= lastPage;
  const goTo = (target: number) => change((current) => withPage(current, Math.min(target, lastPage)));

  // Paging to the first or last page disables the pressed button, which would drop keyboard focus to <body>:
  // keep it in the pager, on the nearest button still enabled.
  const pagerButtonsRef = useRef<HTMLDivElement>(null);
  const pagedFromPager = useRef(false);
  const pageFrom = (target: number) => {
    pagedFromPager.current = true;
    goTo(target);
  };
  useIsomorphicLayoutEffect(() => {
    if (!pagedFromPager.current) return;
    pagedFromPager.current = false;
    const group = pagerButtonsRef.current;
    const active = document.activeElement;
    if (!group || (active !== document.body && !(group.contains(active) && (active as HTMLButtonElement).disabled))) return;
    const enabled = Array.from(group.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'));
    (atEnd ? enabled[enabled.length - 1] : enabled[0])?.focus();
  }, [page]);

  /** The rows to render (all, or the window's ranges between spacer rows), each a memoised `InteractionRow`. */
  const renderRows = () => {
    const out: ReactNode[] = [];
    let next = 0;
    for (const [start, end] of rowWindow.ranges) {
      if (start > next) out.push(spacer(rowWindow.heightOf(next, start), next === 0 ? 'spacer-start' : 'spacer-gap'));
      for (let index = start; index < end; index += 1) {
        const interaction = items[index];
        const key = keys[index];
        if (interaction === undefined || key === undefined) continue;
        out.push(
          <InteractionRow
            key={key}
            interaction={interaction}
            href={hrefFor(interaction)}
            onSelect={canSelect ? handleSelect : undefined}
            // Older than ten days: the details are gone, so the row says so (it still opens: every row reaches
            // the interaction, whose page tells what is left of it).
            expired={isInteractionExpired(interaction.startDate, nowMs)}
            rowIndex={rowWindow.windowed ? index + 2 : undefined}
            format={format}
            formatDate={formatDate}
            messages={messages}
          />,
        );
      }
      next = end;
    }
    if (next < items.length) out.push(spacer(rowWindow.heightOf(next, items.length), 'spacer-end'));
    return out;
  };

  return (
    <Root ref={forwardedRef} data-state={error ? 'error' : loading ? 'loading' : empty ? 'empty' : 'ready'} {...rest}>
      <Toolbar role="group" aria-label={t.filters.label}>
        <FilterMenu
          label={t.filters.origin}
          activeLabel={filterLabel(t.filters.origin, origins.length)}
          countText={format.count(origins.length)}
          options={originOptions}
          selected={origins}
          open={openFilter === 'origins'}
          onOpenChange={onOpenOrigins}
          onToggle={onToggleOrigin}
        />
        <FilterMenu
          label={t.filters.result}
          activeLabel={filterLabel(t.filters.result, results.length)}
          countText={format.count(results.length)}
          options={resultOptions}
          selected={results}
          open={openFilter === 'results'}
          onOpenChange={onOpenResults}
          onToggle={onToggleResult}
        />
        {filtered && !empty ? (
          <QuietButton type="button" onClick={() => change(withoutFilters)}>
            {t.filters.clear}
          </QuietButton>
        ) : null}
        <ToolbarEnd>
          {isFetching && data !== undefined ? (
            <>
              <ProgressTrack aria-hidden="true" />
              <MutedText>{t.fetching}</MutedText>
            </>
          ) : null}
        </ToolbarEnd>
      </Toolbar>

      {error ? (
        <SectionError error={error} onRetry={onRetry} />
      ) : empty ? (
        <EmptyState
          title={filtered ? t.emptyFiltered : t.empty}
          description={filtered ? t.emptyFilteredDescription : t.emptyDescription}
          action={
            filtered ? (
              <Button variant="secondary" size="small" onClick={() => change(withoutFilters)}>
                {t.filters.clear}
              </Button>
            ) : undefined
          }
        />
      ) : outOfRange ? (
        <Notice>
          <span>{format.message(t.outOfRange, { page: format.count(page), pages: format.count(lastPage) })}</span>
          <Button variant="secondary" size="small" onClick={() => goTo(lastPage)}>
            {t.goToLastPage}
          </Button>
        </Notice>
      ) : (
        <ScrollRegion ref={regionRef} role="region" aria-labelledby={captionId} tabIndex={overflows ? 0 : undefined}>
          <Table aria-busy={loading || isFetching} aria-rowcount={rowWindow.windowed ? items.length + 1 : undefined}>
            <caption id={captionId}>{t.caption}</caption>
            <thead>
              <tr aria-rowindex={rowWindow.windowed ? 1 : undefined}>
                <th scope="col">{t.columns.date}</th>
                <th scope="col">{t.columns.origin}</th>
                <th scope="col">{t.columns.newValue}</th>
                <th scope="col">{t.columns.result}</th>
              </tr>
            </thead>
            <tbody ref={bodyRef} onFocus={rowWindow.onFocus} onBlur={rowWindow.onBlur}>
              {data === undefined
                ? Array.from({ length: Math.min(SKELETON_ROWS, query.pageSize) }, (_, index) => (
                    <tr key={index} aria-hidden="true" data-skeleton-row="">
                      <td>
                        <Skeleton width="9rem" height="0.875rem" />
                      </td>
                      <td>
                        <Skeleton width="5rem" height="0.875rem" />
                      </td>
                      <td>
                        <Skeleton width="5rem" height="0.875rem" />
                      </td>
                      <td>
                        <Skeleton width="6rem" height="1.25rem" radius="9999rem" />
                      </td>
                    </tr>
                  ))
                : renderRows()}
            </tbody>
          </Table>
        </ScrollRegion>
      )}

      {error ? null : (
        <Footer>
          <PageSizeField>
            <label htmlFor={pageSizeId}>{t.pageSize}</label>
            <select
              id={pageSizeId}
              value={query.pageSize}
              onChange={(event) => {
                const size = Number(event.currentTarget.value);
                change((current) => withPageSize(current, size));
              }}
            >
              {pageSizes.map((size) => (
                <option key={size} value={size}>
                  {format.count(size)}
                </option>
              ))}
            </select>
          </PageSizeField>
          <Pager aria-label={t.pagination}>
            <PagerRange role="status" aria-live="polite" aria-atomic="true">
              {status}
            </PagerRange>
            <PagerButtons ref={pagerButtonsRef}>
              <Button size="small" aria-label={t.firstPage} title={t.firstPage} disabled={atStart} onClick={() => pageFrom(1)}>
                <IconCaretLeft size={16} />
                <IconCaretLeft size={16} style={{ marginInlineStart: '-0.75rem' }} />
              </Button>
              <Button size="small" aria-label={t.previousPage} title={t.previousPage} disabled={atStart} onClick={() => pageFrom(Math.min(page - 1, lastPage))}>
                <IconCaretLeft size={16} />
              </Button>
              <Button size="small" aria-label={t.nextPage} title={t.nextPage} disabled={atEnd} onClick={() => pageFrom(page + 1)}>
                <IconCaretRight size={16} />
              </Button>
              <Button size="small" aria-label={t.lastPage} title={t.lastPage} disabled={atEnd} onClick={() => pageFrom(lastPage)}>
                <IconCaretRight size={16} />
                <IconCaretRight size={16} style={{ marginInlineStart: '-0.75rem' }} />
              </Button>
            </PagerButtons>
          </Pager>
        </Footer>
      )}

    </Root>
  );
}
