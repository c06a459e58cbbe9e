// @vitest-environment node
// What an app's bundler keeps when it imports one export: esbuild (minified ESM for the browser, peers external,
// like bench/size.mjs and size-limit) from src/index.ts. Each component must carry the English text of the message
// groups it renders and nothing else: no other group, and no pt-BR or es text (those come with the provider).
import { describe, expect, it } from 'vitest';
import { group, MESSAGE_GROUPS } from '../i18n/messageGroups';
import { bundleExports } from './bundleExports';
import { enMessages, esMessages, ptBRMessages } from '../../src/i18n';
import type { OfferMessageGroupKey, OfferMessages } from '../../src/i18n/types';

const LOCALES = { en: enMessages, 'pt-BR': ptBRMessages, es: esMessages } as const;
type Locale = keyof typeof LOCALES;

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leaves);
}

const all = (Object.keys(LOCALES) as Locale[]).flatMap((locale) =>
  MESSAGE_GROUPS.map((key) => ({ locale, key, strings: leaves(group(LOCALES[locale], key)) })),
);

/**
 * Up to three strings that tell a group of a locale apart: found in no other group or locale (not even as part of a
 * longer string), with no quotes or backslashes (which a minifier may escape), longest first.
 */
function markers(locale: Locale, key: OfferMessageGroupKey): string[] {
  const others = all.filter((g) => g.locale !== locale || g.key !== key).flatMap((g) => g.strings);
  const own = all.find((g) => g.locale === locale && g.key === key)?.strings ?? [];
  const found = own
    .filter((s) => s.length >= 8 && !/["'`\\]/.test(s) && !others.some((o) => o.includes(s)))
    .sort((a, b) => b.length - a.length)
    .slice(0, 3);
  if (found.length === 0) throw new Error(`no marker for ${locale} ${key}`);
  return found;
}

const bundle = bundleExports;

/** Which groups of which locale the bundle holds, as "locale:group" (any marker present counts). */
function carried(code: string): string[] {
  return all.filter(({ locale, key }) => markers(locale, key).some((m) => code.includes(m))).map((g) => `${g.locale}:${g.key}`);
}

describe('markers', () => {
  it('finds distinctive strings for every group of every locale', () => {
    for (const { locale, key } of all) expect(markers(locale, key).length, `${locale} ${key}`).toBeGreaterThan(0);
  });
});

describe('what one import carries (esbuild, minified, peers external)', () => {
  const cases: Array<[string, string[], readonly OfferMessageGroupKey[]]> = [
    ['OfferHeader', ['OfferHeader'], ['common', 'header']],
    ['OfferStatus', ['OfferStatus'], ['common', 'status', 'errors']],
    // Of `common`, ErrorList carries only the origin labels (too short to be markers).
    ['ErrorList', ['ErrorList'], ['errors']],
    ['InteractionTable', ['InteractionTable'], ['common', 'loadError', 'table']],
    ['StatusBadge', ['StatusBadge'], ['common']],
    ['OfferDetails', ['OfferDetails'], MESSAGE_GROUPS],
    ['useOffer', ['useOffer'], []],
    ['the data hooks', ['useOffer', 'useOfferInteractions', 'useInteractionQueryState', 'createHttpClient'], []],
  ];

  it.each(cases)('%s: only its English groups', async (_name, names, groups) => {
    const code = await bundle(names);
    expect(code.length).toBeGreaterThan(100);
    const expected = MESSAGE_GROUPS.filter((key) => groups.includes(key)).map((key) => `en:${key}`);
    expect(carried(code).sort()).toEqual(expected.sort());
    // Every marker of the groups it renders is there (the whole English group, not a piece of it), except `common`,
    // which components pass in parts (status labels, copy messages…: see tree-shaking-parts.test.ts).
    for (const key of groups) if (key !== 'common') for (const marker of markers('en', key)) expect(code).toContain(marker);
  }, 30_000);

  it('OfferHeader alone: "ID on VTEX" but no pt-BR/es text and no table text', async () => {
    const code = await bundle(['OfferHeader']);
    expect(code).toContain(enMessages.header.idOnVtex);
    expect(code).not.toContain(ptBRMessages.header.idOnVtex);
    expect(code).not.toContain(esMessages.header.editInformation);
    expect(code).not.toContain(enMessages.table.pageSize);
    expect(code).not.toContain(ptBRMessages.table.pageSize);
    expect(code).not.toContain(enMessages.page.retention);
  }, 30_000);

  it('the provider carries every catalogue (so `locale` works on the first render)', async () => {
    const code = await bundle(['OfferManagementProvider']);
    expect(carried(code).sort()).toEqual(all.map((g) => `${g.locale}:${g.key}`).sort());
  }, 30_000);
});
