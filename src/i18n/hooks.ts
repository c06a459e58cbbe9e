import { useMemo } from 'react';
import { useOfferManagementConfig } from '../hooks/context';
import { createOfferFormatters, type OfferFormatters } from './format';
import { resolveOfferMessages } from './resolve';
import type { OfferMessages } from './types';

export { resolveOfferMessages } from './resolve';

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
