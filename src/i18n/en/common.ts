import type { CommonMessages } from '../types';

/** English `common` messages (without `loadError`, see `./loadError`). */
export const enCommon: CommonMessages = {
  status: { synched: 'Synched', error: 'Error', unavailable: 'Unavailable', sending: 'Sending' },
  result: { success: 'Success', failure: 'Failure', notification: 'Notification', processing: 'Processing' },
  origin: { catalog: 'Catalog', price: 'Price', inventory: 'Inventory' },
  retry: 'Retry',
  loading: 'Loading…',
  copy: 'Copy {label}',
  copied: 'Copied',
  copyFailed: "Couldn't copy. Select the text and copy it manually.",
  noImage: 'No image',
  notAvailable: '—',
};
