/// <reference types="vite/client" />
/**
 * Every story in `stories/**`, in real Chromium, at a fixed 1024×768 viewport (no play function, so each story's
 * first state):
 * 1. Visual regression: a screenshot compared with the committed baseline in
 *    `__screenshots__/stories.browser.test.tsx/<component>/<story>-chromium-linux.png` (anti-aliased pixels
 *    ignored; more than 8 differing pixels fail).
 * 2. No keyboard trap (WCAG 2.1.2): from a button before the story, Tab moves through its controls one by one and
 *    reaches a button after it.
 * (Accessibility rules and play functions run in the `storybook` project.)
 *
 * Deterministic by construction: `Date` frozen at `FROZEN_NOW` (setup.ts), the mock API seeded and relative to it,
 * locale en-US and time zone America/Sao_Paulo (browser context and provider), reduced motion (no skeleton pulse),
 * animations stopped and caret hidden for the screenshot, Debian Chromium's own fonts, device scale 1, and the
 * screenshot taken once the mock API has been quiet for 200 ms.
 *
 * Update baselines on purpose: `npm run test:visual:update` (= `vitest run --project browser
 * test/browser/stories.browser.test.tsx --update`), then review the changed PNGs before committing.
 * Opt a story out of the screenshot with `parameters: { visual: { disable: true } }`.
 */
import { composeStories, setProjectAnnotations, type ReactRenderer } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import { createPreviewAnnotations } from 'msw-storybook-addon/preview';
import type { Args, ComposedStoryFn } from 'storybook/internal/types';
import { beforeAll, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import preview from '../../.storybook/preview';
import { describeFocus } from './render';
import { waitForNetworkIdle, worker } from './worker';

/** The viewport of every baseline. */
export const VISUAL_VIEWPORT = { width: 1024, height: 768 } as const;

setProjectAnnotations([
  // msw-storybook-addon's `beforeEach` hands the stories this suite's worker as `context.msw`.
  createPreviewAnnotations(async () => worker),
  preview,
]);

type StoryModule = Parameters<typeof composeStories>[0];
type ComposedStory = ComposedStoryFn<ReactRenderer, Partial<Args>>;

const modules = import.meta.glob<StoryModule>('../../stories/**/*.stories.tsx', { eager: true });
const files = Object.entries(modules)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, module]) => [path.replace('../../', ''), Object.values(composeStories(module)) as ComposedStory[]] as const);

const isVisualDisabled = (Story: ComposedStory) =>
  (Story.parameters.visual as { disable?: boolean } | undefined)?.disable === true;

/**
 * A story's baseline: `<component id>/<story>` (e.g. `components-offerheader/synched`), already in the form vitest
 * keeps (it turns other characters into `-`).
 */
const baselineName = (Story: ComposedStory) =>
  Story.id
    .split('--')
    .map((part) => part.replace(/[^\w-]+/g, '').replace(/-{2,}/g, '-'))
    .join('/');
const BASELINE_DIR = 'test/browser/__screenshots__/stories.browser.test.tsx/';
const BASELINE_SUFFIX = '-chromium-linux.png';
// The committed baselines (file names only; nothing is loaded).
const baselines = Object.keys(import.meta.glob('./__screenshots__/stories.browser.test.tsx/**/*.png', { query: '?url' }))
  .map((file) => file.replace('./__screenshots__/stories.browser.test.tsx/', ''))
  .filter((name) => name.endsWith(BASELINE_SUFFIX));

// Only what the screenshot needs: no blinking caret, a white page. (Reduced motion comes from the browser context.)
const TEST_STYLE = `
  html, body { margin: 0; background: #ffffff; }
  *, *::before, *::after { caret-color: transparent !important; }
`;

/** A box exactly the size of the viewport, laid out like Storybook's canvas (`layout` parameter). */
function mountFrame(layout: unknown): HTMLElement {
  if (!document.getElementById('visual-test-style')) {
    const style = document.createElement('style');
    style.id = 'visual-test-style';
    style.textContent = TEST_STYLE;
    document.head.append(style);
  }
  const frame = document.createElement('div');
  frame.setAttribute('data-story-frame', '');
  frame.style.cssText = [
    'position: fixed',
    'inset: 0',
    'overflow: hidden',
    'background: #ffffff',
    'box-sizing: border-box',
    layout === 'fullscreen' ? 'padding: 0' : 'padding: 1rem',
    layout === 'centered' ? 'display: flex; align-items: center; justify-content: center' : '',
  ]
    .filter(Boolean)
    .join(';');
  document.body.append(frame);
  return frame;
}

