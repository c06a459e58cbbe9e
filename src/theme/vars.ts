import type { OfferTheme } from './theme';

/**
 * Every token of an `OfferTheme` as a CSS custom property: `colors.text` → `--om-colors-text`,
 * `space[0.5]` → `--om-space-0_5`, `colors.tones.success.icon` → `--om-colors-tones-success-icon`.
 * Our styled-components templates read tokens only through these (`color: var(--om-colors-text);`), so every
 * template is static: styled-components builds each rule once, not once per render of every element.
 */
export function themeVars(theme: OfferTheme): Record<string, string> {
  const out: Record<string, string> = {};
  walkTokens(theme, (name, value) => {
    out[name] = value;
  });
  return out;
}

/**
 * Calls `visit` with the custom property name and the text of every token (a string or a finite number) of a
 * plain-object token tree: objects whose prototype isn't `Object.prototype` or null, and keys holding `-` or `_`
 * (`__proto__`, or `tones-success` which could only alias a token), are skipped. @internal
 */
export function walkTokens(group: object, visit: (name: string, value: string) => void, prefix = '--om'): void {
  const proto: unknown = Object.getPrototypeOf(group);
  if (proto !== Object.prototype && proto !== null) return;
  for (const [key, value] of Object.entries(group)) {
    if (/[-_]/.test(key)) continue;
    const name = `${prefix}-${key.replace('.', '_')}`;
    if (typeof value === 'object' && value !== null) walkTokens(value, visit, name);
    else if (typeof value === 'string' || Number.isFinite(value)) visit(name, String(value));
  }
}

/** Custom properties as CSS declarations: `{ '--om-colors-text': '#1f1f1f' }` → `--om-colors-text:#1f1f1f;`. */
export function declarations(vars: Readonly<Record<string, string>>): string {
  let css = '';
  for (const name in vars) css += `${name}:${vars[name]};`;
  return css;
}

const TONES = ['success', 'critical', 'warning', 'info', 'neutral'] as const;

/**
 * Static rules that point `--om-tone-text|background|border|icon` at the tone named by the element's `data-tone`
 * attribute; put `${toneVars}` in a template and render `data-tone={tone}` (a static template, unlike a
 * `${(p) => …}` interpolation per tone).
 */
export const toneVars: string = TONES.map(
  (tone) =>
    `&[data-tone='${tone}']{${['text', 'background', 'border', 'icon']
      .map((part) => `--om-tone-${part}:var(--om-colors-tones-${tone}-${part});`)
      .join('')}}`,
).join('');
