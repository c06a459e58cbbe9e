import { en } from './en';
import { es } from './es';
import { ptBR } from './pt-BR';
import type { OfferLocale } from '../hooks/OfferManagementProvider';
import type { OfferMessages, PluralMessage } from './types';

/** The complete catalogue of each supported locale. */
export const offerCatalogues: Readonly<Record<OfferLocale, OfferMessages>> = { en, 'pt-BR': ptBR, es };

/** Values that can fill `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Maps any BCP 47 tag to a supported catalogue: exact match, then language (`pt-PT` → `pt-BR`,
 * `es-MX` → `es`), else `en`.
 */
export function resolveOfferLocale(locale: string | undefined): OfferLocale {
  if (!locale) return 'en';
  const lower = locale.toLowerCase();
  if (lower === 'pt-br' || lower.startsWith('pt')) return 'pt-BR';
  if (lower.startsWith('es')) return 'es';
  return 'en';
}

/**
 * Replaces `{name}` placeholders with `values[name]`; unknown placeholders are left as they are.
 * Values are inserted as text (never parsed as markup).
 */
export function formatMessage(template: string, values?: MessageValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

// Cached Intl instances: building them is slow, and tables format thousands of cells.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
    } catch {
      // An invalid time zone from the host: fall back to the runtime's zone rather than crash.
      format = new Intl.DateTimeFormat(locale, options);
    }
    dateFormats.set(key, format);
  }
  return format;
}

function plural(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

function toDate(value: string | number | Date): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The host's tag for `Intl` when it is valid and of the catalogue's language (`en-GB`, `es-MX`), else the catalogue's. */
function intlLocaleFor(requested: string | undefined, resolved: OfferLocale): string {
  if (!requested || !requested.toLowerCase().startsWith(resolved.slice(0, 2))) return resolved;
  try {
    return Intl.getCanonicalLocales(requested)[0] ?? resolved;
  } catch {
    return resolved;
  }
}

/** Locale-aware formatters over cached `Intl` instances. */
export interface OfferFormatters {
  /** The catalogue locale in use. */
  locale: OfferLocale;
  /** The IANA time zone dates are shown in (`undefined`: the runtime's). */
  timeZone: string | undefined;
  /** Date and time, e.g. "Mar 17, 2021, 1:07 AM" / "17 de mar. de 2021, 01:07". Invalid input is returned as is. */
  dateTime(value: string | number | Date): string;
  /** Date only, e.g. "Mar 17, 2021". */
  date(value: string | number | Date): string;
  /** Machine-readable ISO string for a `<time dateTime>` attribute ("" when invalid). */
  isoDateTime(value: string | number | Date): string;
  /** An amount in its own currency, e.g. "R$ 79,99"; an unknown currency code shows "79.99 XYZ". */
  currency(amount: number, currency: string): string;
  /** An integer / count with grouping, e.g. "5,000" / "5.000". */
  count(value: number): string;
  /** "1–25 of 5,000" from 1-based start, end and the total. */
  range(start: number, end: number, total: number): string;
  /** The range of a 1-based page: `pageRange(1, 25, 5000)` → "1–25 of 5,000" ("0–0 of 0" when empty). */
  pageRange(page: number, pageSize: number, total: number): string;
  /** Picks the plural form for `count` and fills `{count}` (formatted) and the other values. */
  plural(message: PluralMessage, count: number, values?: MessageValues): string;
  /** `formatMessage` bound here, for symmetry. */
  message(template: string, values?: MessageValues): string;
}

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
  const locale = resolveOfferLocale(options.locale);
  const intlLocale = intlLocaleFor(options.locale, locale);
  const timeZone = options.timeZone;
  const messages = options.messages ?? offerCatalogues[locale];
  const countFormat = () => numberFormat(intlLocale, { maximumFractionDigits: 0, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions);

  const count = (value: number) => (Number.isFinite(value) ? countFormat().format(value) : String(value));
  const range = (start: number, end: number, total: number) =>
    formatMessage(messages.table.range, { start: count(start), end: count(end), total: count(total) });

  const formatters: OfferFormatters = {
    locale,
    timeZone,
    dateTime(value) {
      const date = toDate(value);
      if (!date) return String(value);
      return dateFormat(intlLocale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    },
    date(value) {
      const date = toDate(value);
      if (!date) return String(value);
      return dateFormat(intlLocale, timeZone, { dateStyle: 'medium' }).format(date);
    },
    isoDateTime(value) {
      return toDate(value)?.toISOString() ?? '';
    },
    currency(amount, currency) {
      try {
        return numberFormat(intlLocale, { style: 'currency', currency }).format(amount);
      } catch {
        return `${numberFormat(intlLocale, { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
      }
    },
    count,
    range,
    pageRange(page, pageSize, total) {
      if (total <= 0) return range(0, 0, 0);
      const start = Math.min((page - 1) * pageSize + 1, total);
      const end = Math.min(page * pageSize, total);
      return range(start, end, total);
    },
    plural(message, n, values) {
      const template =
        n === 0 && message.zero !== undefined ? message.zero : (message[plural(intlLocale).select(n)] ?? message.other);
      return formatMessage(template, { ...values, count: count(n) });
    },
    message: formatMessage,
  };
  dateTimeFormats.set(formatters, () => dateFormat(intlLocale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }));
  return formatters;
}

const dateTimeFormats = new WeakMap<OfferFormatters, () => Intl.DateTimeFormat>();

/**
 * The cached `Intl.DateTimeFormat` that `formatters.dateTime` uses, for code formatting many dates at once (a
 * table's rows: one look-up per table render instead of one per row); `undefined` for formatters not made by
 * `createOfferFormatters`.
 */
export function dateTimeFormatOf(formatters: OfferFormatters): Intl.DateTimeFormat | undefined {
  return dateTimeFormats.get(formatters)?.();
}
