import { en } from './en';
import { es } from './es';
import { createFormatters, resolveOfferLocale, type OfferFormatters } from './formatters';
import { ptBR } from './pt-BR';
import type { OfferLocale } from '../hooks/context';
import type { OfferMessages } from './types';

export { formatMessage, resolveOfferLocale } from './formatters';
export type { MessageValues, OfferFormatters } from './formatters';

/** The complete catalogue of each supported locale. */
export const offerCatalogues: Readonly<Record<OfferLocale, OfferMessages>> = { en, 'pt-BR': ptBR, es };

export interface CreateOfferFormattersOptions {
  /** Any BCP 47 tag; catalogues resolve with `resolveOfferLocale`. Default `en`. */
  locale?: string;
  /** IANA time zone, e.g. `America/Sao_Paulo`. */
  timeZone?: string;
  /** Messages for the range template (defaults to the locale's catalogue). */
  messages?: OfferMessages;
}

/** Builds the formatters for a locale and time zone (pure; usable without React). */
export function createOfferFormatters(options: CreateOfferFormattersOptions = {}): OfferFormatters {
  const messages = options.messages ?? offerCatalogues[resolveOfferLocale(options.locale)];
  return createFormatters({ locale: options.locale, timeZone: options.timeZone, rangeTemplate: messages.table.range });
}
