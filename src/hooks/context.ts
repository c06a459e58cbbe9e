import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Offer, OfferManagementClient } from '../api/types';
import type { OfferMessages } from '../i18n/types';
import type { DeepPartial } from '../theme/deepMerge';
import type { OfferTheme } from '../theme/theme';

// The provider's contexts and the hooks that read them, without the provider component: hooks and components
// import this module only, so they do not carry the message catalogues the provider resolves.

/** The languages the components speak. */
export type OfferLocale = 'en' | 'pt-BR' | 'es';

/** What an "Edit" action edits. */
export type EditTarget = 'information' | 'price' | 'inventory';

/**
 * The host's routes. When a function is given, the components render a real
 * link to its URL; otherwise they call the matching callback.
 */
export interface OfferLinks {
  /** The URL of the host page that edits the offer's information, price or inventory. */
  editHref?(offer: Offer, target: EditTarget): string;
  /** The URL of the host page that shows one interaction's details. */
  interactionHref?(offer: Offer, interactionId: string): string;
}

/** Called when the seller picks an Edit action that has no `links.editHref`. */
export type OfferEditHandler = (offer: Offer, target: EditTarget) => void;
/** Called when the seller opens an interaction that has no `links.interactionHref`. */
export type InteractionSelectHandler = (offer: Offer, interactionId: string) => void;

/** Polling every 5 s while something is in progress. */
export const DEFAULT_POLL_INTERVAL_MS = 5_000;

/** What every component reads from the provider (with defaults when there is none). */
export interface OfferManagementConfig {
  /** Default `'en'`. */
  locale: OfferLocale;
  /** IANA time zone for dates and times; `undefined` means the browser's. */
  timeZone: string | undefined;
  /** The host's routes; `{}` by default. */
  links: OfferLinks;
  onEdit: OfferEditHandler | undefined;
  onInteractionSelect: InteractionSelectHandler | undefined;
  /** Milliseconds between polls while an offer is sending or an interaction processing; `false`: never. */
  pollInterval: number | false;
  /** The host's partial theme, merged over `defaultOfferTheme` by the components. */
  theme?: DeepPartial<OfferTheme> | undefined;
  /** The host's partial messages, merged over the locale's catalogue by the components. */
  messages?: DeepPartial<OfferMessages> | undefined;
}

/** The provider's settings (everything but `client`, `queryClient` and `children`). */
export interface OfferManagementSettings {
  /** Default `'en'`. */
  locale?: OfferLocale;
  /** IANA time zone used to show dates and times, e.g. `America/Sao_Paulo`. Default: the browser's. */
  timeZone?: string;
  /** The host's routes (no router dependency). */
  links?: OfferLinks;
  /** Called by an Edit action when `links.editHref` is not set. */
  onEdit?: OfferEditHandler;
  /** Called when an interaction is opened and `links.interactionHref` is not set. */
  onInteractionSelect?: InteractionSelectHandler;
  /** Milliseconds between polls while the offer is sending or an interaction processing. Default 5000; `false` disables. */
  pollInterval?: number | false;
  /** Part of the design tokens to override (merged over `defaultOfferTheme`). Pass a stable object. */
  theme?: DeepPartial<OfferTheme>;
  /** Strings to override (merged over the locale's catalogue). Pass a stable object. */
  messages?: DeepPartial<OfferMessages>;
}

/** What the data hooks need. */
export interface OfferManagementQueryContextValue {
  client: OfferManagementClient | undefined;
  queryClient: QueryClient;
  pollInterval: number | false;
}

/** @internal */
export const EMPTY_LINKS: OfferLinks = Object.freeze({});

const DEFAULT_CONFIG: OfferManagementConfig = /* @__PURE__ */ Object.freeze({
  locale: 'en',
  timeZone: undefined,
  links: EMPTY_LINKS,
  onEdit: undefined,
  onInteractionSelect: undefined,
  pollInterval: DEFAULT_POLL_INTERVAL_MS,
  theme: undefined,
  messages: undefined,
});

/** A context with a DevTools name, as a pure call: a bundle keeps only the contexts it reads. */
function namedContext<T>(value: T, displayName: string) {
  const context = createContext(value);
  context.displayName = displayName;
  return context;
}

/** @internal */
export const ConfigContext = /* @__PURE__ */ namedContext<OfferManagementConfig>(DEFAULT_CONFIG, 'OfferManagementConfig');

/** @internal */
export const QueryContext = /* @__PURE__ */ namedContext<OfferManagementQueryContextValue | null>(null, 'OfferManagementQuery');

/**
 * The provider's resolved messages: the `locale`'s catalogue with the host's `messages` merged over it
 * (`resolveOfferMessages`), or `null` with no provider (components then use their English message groups). @internal
 */
export const MessagesContext = /* @__PURE__ */ namedContext<OfferMessages | null>(null, 'OfferManagementMessages');

/**
 * The provider's configuration, with defaults (`locale: 'en'`, no links, poll
 * every 5 s) when there is no provider, so presentational components work on
 * their own.
 */
export function useOfferManagementConfig(): OfferManagementConfig {
  return useContext(ConfigContext);
}

function missingProviderError(hookName: string): Error {
  return new Error(
    `${hookName}() must be used inside <OfferManagementProvider client={...}>: ` +
      'wrap your tree in an OfferManagementProvider and give it a client (e.g. createHttpClient({ baseUrl })).',
  );
}

/** The client, QueryClient and poll interval; throws a clear Error outside a provider with a client. @internal */
export function useOfferManagementQueryContext(
  hookName: string,
): OfferManagementQueryContextValue & { client: OfferManagementClient } {
  const value = useContext(QueryContext);
  if (!value || !value.client) throw missingProviderError(hookName);
  return value as OfferManagementQueryContextValue & { client: OfferManagementClient };
}

/** The provider's `OfferManagementClient`; throws a clear Error when there is no provider or no client. */
export function useOfferManagementClient(): OfferManagementClient {
  return useOfferManagementQueryContext('useOfferManagementClient').client;
}

/** The provider's resolved messages, or `null` when there is no provider. @internal */
export function useResolvedOfferMessages(): OfferMessages | null {
  return useContext(MessagesContext);
}
