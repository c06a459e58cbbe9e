import type { DeepPartial } from '../theme/deepMerge';
import { offerCatalogues } from './format';
import { resolveOfferLocale } from './formatters';
import type { OfferMessages } from './types';

const mergedCache = new WeakMap<object, Map<string, OfferMessages>>();

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `base` with the override's entries laid over it, keeping only entries of the catalogue's shape: a string where
 * the catalogue has a string (or an optional plural form), a nested object where it has one. Anything else — a
 * number, `null`, an object or a function where text belongs, as untyped JSON from a translation service may
 * hold — is ignored, so a bad override can never make a component throw while rendering.
 */
function mergeMessages(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = override[key];
    const current = base[key];
    if (typeof value === 'string' && (typeof current === 'string' || current === undefined)) out[key] = value;
    else if (isPlainObject(current) && isPlainObject(value)) out[key] = mergeMessages(current, value);
  }
  return out;
}

/**
 * The catalogue of a locale with a host's partial override merged over it (pure; cached per override object).
 * Entries of the wrong type in the override are ignored (see `mergeMessages`).
 */
export function resolveOfferMessages(locale: string | undefined, overrides?: DeepPartial<OfferMessages>): OfferMessages {
  const resolved = resolveOfferLocale(locale);
  const base = offerCatalogues[resolved];
  if (typeof overrides !== 'object' || overrides === null) return base;
  let perLocale = mergedCache.get(overrides);
  if (!perLocale) {
    perLocale = new Map();
    mergedCache.set(overrides, perLocale);
  }
  let merged = perLocale.get(resolved);
  if (!merged) {
    try {
      const catalogue = base as unknown as Record<string, unknown>;
      merged = isPlainObject(overrides) ? (mergeMessages(catalogue, overrides) as unknown as OfferMessages) : base;
    } catch {
      // An override whose getters throw: the catalogue as it is.
      merged = base;
    }
    perLocale.set(resolved, merged);
  }
  return merged;
}
