import { forwardRef, useId, useState, type HTMLAttributes, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { isInteractionOrigin, type InteractionOrigin, type Offer, type OfferError } from '../../api/types';
import { originLabel } from '../../i18n/labels';
import type {
  EditTarget,
  InteractionSelectHandler,
  OfferEditHandler,
  OfferLinks,
} from '../../hooks/OfferManagementProvider';
import { useOfferManagementConfig } from '../../hooks/context';
import { enOriginLabels } from '../../i18n/en/common';
import { enErrors } from '../../i18n/en/errors';
import { formatDate, isoDateTime, type IntlSettings } from '../../i18n/formatters';
import type { OfferMessages } from '../../i18n/types';
import { useIntlSettings, useMessages } from '../../i18n/useMessageGroup';
import { focusRing, rootStyles, ThemeScope } from '../../theme/ThemeScope';
import { buttonBase, secondaryButton, smallButton, tertiaryButton } from '../shared/buttonBase';
import { EmptyState } from '../shared/EmptyState';
import { isInteractionExpired } from '../shared/retention';
import { IconArrowSquareOut, IconCaretRight, IconCheckCircle, IconClock, IconWarningCircle } from '../shared/icons';


/** The Edit target that fixes an error of each origin (Catalog → "information"). */
export const ORIGIN_EDIT_TARGET: Readonly<Record<InteractionOrigin, EditTarget>> = {
  catalog: 'information',
  price: 'price',
  inventory: 'inventory',
};



const Root = styled.div`
  ${rootStyles};
`;

const List = styled.ul`
  display: flex;
  flex-direction: column;
  margin: 0;
  padding: 0;
  list-style: none;
  border: 1px solid var(--om-colors-border);
  border-radius: var(--om-radii-md);
  background: var(--om-colors-background);
  & > li + li {
    border-top: 1px solid var(--om-colors-border);
  }
`;

const Heading = styled.h3`
  margin: 0;
  font: inherit;
`;

const Toggle = styled.button`
  ${focusRing};
  display: flex;
  align-items: flex-start;
  gap: var(--om-space-2);
  width: 100%;
  padding: var(--om-space-3) var(--om-space-4);
  border: 0;
  border-radius: var(--om-radii-md);
  background: transparent;
  color: var(--om-colors-text);
  font: inherit;
  font-weight: var(--om-typography-fontWeight-semibold);
  text-align: start;
  cursor: pointer;
  &:hover {
    background: var(--om-colors-backgroundSoft);
  }
  & > svg {
    flex: none;
    margin-top: 2px;
  }
  & > svg[data-icon='caret'] {
    color: var(--om-colors-textMuted);
    transition: transform var(--om-motion-fast);
    @media (prefers-reduced-motion: reduce) {
      transition: none;
    }
  }
  &[aria-expanded='true'] > svg[data-icon='caret'] {
    transform: rotate(90deg);
  }
  & > svg[data-icon='error'] {
    color: var(--om-colors-tones-critical-icon);
  }
  & > span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;

const Panel = styled.div`
  padding: 0 var(--om-space-4) var(--om-space-4) var(--om-space-10);
  &[hidden] {
    display: none;
  }
`;

const Details = styled.dl`
  display: grid;
  grid-template-columns: max-content minmax(0, 1fr);
  gap: var(--om-space-2) var(--om-space-4);
  margin: 0;
  & > dt {
    color: var(--om-colors-textMuted);
  }
  & > dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    grid-template-columns: minmax(0, 1fr);
    & > dd {
      margin-bottom: var(--om-space-2);
    }
  }
`;

const Code = styled.code`
  font-family: var(--om-typography-fontFamilyMono);
  font-size: var(--om-typography-fontSize-caption);
  padding: 0 var(--om-space-1);
  border-radius: var(--om-radii-sm);
  background: var(--om-colors-backgroundSoft);
  overflow-wrap: anywhere;
`;

const Description = styled.p`
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  word-break: break-word;
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--om-space-2);
  margin-top: var(--om-space-4);
`;

const Expired = styled.p`
  display: inline-flex;
  align-items: flex-start;
  gap: var(--om-space-1);
  margin: 0;
  color: var(--om-colors-textMuted);
  & > svg {
    flex: none;
    margin-top: 2px;
  }
`;

/** What every item of one list shares (computed once by the list). */
interface ItemContext {
  offer: Offer | undefined;
  /** The `onEdit` / `onInteractionSelect` props, else the provider's. */
  edit: OfferEditHandler | undefined;
  select: InteractionSelectHandler | undefined;
  links: OfferLinks;
  m: OfferMessages['errors'];
  /** Origin labels. */
  common: Pick<OfferMessages['common'], 'origin'>;
  intl: IntlSettings;
  now: number;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/** The small action buttons: a real link when there is an href, else a button calling `onActivate` (disabled without one). */
const SecondaryAction = styled.button`
  ${buttonBase}
  ${smallButton}
  ${secondaryButton}
`;

const TertiaryAction = styled.button`
  ${buttonBase}
  ${smallButton}
  ${tertiaryButton}
