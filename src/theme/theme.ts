import type { DeepPartial } from './deepMerge';

/** Semantic tones used by badges, notices and icons. */
export type OfferTone = 'success' | 'critical' | 'warning' | 'info' | 'neutral';

/** The four colours of one tone: all text/background pairs meet WCAG AA. */
export interface OfferToneColors {
  /** Text on `background` (≥ 4.5:1) and on the page background. */
  text: string;
  /** Tinted surface of a badge or notice. */
  background: string;
  /** Decorative border around `background`. */
  border: string;
  /** Icons on `background` and on the page background (≥ 3:1). */
  icon: string;
}

/** The neutral grey ramp, 0 (white) to 13 (black), as in Shoreline's `--sl-color-gray-*`. */
export interface OfferNeutralScale {
  0: string; 1: string; 2: string; 3: string; 4: string; 5: string; 6: string;
  7: string; 8: string; 9: string; 10: string; 11: string; 12: string; 13: string;
}

export interface OfferThemeColors {
  /** Grey ramp the semantic colours below are picked from. */
  neutral: OfferNeutralScale;
  /** Main text. */
  text: string;
  /** Secondary text (labels, captions); AA on `background` and `backgroundSoft`. */
  textMuted: string;
  /** Text on `accent` / `inverted` surfaces. */
  textInverted: string;
  /** Page / card surface. */
  background: string;
  /** Subtle surface (table header, skeleton base, code blocks). */
  backgroundSoft: string;
  /** Hover surface of quiet buttons and rows. */
  backgroundHover: string;
  /** Pressed surface of quiet buttons. */
  backgroundPressed: string;
  /** Dividers and card borders (decorative). */
  border: string;
  /** Borders of form controls and buttons (≥ 3:1 on `background`). */
  borderStrong: string;
  /** The accent blue: primary buttons, links, selected states. */
  accent: string;
  accentHover: string;
  accentPressed: string;
  /** Light accent surface (selected rows, menu item hover). */
  accentSoft: string;
  /** Link text (AA on `background`). */
  link: string;
  /** Keyboard focus ring colour (≥ 3:1 on `background`). */
  focusRing: string;
  /** Placeholder behind images that could not be loaded. */
  placeholder: string;
  /** Icon on `placeholder`. */
  placeholderIcon: string;
  /** Status tones. */
  tones: Record<OfferTone, OfferToneColors>;
}

/** Spacing scale on a 4px grid (Shoreline `--sl-space-*`), in rem. */
export interface OfferSpaceScale {
  0: string; 0.5: string; 1: string; 2: string; 3: string; 4: string; 5: string; 6: string;
  8: string; 10: string; 12: string; 16: string;
}

/** One step of the type ramp. */
export type OfferTypeStep = 'caption' | 'body' | 'title' | 'heading' | 'display';

export interface OfferTypography {
  /** Font family stack for everything. */
  fontFamily: string;
  /** Monospaced stack for ids and codes. */
  fontFamilyMono: string;
  /** Font sizes per step. */
  fontSize: Record<OfferTypeStep, string>;
  /** Line heights per step. */
  lineHeight: Record<OfferTypeStep, string>;
  /** Letter spacing per step. */
  letterSpacing: Record<OfferTypeStep, string>;
  /** Font weights. */
  fontWeight: { regular: number; medium: number; semibold: number };
}

/** The typed design tokens every component reads. Override any part with `createOfferTheme` or the provider's `theme` prop. */
export interface OfferTheme {
  colors: OfferThemeColors;
  space: OfferSpaceScale;
  radii: { none: string; sm: string; md: string; lg: string; full: string };
  typography: OfferTypography;
  shadows: { none: string; popover: string; overlay: string };
  /** Stacking order of overlays (menus, popovers). */
  zIndex: { base: number; raised: number; dropdown: number; popover: number; toast: number };
  /** Motion durations; components drop animations under `prefers-reduced-motion`. */
  motion: { fast: string; normal: string; easing: string };
}

const neutral: OfferNeutralScale = {
  0: '#ffffff', 1: '#f5f5f5', 2: '#ebebeb', 3: '#e0e0e0', 4: '#d6d6d6', 5: '#c2c2c2', 6: '#adadad',
  7: '#999999', 8: '#858585', 9: '#707070', 10: '#5c5c5c', 11: '#3d3d3d', 12: '#1f1f1f', 13: '#000000',
};

