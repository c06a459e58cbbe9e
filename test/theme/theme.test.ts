import { describe, expect, it } from 'vitest';
import { contrastRatio, createOfferTheme, defaultOfferTheme, type OfferTone } from '../../src/theme';

const tones = Object.keys(defaultOfferTheme.colors.tones) as OfferTone[];

describe('defaultOfferTheme contrast (WCAG AA)', () => {
  const { colors } = defaultOfferTheme;

  it.each(tones)('%s tone: text ≥ 4.5:1 on its background and on the page, icon ≥ 3:1', (tone) => {
    const c = colors.tones[tone];
    expect(contrastRatio(c.text, c.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.text, colors.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(c.icon, c.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(c.icon, colors.background)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['text on background', colors.text, colors.background, 4.5],
    ['text on soft background', colors.text, colors.backgroundSoft, 4.5],
    ['text on hover background', colors.text, colors.backgroundHover, 4.5],
    ['muted text on background', colors.textMuted, colors.background, 4.5],
    ['muted text on soft background', colors.textMuted, colors.backgroundSoft, 4.5],
    ['link on background', colors.link, colors.background, 4.5],
    ['link on accent soft', colors.link, colors.accentSoft, 4.5],
    ['inverted text on accent', colors.textInverted, colors.accent, 4.5],
    ['inverted text on accent hover', colors.textInverted, colors.accentHover, 4.5],
    ['inverted text on accent pressed', colors.textInverted, colors.accentPressed, 4.5],
    ['focus ring on background', colors.focusRing, colors.background, 3],
    ['focus ring on soft background', colors.focusRing, colors.backgroundSoft, 3],
    ['control border on background', colors.borderStrong, colors.background, 3],
    ['placeholder icon on placeholder', colors.placeholderIcon, colors.placeholder, 3],
  ])('%s', (_name, fg, bg, min) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(min);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for equal colours, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0366dd', '#0366dd')).toBe(1);
  });
  it('rejects non-hex colours', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/hex/);
  });
});

describe('createOfferTheme', () => {
  it('merges a partial override deeply without touching the defaults', () => {
    const theme = createOfferTheme({ colors: { accent: '#6b21a8', tones: { success: { text: '#004400' } } } });
    expect(theme.colors.accent).toBe('#6b21a8');
    expect(theme.colors.tones.success.text).toBe('#004400');
    expect(theme.colors.tones.success.background).toBe(defaultOfferTheme.colors.tones.success.background);
    expect(theme.space).toEqual(defaultOfferTheme.space);
    expect(defaultOfferTheme.colors.accent).toBe('#0366dd');
  });
  it('returns the defaults when called without overrides, and ignores prototype keys', () => {
    expect(createOfferTheme()).toBe(defaultOfferTheme);
    const evil = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    createOfferTheme(evil);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('uses a 4px-based spacing scale and the Shoreline type ramp', () => {
    expect(defaultOfferTheme.space[1]).toBe('0.25rem');
    expect(defaultOfferTheme.space[4]).toBe('1rem');
    expect(defaultOfferTheme.typography.fontSize.body).toBe('0.875rem');
    expect(defaultOfferTheme.typography.fontFamily).toMatch(/Inter/);
  });
});
