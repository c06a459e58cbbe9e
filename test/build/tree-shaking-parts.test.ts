// @vitest-environment node
// What one component bundled alone leaves out (esbuild, minified ESM, peers external, from src/index.ts, like
// size-limit): the parts it never reaches must not ride along (issue 6: each component ≤ 6 kB gzip).
import { describe, expect, it } from 'vitest';
import { bundleExports } from './bundleExports';


const bundle = bundleExports;

// Distinctive text of each part (path data, CSS, strings), as it survives minification.
const MARKERS = {
  /** `createOfferTheme` / `mergeTokens` (hosts only: components walk the partial theme themselves). */
  createOfferTheme: '"prototype"',
  /** The data hooks' context. */
  queryContext: 'OfferManagementQuery',
  /** The header skeleton's layout. */
  headerSkeleton: 'min(28rem, 100%)',
  /** The status skeleton's layout. */
  statusSkeleton: 'min(36rem, 100%)',
  /** The skeleton's pulse. */
  skeleton: '1.6s ease-in-out infinite',
  /** `linkStyles` (used by no component today). */
  linkStyles: 'text-underline-offset',
  /** `visuallyHidden`. */
  visuallyHidden: 'rect(0, 0, 0, 0)',
  /** The copy icon, the tray icon (EmptyState's default), the pencil icon. */
  iconCopy: 'M5 15H4V4h11v1',
  iconTray: 'M4 13l3-9h10l3 9',
  iconPencil: 'M4 20h4L19 9l-4-4L4 16v4Z',
  /** The full formatters object (`currency`, `pageRange`): ErrorList and OfferStatus use standalone formatters. */
  formatters: 'maximumFractionDigits:2',
  /** `Button`'s primary variant (the Edit menu's button and the error actions compose only the styles they use). */
  primaryButton: 'var(--om-colors-textInverted)',
  /** The tertiary variant ("View interaction"). */
  tertiaryButton: 'var(--om-colors-accentSoft)',
  /** The copy button's messages, and `common` text no component here renders (components pass only their parts). */
  copyMessages: 'copy it manually',
  resultLabels: 'Notification',
  otherCommonText: 'No image',
} as const;
type Part = keyof typeof MARKERS;

const cases: Array<[string, Part[], Part[]]> = [
  ['ErrorList', ['iconTray', 'tertiaryButton'], ['createOfferTheme', 'queryContext', 'skeleton', 'linkStyles', 'visuallyHidden', 'iconCopy', 'iconPencil', 'formatters', 'primaryButton', 'copyMessages', 'resultLabels', 'otherCommonText']],
  ['OfferHeader', ['iconCopy', 'iconPencil', 'visuallyHidden', 'copyMessages'], ['createOfferTheme', 'queryContext', 'headerSkeleton', 'skeleton', 'linkStyles', 'iconTray', 'formatters', 'primaryButton', 'tertiaryButton', 'resultLabels', 'otherCommonText']],
  ['OfferStatus', ['visuallyHidden', 'tertiaryButton'], ['createOfferTheme', 'queryContext', 'statusSkeleton', 'skeleton', 'linkStyles', 'iconCopy', 'iconPencil', 'formatters', 'primaryButton', 'copyMessages', 'resultLabels', 'otherCommonText']],
  ['OfferHeaderSkeleton', ['skeleton', 'headerSkeleton'], ['createOfferTheme', 'iconCopy', 'iconPencil']],
  ['StatusBadge', [], ['createOfferTheme', 'queryContext', 'skeleton', 'linkStyles', 'visuallyHidden', 'iconCopy', 'formatters']],
];

describe('one component alone carries only what it reaches', () => {
  it.each(cases)('%s', async (name, has, hasNot) => {
    const code = await bundle([name]);
    for (const part of has) expect(code, `${name} should carry ${part}`).toContain(MARKERS[part]);
    for (const part of hasNot) expect(code, `${name} should not carry ${part}`).not.toContain(MARKERS[part]);
  }, 30_000);

  it('the markers are real: the whole entry carries every part', async () => {
    const code = await bundle(['OfferHeader', 'OfferHeaderSkeleton', 'OfferStatusSkeleton', 'ErrorList', 'createOfferTheme', 'useOffer', 'createOfferFormatters', 'InteractionTable', 'OfferManagementProvider']);
    for (const [part, marker] of Object.entries(MARKERS)) {
      if (part !== 'linkStyles') expect(code, part).toContain(marker);
    }
  }, 30_000);
});