/** Waits for the mock API to go quiet, fonts, images and two frames. */
async function settle(frame: HTMLElement): Promise<void> {
  await waitForNetworkIdle();
  await document.fonts.ready;
  const deadline = performance.now() + 3000;
  while (performance.now() < deadline && Array.from(frame.querySelectorAll('img')).some((img) => !img.complete)) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** What Tab can land on inside `root` (the stories use no positive tabindex). */
function tabbables(root: Element): HTMLElement[] {
  return Array.from(
    root.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])',
    ),
  ).filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[hidden], [inert]'));
}

/**
 * Tabs from a button placed just before the story to one placed just after it. Fails when a press leaves focus
 * where it was (a keydown handler swallowing Tab, say) or when focus never gets past the story.
 */
async function expectNoKeyboardTrap(frame: HTMLElement, story: string): Promise<void> {
  const sentinel = (name: string) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = name;
    return button;
  };
  const before = sentinel('before the story');
  const after = sentinel('after the story');
  frame.before(before);
  frame.after(after);
  try {
    before.focus();
    const max = tabbables(frame).length + 10;
    const path: string[] = [];
    let previous: Element | null = before;
    for (let press = 0; press < max; press++) {
      await userEvent.tab();
      const active = document.activeElement;
      if (active === after) return;
      const here = describeFocus(active);
      if (active === previous) {
        throw new Error(`Keyboard trap in "${story}": Tab left focus on ${here} (path: ${path.join(' → ') || '-'}).`);
      }
      if (!active || !frame.contains(active)) {
        throw new Error(`Tab went from the story to ${here}, not to the next control after it (path: ${path.join(' → ')}).`);
      }
      path.push(here);
      previous = active;
    }
    throw new Error(`Keyboard trap in "${story}": focus never got past the story in ${max} Tabs (${path.join(' → ')}).`);
  } finally {
    before.remove();
    after.remove();
  }
}

test('every baseline belongs to a story (delete the listed files when a story is renamed or removed)', () => {
  expect(files.length).toBeGreaterThan(0);
  const expected = new Set(
    files.flatMap(([, stories]) =>
      stories.filter((s) => !isVisualDisabled(s)).map((s) => `${baselineName(s)}${BASELINE_SUFFIX}`),
    ),
  );
  const orphans = baselines.filter((name) => !expected.has(name)).map((name) => `${BASELINE_DIR}${name}`);
  expect(orphans).toEqual([]);
});

// The Playwright page (and its mouse) is shared by every browser test file: a pointer left where another file
// clicked would hover whatever a story draws there, and the screenshot would depend on the files' order. Stories
// are screenshotted without pointer hover (the keyboard-trap check below needs no pointer).
beforeAll(() => {
  const noHover = document.createElement('style');
  noHover.textContent = '*, *::before, *::after { pointer-events: none !important; }';
  document.head.append(noHover);
  return () => noHover.remove();
});

for (const [path, stories] of files) {
  describe(path, () => {
    for (const Story of stories) {
      test(Story.storyName, { timeout: 30_000 }, async () => {
        await page.viewport(VISUAL_VIEWPORT.width, VISUAL_VIEWPORT.height);
        const frame = mountFrame(Story.parameters.layout);
        await Story.load();
        render(<Story />, { container: frame });
        await settle(frame);

        if (!isVisualDisabled(Story)) {
          await expect.element(page.elementLocator(frame)).toMatchScreenshot(baselineName(Story), {
            comparatorName: 'pixelmatch',
            // Anti-aliased pixels are ignored and tiny colour noise tolerated (threshold); beyond that, more than
            // 8 differing pixels (of 786,432) is a real change: a one-character text change differs in ~20.
            comparatorOptions: { threshold: 0.1, allowedMismatchedPixels: 8 },
          });
        }

        await expectNoKeyboardTrap(frame, `${path} › ${Story.storyName}`);
      });
    }
  });
}
