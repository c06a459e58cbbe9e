import type { OfferMessages } from '../types';

/** English `page` messages (OfferDetails). */
export const enPage: OfferMessages['page'] = {
  title: 'Offer details',
  interactions: 'Interactions',
  retention: 'Interaction details are available for ten days after registration.',
  loading: 'Loading offer details',
};
