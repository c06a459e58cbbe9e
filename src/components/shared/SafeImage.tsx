import { forwardRef, useEffect, useState, type HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { IconImage } from './icons';

/**
 * `true` only for absolute `http:` / `https:` URLs (parsed with `URL`, no base): `javascript:`, `data:`,
 * `blob:`, protocol-relative and relative strings are all refused.
 */
export function isSafeImageUrl(url: string | null | undefined): url is string {
  if (typeof url !== 'string' || url.trim() === '') return false;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

const Frame = styled.span<{ $size: string; $rounded: boolean }>`
  display: inline-flex;
  flex: none;
  align-items: center;
  justify-content: center;
  width: ${({ $size }) => $size};
  height: ${({ $size }) => $size};
  overflow: hidden;
  border-radius: ${({ $rounded }) => ($rounded ? '50%' : '0.5rem')};
  border: 1px solid var(--om-colors-border);
  background: var(--om-colors-background);
  & > img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
`;

const Placeholder = styled(Frame)`
  background: var(--om-colors-placeholder);
  color: var(--om-colors-placeholderIcon);
`;

export interface SafeImageProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** Untrusted URL: loaded only when it is an absolute http(s) URL. */
  src: string | undefined;
  /** Alternative text (also the placeholder's label). Use `""` for a decorative image. */
  alt: string;
  /** Width and height: px number or CSS length. Default 48. */
  size?: number | string;
  /** Round frame (logos). */
  rounded?: boolean;
}

/**
 * An image that only ever loads http(s) URLs. Anything else — `javascript:`, `data:`, relative junk — and any
 * load error shows a neutral placeholder (`role="img"` with the alt text) instead.
 */
export const SafeImage = /* @__PURE__ */ forwardRef<HTMLSpanElement, SafeImageProps>(function SafeImage(
  { src, alt, size = 48, rounded = false, ...rest },
  ref,
) {
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [src]);
  const cssSize = typeof size === 'number' ? `${size}px` : size;
  if (!isSafeImageUrl(src) || failed) {
    return (
      <Placeholder
        ref={ref}
        $size={cssSize}
        $rounded={rounded}
        data-placeholder=""
        {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}
        {...rest}
      >
        <IconImage size="55%" />
      </Placeholder>
    );
  }
  return (
    <Frame ref={ref} $size={cssSize} $rounded={rounded} {...rest}>
      <img
        src={src.trim()}
        alt={alt}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
      />
    </Frame>
  );
});
