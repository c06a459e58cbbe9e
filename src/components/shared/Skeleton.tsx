import { forwardRef, type HTMLAttributes } from 'react';
import { keyframes, styled } from 'styled-components';

const pulse = keyframes`
  0%, 100% { opacity: 1; }
  50% { opacity: 0.55; }
`;

const Block = styled.span<{ $width: string; $height: string; $radius: string | undefined; $circle: boolean }>`
  display: block;
  flex: none;
  width: ${({ $width }) => $width};
  max-width: 100%;
  height: ${({ $height }) => $height};
  border-radius: ${({ $radius, $circle }) => ($circle ? '50%' : ($radius ?? 'var(--om-radii-sm)'))};
  background: var(--om-colors-neutral-2);
  animation: ${pulse} 1.6s ease-in-out infinite;
  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;

export interface SkeletonProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** CSS width. Default `100%`. */
  width?: string | number;
  /** CSS height. Default `1rem`. */
  height?: string | number;
  /** CSS border radius (default: the theme's small radius). */
  radius?: string;
  /** Draw a circle (avatar / logo). */
  circle?: boolean;
}

const toCss = (value: string | number) => (typeof value === 'number' ? `${value}px` : value);

/**
 * A pulsing placeholder block (decorative, `aria-hidden`). The loading container around skeletons carries the
 * accessible "Loading…" label (`aria-busy` plus a `role="status"` text).
 */
export const Skeleton = /* @__PURE__ */ forwardRef<HTMLSpanElement, SkeletonProps>(function Skeleton(
  { width = '100%', height = '1rem', radius, circle = false, ...rest },
  ref,
) {
  return (
    <Block
      ref={ref}
      aria-hidden="true"
      data-skeleton=""
      $width={toCss(width)}
      $height={toCss(height)}
      $radius={radius}
      $circle={circle}
      {...rest}
    />
  );
});
