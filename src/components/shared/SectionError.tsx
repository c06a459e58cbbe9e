import { forwardRef, useId, type HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { isOfferManagementError } from '../../api/errors';
import { enCommon } from '../../i18n/en/common';
import { enLoadError } from '../../i18n/en/loadError';
import { formatMessage } from '../../i18n/formatters';
import { useMessages } from '../../i18n/useMessageGroup';
import type { LoadErrorKind } from '../../i18n/types';
import { Button } from './Button';
import { IconWarningCircle } from './icons';

const KNOWN_KINDS: readonly LoadErrorKind[] = [
  'not-found',
  'unauthorized',
  'invalid-response',
  'network',
  'timeout',
  'http',
  'aborted',
];

/** The seller-facing kind of anything thrown: an `OfferManagementError`'s `kind`, else `unknown`. */
export function loadErrorKind(error: unknown): LoadErrorKind {
  if (isOfferManagementError(error) && (KNOWN_KINDS as readonly string[]).includes(error.kind)) return error.kind;
  return 'unknown';
}

const Root = styled.div`
  display: flex;
  align-items: flex-start;
  gap: var(--om-space-3);
  padding: var(--om-space-4);
  border: 1px solid var(--om-colors-tones-critical-border);
  border-radius: var(--om-radii-md);
  background: var(--om-colors-tones-critical-background);
  color: var(--om-colors-text);
  & > svg {
    flex: none;
    margin-top: 2px;
    color: var(--om-colors-tones-critical-icon);
  }
`;

const Body = styled.div`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: var(--om-space-2);
  min-width: 0;
`;

const Title = styled.p`
  margin: 0;
  font-size: var(--om-typography-fontSize-title);
  line-height: var(--om-typography-lineHeight-title);
  font-weight: var(--om-typography-fontWeight-semibold);
`;

const Text = styled.p`
  margin: 0;
  overflow-wrap: anywhere;
`;

const Muted = styled.p`
  margin: 0;
  color: var(--om-colors-neutral-11);
  font-size: var(--om-typography-fontSize-caption);
  line-height: var(--om-typography-lineHeight-caption);
`;

export interface SectionErrorProps extends HTMLAttributes<HTMLDivElement> {
  /** What was thrown: an `OfferManagementError` picks the message of its `kind`; anything else a generic one. */
  error: unknown;
  /** Called by the Retry button; without it no button is shown. */
  onRetry?: () => void;
}

/**
 * The error state of a section: an alert saying what happened in a seller's words (per
 * `OfferManagementError.kind`: not-found, unauthorized, invalid-response, network, timeout, http) and a Retry
 * button. Exposes `data-kind`.
 */
export const SectionError = /* @__PURE__ */ forwardRef<HTMLDivElement, SectionErrorProps>(function SectionError(
  { error, onRetry, ...rest },
  ref,
) {
  const messages = useMessages({ common: enCommon, loadError: enLoadError });
  const kind = loadErrorKind(error);
  const titleId = useId();
  const status = isOfferManagementError(error) ? error.status : undefined;
  return (
    <Root ref={ref} data-kind={kind} {...rest}>
      <IconWarningCircle size={20} />
      <Body>
        <div role="alert" aria-labelledby={titleId}>
          <Title id={titleId}>{messages.loadError.title[kind]}</Title>
          <Text>{messages.loadError.description[kind]}</Text>
        </div>
        {kind === 'http' && status !== undefined ? (
          <Muted>{formatMessage(messages.loadError.httpStatus, { status })}</Muted>
        ) : null}
        {onRetry ? (
          <Button variant="secondary" size="small" onClick={onRetry}>
            {messages.common.retry}
          </Button>
        ) : null}
      </Body>
    </Root>
  );
});
