import { QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Offer, OfferManagementClient } from '../api/types';
import type { OfferMessages } from '../i18n/types';
import type { DeepPartial } from '../theme/deepMerge';
import type { OfferTheme } from '../theme/theme';
import { offerQueryKeys } from './queryKeys';
import { useIsomorphicLayoutEffect } from './useControllableState';

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

export interface OfferManagementProviderProps extends OfferManagementSettings {
  /** Fetches the data: `createHttpClient(...)` or the host's own. Its answers are validated. */
  client: OfferManagementClient;
  /**
   * The host's QueryClient, to share its cache. Without it the provider makes
   * its own. Either way, the host's `QueryClientProvider` is left untouched:
   * the hooks pass this client to TanStack Query explicitly.
   */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/** What the data hooks need. */
export interface OfferManagementQueryContextValue {
  client: OfferManagementClient | undefined;
  queryClient: QueryClient;
  pollInterval: number | false;
}

const EMPTY_LINKS: OfferLinks = Object.freeze({});

const DEFAULT_CONFIG: OfferManagementConfig = Object.freeze({
  locale: 'en',
  timeZone: undefined,
  links: EMPTY_LINKS,
  onEdit: undefined,
  onInteractionSelect: undefined,
  pollInterval: DEFAULT_POLL_INTERVAL_MS,
  theme: undefined,
  messages: undefined,
});

const ConfigContext = createContext<OfferManagementConfig>(DEFAULT_CONFIG);
ConfigContext.displayName = 'OfferManagementConfig';

const QueryContext = createContext<OfferManagementQueryContextValue | null>(null);
QueryContext.displayName = 'OfferManagementQuery';

function normalizePollInterval(value: number | false | undefined): number | false {
  if (value === undefined) return DEFAULT_POLL_INTERVAL_MS;
  return value !== false && Number.isFinite(value) && value > 0 ? value : false;
}

/** A function whose identity never changes and that always calls the latest `fn`. */
function useStableHandler<A extends unknown[]>(fn: ((...args: A) => void) | undefined): ((...args: A) => void) | undefined {
  const latest = useRef(fn);
  useIsomorphicLayoutEffect(() => {
    latest.current = fn;
  });
  const stable = useCallback((...args: A) => latest.current?.(...args), []);
  return fn ? stable : undefined;
}

/**
 * Gives the hooks their client and QueryClient, and every component its
 * locale, time zone, links and callbacks.
 *
 * The context values are memoised: the callbacks (`onEdit`,
 * `onInteractionSelect`) are read through stable wrappers, and `links` only
 * counts as changed when one of its functions does, so inline props do not
 * re-render the tree.
 */
export function OfferManagementProvider({
  client,
  queryClient,
  locale = 'en',
  timeZone,
  links,
  onEdit,
  onInteractionSelect,
  pollInterval,
  theme,
  messages,
  children,
}: OfferManagementProviderProps) {
  // Our own QueryClient, made once and only when the host gives none.
  const ownQueryClient = useRef<QueryClient | null>(null);
  if (!queryClient && ownQueryClient.current === null) ownQueryClient.current = new QueryClient();
  const activeQueryClient = queryClient ?? (ownQueryClient.current as QueryClient);

  // Focus and reconnect refetches (mount() is ref-counted, so a host client
  // already mounted by its own QueryClientProvider is unaffected).
  useEffect(() => {
    activeQueryClient.mount();
    return () => activeQueryClient.unmount();
  }, [activeQueryClient]);

  // A new client (another account, another API) must not show what the old
  // one fetched: drop this library's cached data and refetch what is shown.
  // (Runs after the hooks' own effects, so they already use the new client.)
  const previousClient = useRef(client);
  useEffect(() => {
    if (previousClient.current === client) return;
    previousClient.current = client;
    void activeQueryClient.resetQueries({ queryKey: offerQueryKeys.all });
  }, [client, activeQueryClient]);

  const poll = normalizePollInterval(pollInterval);
  const stableOnEdit = useStableHandler(onEdit);
  const stableOnInteractionSelect = useStableHandler(onInteractionSelect);

  // Rendered hrefs depend on the link functions, so their identity counts; the
  // object around them does not (`links={{ editHref }}` inline is fine).
  const editHref = links?.editHref;
  const interactionHref = links?.interactionHref;
  const stableLinks = useMemo<OfferLinks>(
    () => (links && (editHref || interactionHref) ? links : EMPTY_LINKS),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [editHref, interactionHref],
  );

  const config = useMemo<OfferManagementConfig>(
    () => ({
      locale,
      timeZone,
      links: stableLinks,
      onEdit: stableOnEdit,
      onInteractionSelect: stableOnInteractionSelect,
      pollInterval: poll,
      theme,
      messages,
    }),
    [locale, timeZone, stableLinks, stableOnEdit, stableOnInteractionSelect, poll, theme, messages],
  );

  const queryValue = useMemo<OfferManagementQueryContextValue>(
    () => ({ client, queryClient: activeQueryClient, pollInterval: poll }),
    [client, activeQueryClient, poll],
  );

  return (
    <QueryContext.Provider value={queryValue}>
      <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>
    </QueryContext.Provider>
  );
}

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
