import type { OfferMessageGroupKey, OfferMessages } from '../../src/i18n/types';

/** Every message group, in catalogue order. */
export const MESSAGE_GROUPS: readonly OfferMessageGroupKey[] = ['common', 'loadError', 'header', 'status', 'errors', 'table', 'page'];

/** The group `key` of a whole catalogue (`common` without `loadError`, which is a group of its own). */
export function group(messages: OfferMessages, key: OfferMessageGroupKey): unknown {
  if (key === 'loadError') return messages.common.loadError;
  if (key === 'common') {
    const { loadError: _loadError, ...common } = messages.common;
    return common;
  }
  return messages[key];
}
