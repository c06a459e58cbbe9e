import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { IconTray } from './icons';

const Root = styled.div`
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: var(--om-space-2);
  padding: var(--om-space-8) var(--om-space-4);
  text-align: center;
  color: var(--om-colors-textMuted);
`;

const IconWrap = styled.span`
  display: inline-flex;
  padding: var(--om-space-3);
  border-radius: var(--om-radii-full);
  background: var(--om-colors-backgroundSoft);
  color: var(--om-colors-neutral-10);
`;

const Title = styled.p`
  margin: 0;
  color: var(--om-colors-text);
  font-size: var(--om-typography-fontSize-title);
  line-height: var(--om-typography-lineHeight-title);
  font-weight: var(--om-typography-fontWeight-semibold);
`;

const Description = styled.p`
  margin: 0;
  max-width: 40rem;
`;

export interface EmptyStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** The main line, e.g. "No active errors". */
  title: ReactNode;
  /** A sentence of context. */
  description?: ReactNode;
  /** Replaces the default tray icon (decorative). */
  icon?: ReactNode;
  /** A button or link under the text. */
  action?: ReactNode;
}

/** An empty state: icon, title, optional description and action. */
export const EmptyState = /* @__PURE__ */ forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState(
  { title, description, icon, action, ...rest },
  ref,
) {
  return (
    <Root ref={ref} data-empty-state="" {...rest}>
      <IconWrap aria-hidden="true">{icon ?? <IconTray size={24} />}</IconWrap>
      <Title>{title}</Title>
      {description ? <Description>{description}</Description> : null}
      {action}
    </Root>
  );
});
