// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createFormatters,
  formatCount,
  formatDate,
  formatPlural,
  intlSettings,
  isoDateTime,
} from '../../src/i18n/formatters';

// The standalone formatters ErrorList and OfferStatus use (so they don't carry every formatter) against the
// formatters object the table and hosts use: the same text for the same settings.
const iso = '2024-06-20T21:34:45.076Z';
const settingsCases: Array<[string | undefined, string | undefined]> = [
  ['en', 'UTC'],
  ['en-GB', 'Asia/Tokyo'],
  ['pt-BR', 'America/Sao_Paulo'],
  ['es-MX', undefined],
  ['en', ''],
  ['en', 'Not/AZone'],
  ['en-@@invalid', ''],
  [undefined, undefined],
];
const plural = { zero: 'none', one: '{count} error', other: '{count} errors' };

describe('standalone formatters', () => {
  it.each(settingsCases)('%s / %s: the same text as createFormatters', (locale, timeZone) => {
    const settings = intlSettings(locale, timeZone);
    const f = createFormatters({ locale, timeZone, rangeTemplate: '{start}–{end} / {total}' });
    expect(settings.locale).toBe(f.locale);
    for (const value of [iso, Date.parse(iso), new Date(iso), 'not a date']) {
      expect(formatDate(settings, value)).toBe(f.dateTime(value));
      expect(formatDate(settings, value, false)).toBe(f.date(value));
      expect(isoDateTime(value)).toBe(f.isoDateTime(value));
    }
    for (const n of [0, 1, 2, 1200, Number.NaN]) {
      expect(formatCount(settings, n)).toBe(f.count(n));
      expect(formatPlural(settings, plural, n)).toBe(f.plural(plural, n));
    }
  });

  it('treats an empty or invalid time zone as the runtime zone, and keeps a valid one', () => {
    expect(intlSettings('en', '').timeZone).toBeUndefined();
    expect(intlSettings('en', 'Not/AZone').timeZone).toBeUndefined();
    expect(intlSettings('en', 'Asia/Tokyo').timeZone).toBe('Asia/Tokyo');
    expect(formatDate(intlSettings('en', 'Asia/Tokyo'), iso)).toMatch(/Jun 21, 2024.*6:34\sAM/);
    expect(formatDate(intlSettings('en', ''), 'nope')).toBe('nope');
    expect(isoDateTime('nope')).toBe('');
  });

  it('the formatters object reports the time zone it was given', () => {
    expect(createFormatters({ locale: 'en', timeZone: 'Asia/Tokyo', rangeTemplate: '' }).timeZone).toBe('Asia/Tokyo');
    expect(createFormatters({ locale: 'en', timeZone: 'Not/AZone', rangeTemplate: '' }).timeZone).toBe('Not/AZone');
  });
});
