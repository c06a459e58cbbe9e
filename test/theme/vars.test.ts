// @vitest-environment node
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOfferTheme, defaultOfferTheme } from '../../src/theme';
import { themeOverrideCss } from '../../src/theme/ThemeScope';
import { declarations, themeVars, toneVars } from '../../src/theme/vars';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('theme tokens as CSS custom properties', () => {
  const vars = themeVars(defaultOfferTheme);

  it('names every token by its path, with a decimal key written with an underscore', () => {
    expect(vars['--om-colors-text']).toBe(defaultOfferTheme.colors.text);
    expect(vars['--om-space-0_5']).toBe('0.125rem');
    expect(vars['--om-colors-neutral-13']).toBe('#000000');
    expect(vars['--om-colors-tones-critical-icon']).toBe(defaultOfferTheme.colors.tones.critical.icon);
    expect(vars['--om-zIndex-popover']).toBe('300');
    expect(vars['--om-typography-fontWeight-semibold']).toBe('600');
    expect(declarations(themeVars(defaultOfferTheme))).toContain('--om-colors-text:#1f1f1f;');
  });

  it('every var(--om-…) the components read is a token (a typo would silently drop the style)', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '../../src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/var\((--om-[\w-]+)\)/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const tone = new Set(['--om-tone-text', '--om-tone-background', '--om-tone-border', '--om-tone-icon']);
    const unknown = [...used].filter((name) => !(name in vars) && !tone.has(name));
    expect(unknown).toEqual([]);
  });

  it('a tone rule points the four tone properties at that tone', () => {
    expect(toneVars).toContain("&[data-tone='warning']{--om-tone-text:var(--om-colors-tones-warning-text);");
    for (const tone of ['success', 'critical', 'warning', 'info', 'neutral']) expect(toneVars).toContain(`[data-tone='${tone}']`);
  });

  it('a partial theme declares only what it overrides', () => {
    const css = themeOverrideCss({ colors: { accent: '#6b21a8', tones: { success: { text: '#005000' } } }, space: { 2: '9px' } });
    expect(css.match(/[^;]+;/g)?.sort()).toEqual([
      '--om-colors-accent:#6b21a8;',
      '--om-colors-tones-success-text:#005000;',
      '--om-space-2:9px;',
    ]);
    expect(themeOverrideCss(createOfferTheme({}))).toBe('');
    expect(themeOverrideCss(defaultOfferTheme)).toBe('');
  });
});
