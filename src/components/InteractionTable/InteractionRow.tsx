import { memo, type ComponentType, type MouseEvent, type ReactElement } from 'react';
import { isInteractionOrigin, type Interaction, type InteractionResult } from '../../api/types';
import type { OfferFormatters } from '../../i18n/formatters';
import { originLabel } from '../../i18n/labels';
import type { OfferMessageGroups } from '../../i18n/types';
import type { OfferTone } from '../../theme/theme';
import { IconQuestion, type IconProps } from '../shared/icons';
import { resultAppearance } from '../shared/StatusBadgeBase';
import { rowClass } from './InteractionTable.styles';
import { shouldRowClickAct, wantsNewTab } from './logic';

export interface InteractionRowProps {
  interaction: Interaction;
  /** The interaction details URL: the Date cell holds a link and a row click navigates like it. */
  href: string | undefined;
  /** Without `href`: the Date cell holds a button calling this, and so does a row click. */
  onSelect: ((interaction: Interaction) => void) | undefined;
  /**
   * The interaction is older than ten days: its details are no longer kept, so "Details expired" shows under the
   * date (the row still opens).
   */
  expired?: boolean;
  /** The row's `aria-rowindex` (the header row is 1), set when the table renders only some of its rows. */
  rowIndex?: number;
  format: OfferFormatters;
  /** The table's date and time formatter (made once per table render; `format.dateTime` for a valid date). */
  formatDate: (date: Date) => string;
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

/**
 * A result icon as one `<svg>` holding one `<path>` (its size and stroke styles are in the table's CSS): the shared icon's
 * drawing (shared/icons.tsx) with fewer elements and attributes, since every row draws one. The icons are plain
 * functions without hooks; their paths are read once, here.
 */
function lightIcon(Icon: ComponentType<IconProps>): ReactElement {
  const svg = (Icon as (props: IconProps) => ReactElement<{ children?: Array<ReactElement<{ d?: string }>> }>)({});
  const paths = svg.props.children;
  if (!Array.isArray(paths) || paths.length === 0) return <Icon size={14} />;
  // A path's leading relative moveto (`m`) counts from 0,0; joined after another path, it would count from that
  // path's end: start from 0,0 again (a lone moveto draws nothing).
  const d = paths.map((path) => (path.props.d ?? '').replace(/^m/, 'M0 0m')).join(' ');
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

/** The result badge's tone and icon, as `StatusBadge` shows them (`resultAppearance`), made once. */
const resultBadges = Object.fromEntries(
  Object.entries(resultAppearance).map(([result, { tone, Icon }]) => [result, { tone, icon: lightIcon(Icon) }]),
) as Readonly<Record<InteractionResult, { tone: OfferTone; icon: ReactElement }>>;
const unknownBadge = { tone: 'neutral' as OfferTone, icon: lightIcon(IconQuestion) };

function isKnownResult(value: string): value is InteractionResult {
  return Object.prototype.hasOwnProperty.call(resultBadges, value);
}

/** The row's link, found from the row (no ref per row). */
const linkOf = (row: HTMLTableRowElement) => row.querySelector<HTMLAnchorElement>('a[href]');

/**
 * One interaction: a plain `<tr>` of plain cells (their CSS lives once in the table's `Table`). Memoised: it
 * re-renders only when its interaction, href, handler, index or locale changes, so a filter, page or scroll change
 * in the parent stays cheap. No hooks.
 */
export const InteractionRow = memo(function InteractionRow({
  interaction,
  href,
  onSelect,
  expired = false,
  rowIndex,
  format,
  formatDate,
  messages,
}: InteractionRowProps) {
  const t = messages.table;
  const date = new Date(interaction.startDate);
  const valid = !Number.isNaN(date.getTime());
  const when = valid ? formatDate(date) : interaction.startDate;
  const known = isInteractionOrigin(interaction.origin);
  const origin = originLabel(messages, interaction.origin);
  const interactive = href !== undefined || onSelect !== undefined;

  const handleClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (!interactive || !shouldRowClickAct(event, window.getSelection())) return;
    if (href !== undefined) openHref(linkOf(event.currentTarget), href, wantsNewTab(event));
    else onSelect?.(interaction);
  };
  // Middle click fires `auxclick`, not `click`: open the link in a new tab like the browser would.
  const handleAuxClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (href === undefined || event.button !== 1 || !shouldRowClickAct(event, window.getSelection())) return;
    event.preventDefault();
    openHref(linkOf(event.currentTarget), href, true);
  };

  const time = <time dateTime={valid ? date.toISOString() : undefined}>{when}</time>;
  const actionLabel = interactive ? format.message(t.viewInteraction, { origin, date: when }) : undefined;

  const value = interaction.newValue;
  const newValue =
    value?.kind === 'price' ? (
      format.currency(value.amount, value.currency)
    ) : value?.kind === 'inventory' ? (
      format.plural(t.inventoryValue, value.quantity)
    ) : (
      <>
        <span aria-hidden="true">—</span>
        <span className={rowClass.visuallyHidden}>{t.noValue}</span>
      </>
    );

  const result = interaction.result;
  const knownResult = isKnownResult(result);
  const badge = knownResult ? resultBadges[result] : unknownBadge;

  return (
    <tr
      className={interactive ? rowClass.interactive : rowClass.row}
      aria-rowindex={rowIndex}
      data-interaction-id={interaction.id}
      data-expired={expired ? '' : undefined}
      onClick={interactive ? handleClick : undefined}
      onAuxClick={href !== undefined ? handleAuxClick : undefined}
    >
      <td>
        {href !== undefined ? (
          <a className={rowClass.link} href={href} aria-label={actionLabel}>
            {time}
          </a>
        ) : onSelect !== undefined ? (
          <button className={rowClass.link} type="button" aria-label={actionLabel} onClick={() => onSelect(interaction)}>
            {time}
          </button>
        ) : (
          time
        )}
        {expired ? <span className={rowClass.expired}>{t.detailsExpired}</span> : null}
      </td>
      <td>{known ? origin : <span className={rowClass.raw}>{origin}</span>}</td>
      <td>{newValue}</td>
      <td>
        <span className={rowClass.badge} data-tone={badge.tone} data-value={result}>
          {badge.icon}
          <span>{knownResult ? messages.common.result[result] : result}</span>
        </span>
      </td>
    </tr>
  );
});
