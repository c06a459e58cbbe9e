import type { OfferSyncStatus } from './types';

const STATUS_ALIASES: Readonly<Record<string, OfferSyncStatus>> = {
  synched: 'synched',
  synced: 'synched',
  sync: 'synched',
  error: 'error',
  unavailable: 'unavailable',
  disabled: 'unavailable',
  discarded: 'unavailable',
  sending: 'sending',
};

/**
 * Reads an offer status as the API and channels spell it (`Synced`, `SYNCHED`,
 * `Disabled`, ...) and returns the contract's value, or `undefined` when the
 * text is not a status we know.
 */
export function normalizeOfferStatus(raw: unknown): OfferSyncStatus | undefined {
  if (typeof raw !== 'string') return undefined;
  return STATUS_ALIASES[raw.trim().toLowerCase()];
}
