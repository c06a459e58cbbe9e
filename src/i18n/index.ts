export type { OfferLocale, OfferMessages, PluralMessage, LoadErrorKind } from './types';
export { en as enMessages } from './en';
export { ptBR as ptBRMessages } from './pt-BR';
export { es as esMessages } from './es';
export {
  offerCatalogues,
  resolveOfferLocale,
  formatMessage,
  createOfferFormatters,
} from './format';
export type { OfferFormatters, CreateOfferFormattersOptions, MessageValues } from './format';
export { useOfferMessages, useOfferFormatters } from './hooks';
export { resolveOfferMessages } from './resolve';