/**
 * The default tokens, modelled on VTEX's Shoreline design system ("Sunrise" tokens): its grey ramp, accent
 * blue (`--sl-color-blue-10` #0366dd), 4px spacing scale, Inter type ramp (12/14/16/20/24 px), radii, shadows
 * and z-index steps. Deviations for WCAG AA: status text uses the 11th step of each hue (Shoreline's fg-success
 * green-9 is 3.8:1 on its own background), and the focus ring is the accent blue (Shoreline's blue-6 ring is 2:1).
 */
export const defaultOfferTheme: OfferTheme = {
  colors: {
    neutral,
    text: neutral[12],
    textMuted: neutral[10],
    textInverted: neutral[0],
    background: neutral[0],
    backgroundSoft: neutral[1],
    backgroundHover: neutral[2],
    backgroundPressed: neutral[3],
    border: neutral[3],
    borderStrong: neutral[8],
    accent: '#0366dd',
    accentHover: '#0155b7',
    accentPressed: '#014592',
    accentSoft: '#e1f3ff',
    link: '#0366dd',
    focusRing: '#0366dd',
    placeholder: neutral[2],
    placeholderIcon: neutral[10],
    tones: {
      success: { text: '#016810', background: '#e9fce3', border: '#aff79e', icon: '#017d10' },
      critical: { text: '#b40202', background: '#fdf6f5', border: '#ffdfd9', icon: '#d31a15' },
      warning: { text: '#715401', background: '#fbf7d4', border: '#faec6d', icon: '#866701' },
      info: { text: '#0155b7', background: '#f1f8fd', border: '#cbe9ff', icon: '#0366dd' },
      neutral: { text: neutral[11], background: neutral[1], border: neutral[3], icon: neutral[10] },
    },
  },
  space: {
    0: '0', 0.5: '0.125rem', 1: '0.25rem', 2: '0.5rem', 3: '0.75rem', 4: '1rem', 5: '1.25rem', 6: '1.5rem',
    8: '2rem', 10: '2.5rem', 12: '3rem', 16: '4rem',
  },
  radii: { none: '0', sm: '0.25rem', md: '0.5rem', lg: '0.75rem', full: '9999rem' },
  typography: {
    fontFamily:
      '"Inter", -apple-system, BlinkMacSystemFont, system-ui, "Segoe UI", Roboto, Ubuntu, Cantarell, "Noto Sans", sans-serif',
    fontFamilyMono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
    fontSize: { caption: '0.75rem', body: '0.875rem', title: '1rem', heading: '1.25rem', display: '1.5rem' },
    lineHeight: { caption: '1rem', body: '1.25rem', title: '1.5rem', heading: '1.75rem', display: '2rem' },
    letterSpacing: { caption: '0', body: '-0.00875rem', title: '-0.02rem', heading: '-0.04rem', display: '-0.04rem' },
    fontWeight: { regular: 400, medium: 500, semibold: 600 },
  },
  shadows: {
    none: 'none',
    popover: '0 0.25rem 1rem 0 rgba(0, 0, 0, 0.16)',
    overlay: '0 1.5rem 3rem 0 rgba(0, 0, 0, 0.16)',
  },
  zIndex: { base: 0, raised: 100, dropdown: 200, popover: 300, toast: 400 },
  motion: { fast: '120ms', normal: '200ms', easing: 'cubic-bezier(0.4, 0.14, 0.3, 1)' },
};

/**
 * Builds a complete theme from the defaults and a partial override, e.g.
 * `createOfferTheme({ colors: { accent: '#6b21a8' }, typography: { fontFamily: 'Roboto, sans-serif' } })`.
 * Returns a new object; the defaults are never mutated.
 */
export function createOfferTheme(overrides?: DeepPartial<OfferTheme>): OfferTheme {
  if (overrides === undefined || overrides === null) return defaultOfferTheme;
  if (!isPlainObject(overrides)) return defaultOfferTheme;
  try {
    return mergeTokens(defaultOfferTheme as unknown as Record<string, unknown>, overrides) as unknown as OfferTheme;
  } catch {
    // An override whose getters throw: the defaults.
    return defaultOfferTheme;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `deepMerge` that keeps the defaults' shape: a token (string or number) is replaced only by a string or a finite
 * number, a group only merged with an object; anything else (`null`, a string where a group belongs, an object
 * where a token belongs — an untyped host config) is ignored, so a bad override cannot make a component throw.
 */
function mergeTokens(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (!Object.prototype.hasOwnProperty.call(base, key)) continue;
    const value = overrides[key];
    const current = base[key];
    if (isPlainObject(current)) {
      if (isPlainObject(value)) out[key] = mergeTokens(current, value);
    } else if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      out[key] = value;
    }
  }
  return out;
}
