import { describe, expect, it } from 'vitest';
import { group } from './messageGroups';
import { en } from '../../src/i18n/en';
import { enCommon } from '../../src/i18n/en/common';
import { enErrors } from '../../src/i18n/en/errors';
import { enHeader } from '../../src/i18n/en/header';
import { enLoadError } from '../../src/i18n/en/loadError';
import { enPage } from '../../src/i18n/en/page';
import { enStatus } from '../../src/i18n/en/status';
import { enTable } from '../../src/i18n/en/table';
import { enMessages, esMessages, offerCatalogues, ptBRMessages } from '../../src/i18n';
import type { OfferMessageGroupKey, OfferMessageGroups, OfferMessages } from '../../src/i18n/types';
import before from './__fixtures__/catalogues.json';

// The catalogues as they were before the English text moved into one module per message group.
const snapshot = before as unknown as Record<'en' | 'pt-BR' | 'es', OfferMessages>;

/** Every path to a leaf ("table.filters.selected.one"), sorted. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value)
    .flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key))
    .sort();
}

const englishGroups: { [K in OfferMessageGroupKey]: OfferMessageGroups[K] } = {
  common: enCommon,
  loadError: enLoadError,
  header: enHeader,
  status: enStatus,
  errors: enErrors,
  table: enTable,
  page: enPage,
};
const groupKeys = Object.keys(englishGroups) as OfferMessageGroupKey[];

describe('message catalogues after the split into groups', () => {
  it('assembles the English catalogue equal to the one before the split', () => {
    expect(en).toEqual(snapshot.en);
    expect(enMessages).toBe(en);
    expect(offerCatalogues.en).toBe(en);
  });

  it('keeps the pt-BR and es catalogues as they were', () => {
    expect(ptBRMessages).toEqual(snapshot['pt-BR']);
    expect(esMessages).toEqual(snapshot.es);
  });

  it('has the same English text in each group module as in the catalogue', () => {
    for (const key of groupKeys) expect(englishGroups[key], key).toEqual(group(snapshot.en, key));
    expect(en.table).toBe(enTable);
    expect(en.common.loadError).toBe(enLoadError);
    expect(Object.keys(enCommon)).not.toContain('loadError');
  });

  it.each(groupKeys)('group %s has the same keys in en, pt-BR and es', (key) => {
    const english = leafPaths(group(enMessages, key));
    expect(english.length).toBeGreaterThan(0);
    expect(leafPaths(group(ptBRMessages, key))).toEqual(english);
    expect(leafPaths(group(esMessages, key))).toEqual(english);
  });

  it('covers every key of the catalogue with exactly one group', () => {
    const covered = groupKeys.flatMap((key) =>
      leafPaths(group(enMessages, key)).map((path) =>
        key === 'loadError' ? `common.loadError.${path}` : `${key}.${path}`,
      ),
    );
    expect(covered.sort()).toEqual(leafPaths(snapshot.en));
  });
});
