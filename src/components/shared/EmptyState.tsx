import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { tk } from '../../theme/ThemeScope';
import { IconTray } from './icons';

const Root = styled.div`
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: ${tk((t) => t.space[2])};
  padding: ${tk((t) => t.space[8])} ${tk((t) => t.space[4])};
  text-align: center;
  color: ${tk((t) => t.colors.textMuted)};
`;

const IconWrap = styled.span`
  display: inline-flex;
  padding: ${tk((t) => t.space[3])};
  border-radius: ${tk((t) => t.radii.full)};
  background: ${tk((t) => t.colors.backgroundSoft)};
  color: ${tk((t) => t.colors.neutral[10])};
`;

const Title = styled.p`
  margin: 0;
  color: ${tk((t) => t.colors.text)};
  font-size: ${tk((t) => t.typography.fontSize.title)};
  line-height: ${tk((t) => t.typography.lineHeight.title)};
  font-weight: ${tk((t) => t.typography.fontWeight.semibold)};
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
export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState(
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
