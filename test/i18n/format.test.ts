import { describe, expect, it } from 'vitest';
import {
  createOfferFormatters,
  enMessages,
  esMessages,
  formatMessage,
  offerCatalogues,
  ptBRMessages,
  resolveOfferLocale,
} from '../../src/i18n';

/** Every leaf path of a nested object. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
function leaf(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

describe('catalogues', () => {
  const enPaths = leafPaths(enMessages).filter((p) => !/\.(zero|one|two|few|many)$/.test(p));

  it.each([
    ['pt-BR', ptBRMessages],
    ['es', esMessages],
  ])('%s has every English message, with the same placeholders, and no empty strings', (_l, catalogue) => {
    for (const path of enPaths) {
      const value = leaf(catalogue, path);
      expect(typeof value, path).toBe('string');
      expect((value as string).length, path).toBeGreaterThan(0);
      expect(placeholders(value as string), path).toEqual(placeholders(leaf(enMessages, path) as string));
    }
  });

  it('uses the Brazilian admin wording in pt-BR', () => {
    expect(ptBRMessages.common.status).toEqual({
      synched: 'Sincronizado',
      error: 'Erro',
      unavailable: 'Indisponível',
      sending: 'Enviando',
    });
    expect(ptBRMessages.header.idOnVtex).toBe('ID na VTEX');
    expect(ptBRMessages.header.idOnChannel).toBe('ID no canal');
    expect(ptBRMessages.header.edit).toBe('Editar');
  });

  it('resolves locales by tag and language, defaulting to English', () => {
    expect(resolveOfferLocale('pt-BR')).toBe('pt-BR');
    expect(resolveOfferLocale('pt')).toBe('pt-BR');
    expect(resolveOfferLocale('es-MX')).toBe('es');
    expect(resolveOfferLocale('fr')).toBe('en');
    expect(resolveOfferLocale(undefined)).toBe('en');
    expect(offerCatalogues['pt-BR']).toBe(ptBRMessages);
  });
});

describe('formatMessage', () => {
  it('fills placeholders as text and leaves unknown ones', () => {
    expect(formatMessage('Copy {label}', { label: '<b>x</b>' })).toBe('Copy <b>x</b>');
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(formatMessage('plain')).toBe('plain');
  });
});

describe('createOfferFormatters', () => {
  it('formats counts and ranges per locale', () => {
    expect(createOfferFormatters({ locale: 'en' }).count(5000)).toBe('5,000');
    expect(createOfferFormatters({ locale: 'pt-BR' }).count(5000)).toBe('5.000');
    expect(createOfferFormatters({ locale: 'en' }).range(1, 25, 5000)).toBe('1–25 of 5,000');
    expect(createOfferFormatters({ locale: 'pt-BR' }).pageRange(2, 25, 5000)).toBe('26–50 de 5.000');
    expect(createOfferFormatters({ locale: 'es' }).pageRange(200, 25, 4990)).toBe('4.976–4.990 de 4.990');
    expect(createOfferFormatters().pageRange(1, 25, 0)).toBe('0–0 of 0');
  });

  it('formats currency with the value’s own code', () => {
    expect(createOfferFormatters({ locale: 'en' }).currency(79.99, 'BRL')).toBe('R$79.99');
    expect(createOfferFormatters({ locale: 'pt-BR' }).currency(79.99, 'BRL').replace(/\s/g, ' ')).toBe('R$ 79,99');
    expect(createOfferFormatters({ locale: 'en' }).currency(10, 'USD')).toBe('$10.00');
    expect(createOfferFormatters({ locale: 'en' }).currency(10, 'NOT A CODE')).toBe('10 NOT A CODE');
  });

  it('formats date-times in the given time zone', () => {
    const iso = '2024-06-20T21:34:45.076Z';
    expect(createOfferFormatters({ locale: 'en', timeZone: 'UTC' }).dateTime(iso)).toMatch(/Jun 20, 2024.*9:34\sPM/);
    expect(createOfferFormatters({ locale: 'en', timeZone: 'Asia/Tokyo' }).dateTime(iso)).toMatch(/Jun 21, 2024.*6:34\sAM/);
    expect(createOfferFormatters({ locale: 'pt-BR', timeZone: 'America/Sao_Paulo' }).dateTime(iso)).toMatch(
      /20 de jun\. de 2024.*18:34/,
    );
    expect(createOfferFormatters({ locale: 'en' }).dateTime('not a date')).toBe('not a date');
    expect(createOfferFormatters({ locale: 'en', timeZone: 'Not/AZone' }).dateTime(iso)).toMatch(/2024/);
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    const f = createOfferFormatters({ locale: 'en' });
    const msg = { zero: 'none', one: '{count} error', other: '{count} errors' };
    expect(f.plural(msg, 0)).toBe('none');
    expect(f.plural(msg, 1)).toBe('1 error');
    expect(f.plural(msg, 1200)).toBe('1,200 errors');
    expect(createOfferFormatters({ locale: 'pt-BR' }).plural(ptBRMessages.errors.count, 2)).toBe('2 erros');
  });
});
