import type { CommonMessages } from '../types';

// The parts of `common` a component renders on their own, so a component bundled alone carries only those
// (`useMessages({ common: { status: enStatusLabels } })`).

/** Offer status labels (badges). */
export const enStatusLabels: CommonMessages['status'] = {
  synched: 'Synched',
  error: 'Error',
  unavailable: 'Unavailable',
  sending: 'Sending',
};

/** Interaction result labels (badges). */
export const enResultLabels: CommonMessages['result'] = {
  success: 'Success',
  failure: 'Failure',
  notification: 'Notification',
  processing: 'Processing',
};

/** Interaction origin labels. */
export const enOriginLabels: CommonMessages['origin'] = { catalog: 'Catalog', price: 'Price', inventory: 'Inventory' };

const copy = 'Copy {label}';
const copied = 'Copied';
const copyFailed = "Couldn't copy. Select the text and copy it manually.";

/** The copy button's messages. */
export const enCopyMessages: Pick<CommonMessages, 'copy' | 'copied' | 'copyFailed'> = { copy, copied, copyFailed };

/** English `common` messages (without `loadError`, see `./loadError`). */
export const enCommon: CommonMessages = {
  status: enStatusLabels,
  result: enResultLabels,
  origin: enOriginLabels,
  retry: 'Retry',
  loading: 'Loading…',
  copy,
  copied,
  copyFailed,
  noImage: 'No image',
  notAvailable: '—',
};
