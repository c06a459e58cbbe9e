import type { OfferLocale } from '../hooks/context';
import type { PluralMessage } from './types';

// Locale resolution, `formatMessage` and the Intl-backed formatters, without any catalogue: components use these
// through `useFormatters` (./useMessageGroup) with the templates of their own message groups.

/** Values that can fill `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Maps any BCP 47 tag to a supported catalogue: exact match, then language (`pt-PT` → `pt-BR`,
 * `es-MX` → `es`), else `en`.
 */
export function resolveOfferLocale(locale: string | undefined): OfferLocale {
  if (!locale) return 'en';
  const lower = locale.toLowerCase();
  if (lower.startsWith('pt')) return 'pt-BR';
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

// Cached Intl instances, one per constructor, locale and options: building them is slow, and tables format
// thousands of cells.
const intlCache = new Map<string, unknown>();

function intl<T>(Ctor: new (locale: string, options?: object) => T, locale: string, options?: object): T {
  const key = `${Ctor.name}|${locale}|${JSON.stringify(options)}`;
  let instance = intlCache.get(key) as T | undefined;
  if (!instance) intlCache.set(key, (instance = new Ctor(locale, options)));
  return instance;
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

/**
 * Where to format, for the standalone formatters below: the catalogue locale, the tag given to `Intl` and the time
 * zone (`undefined`: the runtime's, also for an invalid zone). Build it with `intlSettings`. @internal
 */
export interface IntlSettings {
  readonly locale: OfferLocale;
  readonly intlLocale: string;
  readonly timeZone: string | undefined;
}

/** The `IntlSettings` of a host's locale (any BCP 47 tag) and IANA time zone. @internal */
export function intlSettings(locale: string | undefined, timeZone: string | undefined): IntlSettings {
  const resolved = resolveOfferLocale(locale);
  // No zone (`undefined` or ''), or an invalid one from the host: the runtime's zone rather than a crash.
  if (!timeZone) timeZone = undefined;
  try {
    if (timeZone) intl(Intl.DateTimeFormat, 'en', { timeZone });
  } catch {
    timeZone = undefined;
  }
  return { locale: resolved, intlLocale: intlLocaleFor(locale, resolved), timeZone };
}

/** The cached `Intl.DateTimeFormat` behind `formatDate(settings, value)`, for formatting many dates at once. @internal */
export function dateTimeFormat(settings: IntlSettings, time = true): Intl.DateTimeFormat {
  // (An undefined `timeStyle` is the same as none, for Intl and for the cache key.)
  return intl(Intl.DateTimeFormat, settings.intlLocale, {
    dateStyle: 'medium',
    timeStyle: time ? 'short' : undefined,
    timeZone: settings.timeZone,
  });
}

/** Date and time ("Mar 17, 2021, 1:07 AM"), or the date only with `time` false; invalid input is returned as is. @internal */
export function formatDate(settings: IntlSettings, value: string | number | Date, time = true): string {
  const date = toDate(value);
  return date ? dateTimeFormat(settings, time).format(date) : String(value);
}

/** Machine-readable ISO string for a `<time dateTime>` attribute ("" when invalid). @internal */
export function isoDateTime(value: string | number | Date): string {
  return toDate(value)?.toISOString() ?? '';
}

/** An integer / count with grouping, e.g. "5,000" / "5.000". @internal */
export function formatCount(settings: IntlSettings, value: number): string {
  return Number.isFinite(value)
    ? intl(Intl.NumberFormat, settings.intlLocale, { maximumFractionDigits: 0, useGrouping: 'always' } as unknown as Intl.NumberFormatOptions).format(value)
    : String(value);
}

/** Picks the plural form for `count` and fills `{count}` (formatted) and the other values. @internal */
export function formatPlural(settings: IntlSettings, message: PluralMessage, count: number, values?: MessageValues): string {
  const template =
    count === 0 && message.zero !== undefined
      ? message.zero
      : (message[intl(Intl.PluralRules, settings.intlLocale).select(count)] ?? message.other);
  return formatMessage(template, { ...values, count: formatCount(settings, count) });
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

/** What `createFormatters` needs: no catalogue, the range template is given. @internal */
export interface FormattersOptions {
  /** Any BCP 47 tag (resolved with `resolveOfferLocale`). */
  locale?: string | undefined;
  /** IANA time zone. */
  timeZone?: string | undefined;
  /** The `table.range` template (`{start}`, `{end}`, `{total}`) used by `range` and `pageRange`. */
  rangeTemplate: string;
}

/** The formatters for a locale and time zone, with the range template given (pure; no catalogue). @internal */
export function createFormatters(options: FormattersOptions): OfferFormatters {
  const settings = intlSettings(options.locale, options.timeZone);
  const { rangeTemplate } = options;
  const number = (format: Intl.NumberFormatOptions) => intl(Intl.NumberFormat, settings.intlLocale, format);
  const count = (value: number) => formatCount(settings, value);
  const range = (start: number, end: number, total: number) =>
    formatMessage(rangeTemplate, { start: count(start), end: count(end), total: count(total) });

  return {
    locale: settings.locale,
    timeZone: options.timeZone,
    dateTime: (value) => formatDate(settings, value),
    date: (value) => formatDate(settings, value, false),
    isoDateTime,
    currency(amount, currency) {
      try {
        return number({ style: 'currency', currency }).format(amount);
      } catch {
        return `${number({ maximumFractionDigits: 2 }).format(amount)} ${currency}`;
      }
    },
    count,
    range,
    pageRange: (page, pageSize, total) =>
      total > 0 ? range(Math.min((page - 1) * pageSize + 1, total), Math.min(page * pageSize, total), total) : range(0, 0, 0),
    plural: (message, n, values) => formatPlural(settings, message, n, values),
    message: formatMessage,
  };
}
