// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createOfferTheme, defaultOfferTheme, type DeepPartial, type OfferTheme } from '../../src/theme';
import { themeOverrideCss } from '../../src/theme/ThemeScope';
import { themeVars } from '../../src/theme/vars';

const defaults = themeVars(defaultOfferTheme);

/** What the components applied before: the merged theme's changed tokens, unsafe values dropped. */
function viaMerge(overrides: unknown): string[] {
  const merged = themeVars(createOfferTheme(overrides as DeepPartial<OfferTheme>));
  return Object.entries(merged)
    .filter(([name, value]) => defaults[name] !== value && !/[;{}<]/.test(value))
    .map(([name, value]) => `${name}:${value};`)
    .sort();
}

function declarations(css: string): string[] {
  return (css.match(/[^;]+;/g) ?? []).sort();
}

const cases: Record<string, unknown> = {
  'a few tokens': { colors: { accent: '#6b21a8', tones: { success: { text: '#005000' } } }, space: { 2: '9px', 0.5: '1px' } },
  'numbers, for string and number tokens': { zIndex: { dropdown: 250 }, space: { 4: 20 }, typography: { fontWeight: { medium: '550' } } },
  'a value equal to the default': { colors: { text: defaultOfferTheme.colors.text, link: '#123456' } },
  'unsafe values': { colors: { text: 'red;} body{display:none', accent: '#6b21a8', link: 'a{b', border: '<x' } },
  'wrong shapes': { colors: null, space: 'big', radii: { md: { px: 4 } }, typography: { fontSize: 14 }, shadows: [1, 2] },
  'non-finite and other types': { zIndex: { base: Number.NaN, raised: Infinity }, motion: { fast: true, normal: () => '1s' } },
  'unknown paths and aliasing keys': {
    colour: { text: 'red' },
    colors: { 'tones-success-text': '#000001', tones: { 'success-text': '#000002' }, nope: 'x' },
    space: { '0_5': '3px' },
  },
  'prototype keys': JSON.parse('{"__proto__": {"colors": {"text": "red"}}, "constructor": {"x": 1}, "colors": {"__proto__": {"text": "red"}, "accent": "#111111"}}'),
  'arrays and class instances as groups': { colors: { neutral: ['#000000', '#111111'] }, space: new Map([['2', '9px']]) },
  'the defaults themselves': defaultOfferTheme,
  'a full custom theme': createOfferTheme({ colors: { accent: '#6b21a8' }, typography: { fontFamily: 'Roboto, sans-serif' } }),
};

describe('themeOverrideCss: the override walked against the default tokens', () => {
  for (const [name, overrides] of Object.entries(cases)) {
    it(`declares what merging it with createOfferTheme changes: ${name}`, () => {
      expect(declarations(themeOverrideCss(overrides))).toEqual(viaMerge(overrides));
    });
  }

  it('declares the overridden tokens only', () => {
    expect(themeOverrideCss({ colors: { accent: '#6b21a8' }, space: { 0.5: '1px' } })).toBe(
      '--om-colors-accent:#6b21a8;--om-space-0_5:1px;',
    );
    expect(themeOverrideCss(defaultOfferTheme)).toBe('');
  });

  it('gives nothing for non-objects and for an override whose getters throw', () => {
    for (const value of [undefined, null, 'dark', 42]) expect(themeOverrideCss(value)).toBe('');
    const evil = { colors: { accent: '#6b21a8' } };
    Object.defineProperty(evil, 'space', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(themeOverrideCss(evil)).toBe('');
  });

  it('is cached per override object', () => {
    const overrides = { colors: { accent: '#6b21a8' } };
    const first = themeOverrideCss(overrides);
    overrides.colors.accent = '#000000';
    expect(themeOverrideCss(overrides)).toBe(first);
  });
});
