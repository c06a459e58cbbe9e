import { isInteractionOrigin } from '../api/types';
import type { OfferMessages } from './types';

/** The label of an origin (Catalog / Price / Inventory), or the raw text the API sent for one the contract does not know. */
export function originLabel(messages: { readonly common: Pick<OfferMessages['common'], 'origin'> }, origin: string): string {
  return isInteractionOrigin(origin) ? messages.common.origin[origin] : origin;
}
