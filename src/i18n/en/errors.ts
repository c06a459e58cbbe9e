import type { OfferMessages } from '../types';

/** English `errors` messages (ErrorList). */
export const enErrors: OfferMessages['errors'] = {
  listLabel: 'Errors',
  empty: 'No active errors',
  emptyDescription: 'This offer has no errors to fix.',
  date: 'Date',
  code: 'Code',
  externalCode: 'Channel code',
  description: 'Description',
  origin: 'Origin',
  action: { catalog: 'Edit catalog', price: 'Edit price', inventory: 'Edit inventory' },
  viewInteraction: 'View interaction',
  interactionExpired: 'Interaction details are kept for 10 days, so the details of this interaction have expired.',
  count: { zero: 'No errors', one: '{count} error', other: '{count} errors' },
};
