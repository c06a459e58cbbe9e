export { defaultOfferTheme, createOfferTheme } from './theme';
export type {
  OfferTheme,
  OfferTone,
  OfferToneColors,
  OfferNeutralScale,
  OfferThemeColors,
  OfferSpaceScale,
  OfferTypeStep,
  OfferTypography,
} from './theme';
export { deepMerge } from './deepMerge';
export type { DeepPartial } from './deepMerge';
export { contrastRatio, relativeLuminance } from './contrast';
export { useOfferTheme } from './useOfferTheme';
export { ThemeScope, themeVarsRule, focusRing, rootStyles, visuallyHidden } from './ThemeScope';
export { themeVars, toneVars } from './vars';
export type { ThemeScopeProps } from './ThemeScope';
