import { memo, useRef, type MouseEvent } from 'react';
import { isInteractionOrigin, type Interaction } from '../../api/types';
import { originLabel } from '../../i18n/labels';
import type { OfferFormatters } from '../../i18n/formatters';
import type { OfferMessageGroups } from '../../i18n/types';
import { StatusBadgeBase as StatusBadge } from '../shared/StatusBadge';
import { Cell, DateCell, ExpiredNote, RawText, Row, RowButton, RowLink, VisuallyHidden } from './InteractionTable.styles';
import { shouldRowClickAct, wantsNewTab } from './logic';

export interface InteractionRowProps {
  interaction: Interaction;
  /** The interaction details URL: the Date cell holds a link and a row click navigates like it. */
  href: string | undefined;
  /** Without `href`: the Date cell holds a button calling this, and so does a row click. */
  onSelect: ((interaction: Interaction) => void) | undefined;
  /**
   * The interaction is older than ten days: its details are gone, so the date is plain text with "Details
   * expired" beside it (the table passes no `href` / `onSelect` then).
   */
  expired?: boolean;
  format: OfferFormatters;
  messages: { readonly common: OfferMessageGroups['common']; readonly table: OfferMessageGroups['table'] };
}


/**
 * Opens the row's link like a click on it would. A plain click is re-dispatched on the link itself, so the
 * browser follows it natively and a host router that intercepts link clicks (single-page navigation) handles it
 * as it handles any link; Cmd/Ctrl/Shift and middle clicks open the URL in a new tab.
 */
export function openHref(link: HTMLAnchorElement | null, href: string, newTab: boolean): void {
  if (newTab) {
    window.open(href, '_blank', 'noopener');
  } else if (link) {
    link.click();
  } else {
    window.location.assign(href);
  }
}

function NewValue({ interaction, format, messages }: Pick<InteractionRowProps, 'interaction' | 'format' | 'messages'>) {
  const value = interaction.newValue;
  if (value?.kind === 'price') return <>{format.currency(value.amount, value.currency)}</>;
  if (value?.kind === 'inventory') return <>{format.plural(messages.table.inventoryValue, value.quantity)}</>;
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{messages.table.noValue}</VisuallyHidden>
    </>
  );
}

/**
 * One interaction. Memoised: it re-renders only when its interaction, href, handler or locale changes, so a
 * filter or page change in the parent stays cheap.
 */
export const InteractionRow = memo(function InteractionRow({
  interaction,
  href,
  onSelect,
  expired = false,
  format,
  messages,
}: InteractionRowProps) {
  const when = format.dateTime(interaction.startDate);
  const origin = originLabel(messages, interaction.origin);
  const known = isInteractionOrigin(interaction.origin);
  const actionLabel = format.message(messages.table.viewInteraction, { origin, date: when });
  const interactive = href !== undefined || onSelect !== undefined;
  const linkRef = useRef<HTMLAnchorElement>(null);

  const handleClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (!interactive || !shouldRowClickAct(event, window.getSelection())) return;
    if (href !== undefined) openHref(linkRef.current, href, wantsNewTab(event));
    else onSelect?.(interaction);
  };
  // Middle click fires `auxclick`, not `click`: open the link in a new tab like the browser would.
  const handleAuxClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (href === undefined || event.button !== 1 || !shouldRowClickAct(event, window.getSelection())) return;
    event.preventDefault();
    openHref(linkRef.current, href, true);
  };

  const time = <time dateTime={format.isoDateTime(interaction.startDate) || undefined}>{when}</time>;

  return (
    <Row
      $interactive={interactive}
      data-interaction-id={interaction.id}
      {...(expired ? { 'data-expired': '' } : {})}
      onClick={interactive ? handleClick : undefined}
      onAuxClick={href !== undefined ? handleAuxClick : undefined}
    >
      <DateCell>
        {href !== undefined ? (
          <RowLink ref={linkRef} href={href} aria-label={actionLabel}>
            {time}
          </RowLink>
        ) : onSelect !== undefined ? (
          <RowButton type="button" aria-label={actionLabel} onClick={() => onSelect(interaction)}>
            {time}
          </RowButton>
        ) : (
          time
        )}
        {expired ? <ExpiredNote>{messages.table.detailsExpired}</ExpiredNote> : null}
      </DateCell>
      <Cell data-column="origin">{known ? origin : <RawText>{origin}</RawText>}</Cell>
      <Cell data-column="new-value">
        <NewValue interaction={interaction} format={format} messages={messages} />
      </Cell>
      <Cell data-column="result">
        <StatusBadge result={interaction.result} />
      </Cell>
    </Row>
  );
});
