import { useOfferManagementConfig } from '../hooks/context';
import { createOfferTheme, defaultOfferTheme, type OfferTheme } from './theme';

const themeCache = new WeakMap<object, OfferTheme>();

/** The resolved `OfferTheme` for the current tree: the provider's partial theme merged over the defaults. */
export function useOfferTheme(): OfferTheme {
  const overrides = useOfferManagementConfig().theme;
  // Not an object (an untyped host config: `theme="dark"`): the defaults, rather than a WeakMap TypeError.
  if (typeof overrides !== 'object' || overrides === null) return defaultOfferTheme;
  let theme = themeCache.get(overrides);
  if (!theme) {
    theme = createOfferTheme(overrides);
    themeCache.set(overrides, theme);
  }
  return theme;
}
