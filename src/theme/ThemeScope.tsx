import { useMemo, type ReactNode } from 'react';
import { ThemeProvider, css } from 'styled-components';
import { useOfferManagementConfig } from '../hooks/context';
import type { DeepPartial } from './deepMerge';
import { createOfferTheme, defaultOfferTheme, type OfferTheme } from './theme';
import { themeVars, themeVarsCss, themeVarsDiff } from './vars';

const themeCache = new WeakMap<object, OfferTheme>();

/** Resolves the provider's partial theme once per override object. */
function resolveTheme(overrides: DeepPartial<OfferTheme> | undefined): OfferTheme {
  // Not an object (an untyped host config: `theme="dark"`): the defaults, rather than a WeakMap TypeError.
  if (typeof overrides !== 'object' || overrides === null) return defaultOfferTheme;
  let theme = themeCache.get(overrides);
  if (!theme) {
    theme = createOfferTheme(overrides);
    themeCache.set(overrides, theme);
  }
  return theme;
}

/** The resolved `OfferTheme` for the current tree: provider overrides over the defaults. */
export function useOfferTheme(): OfferTheme {
  const config = useOfferManagementConfig();
  return resolveTheme(config.theme);
}

export interface ThemeScopeProps {
  children?: ReactNode;
  /** Use this theme instead of the provider's (tests, stories). */
  theme?: OfferTheme;
}

/** The key our theme lives under inside styled-components' theme object (never the host's keys). */
const SCOPE_KEY = '__offerManagementTheme';

type ScopedTheme = { readonly [SCOPE_KEY]: OfferTheme };

/**
 * Wraps a component root in a styled-components `ThemeProvider` holding only our resolved theme (under a private
 * key), so a host's styled-components theme never reaches our styles and ours never reaches the host's.
 * Every public component renders its root inside one.
 */
export function ThemeScope({ children, theme }: ThemeScopeProps) {
  const fromConfig = useOfferTheme();
  const resolved = theme ?? fromConfig;
  // A function theme replaces (rather than merges with) any outer, host theme.
  const scoped = useMemo(() => {
    const value: ScopedTheme = { [SCOPE_KEY]: resolved };
    return () => value;
  }, [resolved]);
  return <ThemeProvider theme={scoped}>{children}</ThemeProvider>;
}

/** Reads our theme from a styled-components theme object; falls back to the defaults outside a `ThemeScope`. */
export function themeFrom(scTheme: unknown): OfferTheme {
  if (typeof scTheme === 'object' && scTheme !== null && SCOPE_KEY in scTheme) {
    return (scTheme as ScopedTheme)[SCOPE_KEY];
  }
  return defaultOfferTheme;
}

const defaultVars = themeVars(defaultOfferTheme);
const overrideCache = new WeakMap<OfferTheme, string>();

/** The declarations of the custom properties a theme changes ('' for the defaults), cached per theme object. */
function overrideCss(theme: OfferTheme): string {
  if (theme === defaultOfferTheme) return '';
  let css = overrideCache.get(theme);
  if (css === undefined) {
    css = '';
    for (const [name, value] of Object.entries(themeVarsDiff(theme, defaultVars))) {
      // A token is one CSS value: never let a host's string close the declaration or the rule.
      if (!/[;{}<]/.test(value)) css += `${name}:${value};`;
    }
    overrideCache.set(theme, css);
  }
  return css;
}

/**
 * The theme's tokens as CSS custom properties (`--om-colors-text`, …) on a component root: the defaults as static
 * declarations, then the ones a host's theme changes. Every other template reads tokens only through
 * `var(--om-…)`, so it is static: styled-components builds its rule once instead of once per render of every
 * element. Part of `rootStyles`.
 */
export const themeVarsRule = css`
  ${themeVarsCss(defaultOfferTheme)}
  ${({ theme }) => overrideCss(themeFrom(theme))}
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

/** Visually hidden but read by screen readers. */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip: rect(0, 0, 0, 0) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;
