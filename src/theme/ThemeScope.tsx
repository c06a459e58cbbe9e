import { useMemo, type ReactNode } from 'react';
import { ThemeProvider, css } from 'styled-components';
import { useOfferManagementConfig } from '../hooks/context';
import { defaultOfferTheme, type OfferTheme } from './theme';
import { declarations, themeVars, walkTokens } from './vars';

export interface ThemeScopeProps {
  children?: ReactNode;
  /** Use this theme instead of the provider's (tests, stories). */
  theme?: OfferTheme;
}

/** The key our theme lives under inside styled-components' theme object (never the host's keys). */
const SCOPE_KEY = '__offerManagementTheme';

/** What a `ThemeScope` puts in styled-components' theme: the declarations of the tokens its theme overrides. */
type ScopedTheme = { readonly [SCOPE_KEY]: string };

/** Every token's custom property and default value (`--om-colors-text` → `#1f1f1f`). */
const defaultVars = themeVars(defaultOfferTheme);
const overrideCache = new WeakMap<object, string>();

/**
 * The declarations (`--om-colors-accent:#6b21a8;`) of the tokens a host's partial theme changes, walked straight
 * from the override against the default tokens' names ('' for none), cached per override object. As
 * `createOfferTheme` would merge it: only a string or finite number at a token's path counts, a group only
 * as a plain object; keys `__proto__` & co., unknown paths and anything thrown while reading are ignored. A token
 * is one CSS value: one that could close the declaration or the rule (`;{}<`) is dropped. @internal
 */
export function themeOverrideCss(overrides: unknown): string {
  if (typeof overrides !== 'object' || overrides === null) return '';
  let out = overrideCache.get(overrides);
  if (out === undefined) {
    const changed: Record<string, string> = {};
    try {
      walkTokens(overrides, (name, text) => {
        if (name in defaultVars && text !== defaultVars[name] && !/[;{}<]/.test(text)) changed[name] = text;
      });
      out = declarations(changed);
    } catch {
      // An override whose getters throw: the defaults.
      out = '';
    }
    overrideCache.set(overrides, out);
  }
  return out;
}

/**
 * Wraps a component root in a styled-components `ThemeProvider` holding only what our styles read from it (the
 * custom properties the provider's theme overrides, under a private key), so a host's styled-components theme
 * never reaches our styles and ours never reaches the host's. Every public component renders its root inside one.
 */
export function ThemeScope({ children, theme }: ThemeScopeProps) {
  const config = useOfferManagementConfig();
  const declarations = themeOverrideCss(theme ?? config.theme);
  // A function theme replaces (rather than merges with) any outer, host theme.
  const scoped = useMemo(() => {
    const value: ScopedTheme = { [SCOPE_KEY]: declarations };
    return () => value;
  }, [declarations]);
  return <ThemeProvider theme={scoped}>{children}</ThemeProvider>;
}

/**
 * The theme's tokens as CSS custom properties (`--om-colors-text`, …) on a component root: the defaults as static
 * declarations, then the ones a host's theme changes. Every other template reads tokens only through
 * `var(--om-…)`, so it is static: styled-components builds its rule once instead of once per render of every
 * element. Part of `rootStyles`.
 */
export const themeVarsRule = css`
  ${declarations(defaultVars)}
  ${({ theme }) => (theme as Partial<ScopedTheme> | undefined)?.[SCOPE_KEY] ?? ''}
`;

/**
 * Focus-visible ring for any focusable element (2px accent outline with a 2px offset; ≥ 3:1 contrast).
 * Mouse clicks show no ring; keyboard focus always does.
 */
export const focusRing = css`
  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: 2px solid var(--om-colors-focusRing);
    outline-offset: 2px;
  }
`;

/**
 * Base styles of every component root: its own font, colour, line height and border-box sizing, scoped to
 * the root and its descendants (no global CSS). Text wraps rather than overflows.
 */
export const rootStyles = css`
  ${themeVarsRule}
  font-family: var(--om-typography-fontFamily);
  font-size: var(--om-typography-fontSize-body);
  font-weight: var(--om-typography-fontWeight-regular);
  line-height: var(--om-typography-lineHeight-body);
  letter-spacing: var(--om-typography-letterSpacing-body);
  color: var(--om-colors-text);
  text-align: start;
  /* Inherited text properties a host shell may set on its own containers: reset them at each root. */
  font-style: normal;
  font-variant: normal;
  text-transform: none;
  text-indent: 0;
  text-shadow: none;
  word-spacing: normal;
  white-space: normal;
  -webkit-font-smoothing: antialiased;
  &,
  & *,
  & *::before,
  & *::after {
    box-sizing: border-box;
  }
`;

// In its own module: a styled-components template is never dropped from a module a bundle keeps.
export { visuallyHidden } from './visuallyHidden';
