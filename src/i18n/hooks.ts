import { useMemo } from 'react';
import { useOfferManagementConfig } from '../hooks/OfferManagementProvider';
import type { DeepPartial } from '../theme/deepMerge';
import { deepMerge } from '../theme/deepMerge';
import { createOfferFormatters, offerCatalogues, resolveOfferLocale, type OfferFormatters } from './format';
import type { OfferMessages } from './types';

const mergedCache = new WeakMap<object, Map<string, OfferMessages>>();

/**
 * The catalogue of a locale with a host's partial override merged over it (pure; cached per override object).
 */
export function resolveOfferMessages(locale: string | undefined, overrides?: DeepPartial<OfferMessages>): OfferMessages {
  const resolved = resolveOfferLocale(locale);
  const base = offerCatalogues[resolved];
  if (!overrides) return base;
  let perLocale = mergedCache.get(overrides);
  if (!perLocale) {
    perLocale = new Map();
    mergedCache.set(overrides, perLocale);
  }
  let merged = perLocale.get(resolved);
  if (!merged) {
    merged = deepMerge(base, overrides);
    perLocale.set(resolved, merged);
  }
  return merged;
}

/**
 * The messages for the provider's `locale`, with its `messages` override merged in. Works with no provider
 * (English).
 */
export function useOfferMessages(): OfferMessages {
  const config = useOfferManagementConfig();
  return resolveOfferMessages(config.locale, config.messages);
}

/**
 * Formatters (dates in the provider's `timeZone`, currencies, counts, ranges, plurals) for the provider's
 * locale. Works with no provider (English, runtime time zone).
 */
export function useOfferFormatters(): OfferFormatters {
  const config = useOfferManagementConfig();
  const messages = resolveOfferMessages(config.locale, config.messages);
  return useMemo(
    () => createOfferFormatters({ locale: config.locale, timeZone: config.timeZone, messages }),
    [config.locale, config.timeZone, messages],
  );
}
