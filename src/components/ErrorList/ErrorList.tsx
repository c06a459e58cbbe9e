import { forwardRef, useId, useState, type HTMLAttributes, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { isInteractionOrigin, type InteractionOrigin, type Offer, type OfferError } from '../../api/types';
import { originLabel } from '../../i18n/labels';
import type {
  EditTarget,
  InteractionSelectHandler,
  OfferEditHandler,
} from '../../hooks/OfferManagementProvider';
import { useOfferManagementConfig } from '../../hooks/context';
import { enCommon } from '../../i18n/en/common';
import { enErrors } from '../../i18n/en/errors';
import { formatDate, isoDateTime } from '../../i18n/formatters';
import { useIntlSettings, useMessages } from '../../i18n/useMessageGroup';
import { focusRing, rootStyles, ThemeScope } from '../../theme/ThemeScope';
import { Button, LinkButton } from '../shared/Button';
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

interface ErrorItemProps {
  error: OfferError;
  offer: Offer | undefined;
  onEdit: OfferEditHandler | undefined;
  onInteractionSelect: InteractionSelectHandler | undefined;
  now: number;
  defaultExpanded: boolean;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/** An action rendered as a real link when there is an href, else as a button calling `onActivate`. */
function Action({
  href,
  onActivate,
  variant,
  children,
}: {
  href: string | undefined;
  onActivate: (() => void) | undefined;
  variant: 'secondary' | 'tertiary';
  children: ReactNode;
}) {
  if (href) {
    return (
      <LinkButton href={href} $variant={variant} $size="small">
        {children}
      </LinkButton>
    );
  }
  return (
    <Button variant={variant} size="small" aria-disabled={onActivate ? undefined : true} onClick={onActivate}>
      {children}
    </Button>
  );
}

function ErrorItem({ error, offer, onEdit, onInteractionSelect, now, defaultExpanded, headingLevel }: ErrorItemProps) {
  const messages = useMessages({ common: enCommon, errors: enErrors });
  const intl = useIntlSettings();
  const config = useOfferManagementConfig();
  const [expanded, setExpanded] = useState(defaultExpanded);
  const buttonId = useId();
  const panelId = useId();
  const m = messages.errors;

  const origin = originLabel(messages, error.origin);
  const target = isInteractionOrigin(error.origin) ? ORIGIN_EDIT_TARGET[error.origin] : undefined;
  const editHref = offer && target ? config.links.editHref?.(offer, target) : undefined;
  const editHandler = onEdit ?? config.onEdit;
  const interactionHref = offer ? config.links.interactionHref?.(offer, error.interactionId) : undefined;
  const selectHandler = onInteractionSelect ?? config.onInteractionSelect;
  const expired = isInteractionExpired(error.date, now);

  return (
    <li data-code={error.code}>
      <Heading as={`h${headingLevel}`}>
        <Toggle
          type="button"
          id={buttonId}
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => setExpanded((value) => !value)}
        >
          <IconCaretRight size={16} data-icon="caret" />
          <IconWarningCircle size={16} data-icon="error" />
          <span>{error.title}</span>
        </Toggle>
      </Heading>
      <Panel id={panelId} hidden={!expanded} data-state={expanded ? 'open' : 'closed'}>
        <Details>
          <dt>{m.date}</dt>
          <dd>
            <time dateTime={isoDateTime(error.date) || undefined}>{formatDate(intl, error.date)}</time>
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
          <dd>{origin}</dd>
        </Details>
        <Actions>
          {target ? (
            <Action
              variant="secondary"
              href={editHref}
              onActivate={offer && editHandler ? () => editHandler(offer, target) : undefined}
            >
              {m.action[error.origin as InteractionOrigin]}
            </Action>
          ) : null}
          {expired ? (
            <Expired>
              <IconClock size={16} aria-hidden="true" />
              <span>{m.interactionExpired}</span>
            </Expired>
          ) : (
            <Action
              variant="tertiary"
              href={interactionHref}
              onActivate={
                offer && selectHandler ? () => selectHandler(offer, error.interactionId) : undefined
              }
            >
              {m.viewInteraction}
              {interactionHref ? <IconArrowSquareOut size={14} aria-hidden="true" /> : null}
            </Action>
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
  const messages = useMessages({ errors: enErrors });
  const nowMs = now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
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
                offer={offer}
                onEdit={onEdit}
                onInteractionSelect={onInteractionSelect}
                now={nowMs}
                defaultExpanded={defaultExpandFirst && index === 0}
                headingLevel={headingLevel}
              />
            ))}
          </List>
        )}
      </Root>
    </ThemeScope>
  );
});
