import type { OfferMessages } from '../types';

/** English `header` messages (OfferHeader). */
export const enHeader: OfferMessages['header'] = {
  label: 'Offer',
  idOnVtex: 'ID on VTEX',
  idOnChannel: 'ID on channel',
  notAssigned: 'Not assigned yet',
  channel: 'Channel',
  status: 'Status',
  imageAlt: 'Image of {name}',
  channelLogoAlt: '{channel} logo',
  edit: 'Edit',
  editInformation: 'Edit information',
  editPrice: 'Edit price',
  editInventory: 'Edit inventory',
  loading: 'Loading offer',
};
