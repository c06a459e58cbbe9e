import { useMemo } from 'react';
import { useOfferManagementConfig, useResolvedOfferMessages } from '../hooks/context';
import { createFormatters, intlSettings, type IntlSettings, type OfferFormatters } from './formatters';
import type { OfferMessageGroupKey, OfferMessageGroups, OfferMessages } from './types';

// What components use for their text (never `useOfferMessages` / `useOfferFormatters`, which carry every
// catalogue): each component imports the English text of the groups it renders (`./en/<group>`) and gets, inside
// a provider, the provider's resolved catalogue's group (its `locale`, with the host's `messages` merged in),
// and with no provider the English group it passed. A component bundled alone thus carries only its groups.

function groupOf<K extends OfferMessageGroupKey>(messages: OfferMessages, key: K): OfferMessageGroups[K] {
  // `common` is returned whole (with `loadError` in it); its type hides `loadError`, which is a group of its own.
  const group = key === 'loadError' ? messages.common.loadError : messages[key as Exclude<K, 'loadError'>];
  return group as OfferMessageGroups[K];
}

/**
 * One message group: the provider's (already merged with its `messages` override, so `common.loadError`
 * overrides reach `loadError` and bad entries are ignored) or, with no provider, `enFallback`. The object is
 * the same across renders while the provider's `locale` and `messages` are (memoised rows compare by identity).
 * @internal
 */
export function useMessageGroup<K extends OfferMessageGroupKey>(key: K, enFallback: OfferMessageGroups[K]): OfferMessageGroups[K] {
  const resolved = useResolvedOfferMessages();
  return resolved ? groupOf(resolved, key) : enFallback;
}

/** `{ [group]: messages }` for the groups whose English text `en` gives. @internal */
/** Message groups, each whole or only the messages a component renders (`{ common: { status: enStatusLabels } }`). */
export type PartialMessageGroups = { readonly [K in OfferMessageGroupKey]?: Partial<OfferMessageGroups[K]> };

/** What `useMessages` returns: the groups of `en`, typed as given (the provider's groups hold at least those messages). */
export type MessageGroupsOf<G extends PartialMessageGroups> = { readonly [K in keyof G & OfferMessageGroupKey]: G[K] };

/**
 * Several groups at once, as `{ header, common, … }` (the keys of `en`, which must be the same on every render):
 * `useMessages({ common: enCommon, table: enTable }).table.caption`. The returned object is stable while the
 * provider's resolved messages are. A group may be given in part (only what the component renders: a component
 * bundled alone then carries only those English messages); with a provider it is still the provider's whole group.
 * @internal
 */
export function useMessages<G extends PartialMessageGroups>(en: G): MessageGroupsOf<G> {
  const resolved = useResolvedOfferMessages();
  // `en` holds module constants (a new literal each render): only `resolved` can change the result.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => {
    if (!resolved) return en as unknown as MessageGroupsOf<G>;
    const out: Partial<Record<OfferMessageGroupKey, unknown>> = {};
    for (const key of Object.keys(en) as OfferMessageGroupKey[]) out[key] = groupOf(resolved, key);
    return out as MessageGroupsOf<G>;
  }, [resolved]);
}

/**
 * Formatters for the provider's locale and time zone (English and the runtime's zone with no provider), without
 * any catalogue: `range`/`pageRange` use `rangeTemplate` (the `table.range` text of the caller's `table` group;
 * components that show no range may omit it). @internal
 */
export function useFormatters(rangeTemplate = '{start}–{end} / {total}'): OfferFormatters {
  const { locale, timeZone } = useOfferManagementConfig();
  return useMemo(() => createFormatters({ locale, timeZone, rangeTemplate }), [locale, timeZone, rangeTemplate]);
}

/**
 * The provider's locale and time zone for the standalone formatters (`formatDate(settings, value)`, …), which a
 * component that formats only dates or plurals uses rather than every formatter of `useFormatters`. @internal
 */
export function useIntlSettings(): IntlSettings {
  const { locale, timeZone } = useOfferManagementConfig();
  return useMemo(() => intlSettings(locale, timeZone), [locale, timeZone]);
}