`;

function action(
  Styled: typeof SecondaryAction,
  href: string | undefined,
  onActivate: (() => void) | undefined,
  children: ReactNode,
) {
  return href ? (
    <Styled as="a" href={href}>
      {children}
    </Styled>
  ) : (
    <Styled type="button" aria-disabled={onActivate ? undefined : true} onClick={onActivate}>
      {children}
    </Styled>
  );
}

function ErrorItem({ error, c, defaultExpanded }: { error: OfferError; c: ItemContext; defaultExpanded: boolean }) {
  const [expanded, setExpanded] = useState(defaultExpanded);
  const id = useId();
  const { offer, m } = c;
  const target = isInteractionOrigin(error.origin) ? ORIGIN_EDIT_TARGET[error.origin] : undefined;
  const interactionHref = offer && c.links.interactionHref?.(offer, error.interactionId);

  return (
    <li data-code={error.code}>
      <Heading as={`h${c.headingLevel}`}>
        <Toggle
          type="button"
          id={`${id}b`}
          aria-expanded={expanded}
          aria-controls={`${id}p`}
          onClick={() => setExpanded(!expanded)}
        >
          <IconCaretRight size={16} data-icon="caret" />
          <IconWarningCircle size={16} data-icon="error" />
          <span>{error.title}</span>
        </Toggle>
      </Heading>
      <Panel id={`${id}p`} hidden={!expanded} data-state={expanded ? 'open' : 'closed'}>
        <Details>
          <dt>{m.date}</dt>
          <dd>
            <time dateTime={isoDateTime(error.date) || undefined}>{formatDate(c.intl, error.date)}</time>
          </dd>
          <dt>{m.code}</dt>
          <dd>
            <Code>{error.code}</Code>
          </dd>
          {error.externalCode ? (
            <>
              <dt>{m.externalCode}</dt>
              <dd>
                <Code>{error.externalCode}</Code>
              </dd>
            </>
          ) : null}
          <dt>{m.description}</dt>
          <dd>
            <Description>{error.description}</Description>
          </dd>
          <dt>{m.origin}</dt>
          <dd>{originLabel(c, error.origin)}</dd>
        </Details>
        <Actions>
          {target
            ? action(
                SecondaryAction,
                offer && c.links.editHref?.(offer, target),
                offer && c.edit && (() => c.edit!(offer, target)),
                m.action[error.origin as InteractionOrigin],
              )
            : null}
          {isInteractionExpired(error.date, c.now) ? (
            <Expired>
              <IconClock size={16} aria-hidden="true" />
              <span>{m.interactionExpired}</span>
            </Expired>
          ) : (
            action(
              TertiaryAction,
              interactionHref,
              offer && c.select && (() => c.select!(offer, error.interactionId)),
              <>
                {m.viewInteraction}
                {interactionHref ? <IconArrowSquareOut size={14} aria-hidden="true" /> : null}
              </>,
            )
          )}
        </Actions>
      </Panel>
    </li>
  );
}

export interface ErrorListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The active errors to list (untrusted text is rendered as text). */
  errors: OfferError[];
  /** The offer the errors belong to: needed for the Edit and "View interaction" links and callbacks. */
  offer?: Offer;
  /** Called by an Edit action when the provider has no `links.editHref`; overrides the provider's `onEdit`. */
  onEdit?: OfferEditHandler;
  /** Called by "View interaction" when the provider has no `links.interactionHref`; overrides the provider's. */
  onInteractionSelect?: InteractionSelectHandler;
  /** Expand the first error initially (default `false`: all collapsed). */
  defaultExpandFirst?: boolean;
  /** Heading level of each error name (default 3). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** The current time, for the ten-day retention rule (default: now). */
  now?: Date | number;
}

/**
 * The offer's active errors, each an expandable disclosure (a button with `aria-expanded` / `aria-controls`)
 * named by the error's title. Expanded: date and time, code and channel code, description, origin, the
 * origin's Edit action and "View interaction" — replaced by a note once the interaction details expired (ten
 * days). An empty list shows "No active errors".
 */
export const ErrorList = /* @__PURE__ */ forwardRef<HTMLDivElement, ErrorListProps>(function ErrorList(
  { errors, offer, onEdit, onInteractionSelect, defaultExpandFirst = false, headingLevel = 3, now, ...rest },
  ref,
) {
  const messages = useMessages({ common: { origin: enOriginLabels }, errors: enErrors });
  const intl = useIntlSettings();
  const config = useOfferManagementConfig();
  const c: ItemContext = {
    offer,
    edit: onEdit ?? config.onEdit,
    select: onInteractionSelect ?? config.onInteractionSelect,
    links: config.links,
    m: messages.errors,
    common: messages.common,
    intl,
    now: +(now ?? Date.now()),
    headingLevel,
  };
  return (
    <ThemeScope>
      <Root ref={ref} data-count={errors.length} {...rest}>
        {errors.length === 0 ? (
          <EmptyState
            title={messages.errors.empty}
            description={messages.errors.emptyDescription}
            icon={<IconCheckCircle size={24} />}
          />
        ) : (
          <List aria-label={messages.errors.listLabel}>
            {errors.map((error, index) => (
              <ErrorItem
                key={`${error.interactionId}|${error.code}|${index}`}
                error={error}
                c={c}
                defaultExpanded={defaultExpandFirst && index === 0}
              />
            ))}
          </List>
        )}
      </Root>
    </ThemeScope>
  );
});
