import { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { OfferManagementClient } from '../api/types';
import { resolveOfferMessages } from '../i18n/resolve';
import {
  ConfigContext,
  DEFAULT_POLL_INTERVAL_MS,
  EMPTY_LINKS,
  MessagesContext,
  QueryContext,
  type OfferLinks,
  type OfferManagementConfig,
  type OfferManagementQueryContextValue,
  type OfferManagementSettings,
} from './context';
import { offerQueryKeys } from './queryKeys';
import { useIsomorphicLayoutEffect } from './useControllableState';

// The contexts, their hooks and the config types live in ./context (no catalogues there); re-exported here so
// existing imports of this module keep working.
export {
  DEFAULT_POLL_INTERVAL_MS,
  useOfferManagementClient,
  useOfferManagementConfig,
  useOfferManagementQueryContext,
} from './context';
export type {
  EditTarget,
  InteractionSelectHandler,
  OfferEditHandler,
  OfferLinks,
  OfferLocale,
  OfferManagementConfig,
  OfferManagementQueryContextValue,
  OfferManagementSettings,
} from './context';

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

  // The locale's catalogue with the host's override merged in, once per locale/messages change (and cached per
  // override object by resolveOfferMessages, so every group keeps its identity for memoised rows).
  const resolvedMessages = useMemo(() => resolveOfferMessages(locale, messages), [locale, messages]);

  const queryValue = useMemo<OfferManagementQueryContextValue>(
    () => ({ client, queryClient: activeQueryClient, pollInterval: poll }),
    [client, activeQueryClient, poll],
  );

  return (
    <QueryContext.Provider value={queryValue}>
      <ConfigContext.Provider value={config}>
        <MessagesContext.Provider value={resolvedMessages}>{children}</MessagesContext.Provider>
      </ConfigContext.Provider>
    </QueryContext.Provider>
  );
}

