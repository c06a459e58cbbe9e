/**
 * What only layout shows: the sticky table header, long texts wrapping without overflow, the page at 320 px and
 * at 1440 px, and a visible focus ring on every keyboard stop.
 */
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Offer } from '../../src/api/types';
import { MOCK_BASE_URL, createMockDatabase, mockOfferRefs, mockScenarioRefs } from '../../src/mocks';
import { contrastRatio } from '../../src/theme';
import { FROZEN_NOW } from './clock';
import { describeFocus, interactionHref, renderPage } from './render';
import { worker } from './worker';

const db = createMockDatabase({ now: FROZEN_NOW });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function rowsLoaded() {
  await expect.element(page.getByRole('link', { name: /^View .* interaction of / }).first()).toBeVisible();
}

/** Everything a keyboard user can reach (the page has no positive tabindex). */
function focusables(root: Element): HTMLElement[] {
  return Array.from(
    root.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), [tabindex="0"]'),
  ).filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]'));
}

function expectNoHorizontalOverflow(element: Element, what: string) {
  expect(element.scrollWidth, `${what}: scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`).toBeLessThanOrEqual(
    element.clientWidth,
  );
}

describe('sticky table header', () => {
  beforeEach(async () => {
    await page.viewport(1024, 768);
  });

  test("stays at the top of the table's scroll region while the rows scroll (by keyboard and by script)", async () => {
    const ref = mockScenarioRefs['many-interactions'];
    const { root } = renderPage({ feedId: ref.feedId, skuId: ref.skuId, defaultQuery: { pageSize: 100 }, settings: { links: { interactionHref } } });
    await rowsLoaded();
    await expect.poll(() => root.querySelectorAll('tbody tr').length).toBe(100);
    const region = root.querySelector<HTMLElement>('[role="region"][aria-labelledby]')!;
    const header = root.querySelector('thead th')!;
    const firstRow = root.querySelector('tbody tr')!;
    expect(region.scrollHeight).toBeGreaterThan(region.clientHeight);
    // The region scrolls, so it is in the Tab order and labelled by the table caption.
    expect(region.tabIndex).toBe(0);
    expect(describeFocus(region)).toBe('region "Interactions"');

    const regionTop = () => region.getBoundingClientRect().top + region.clientTop;
    expect(header.getBoundingClientRect().top).toBeCloseTo(regionTop(), 0);

    // Keyboard: focus the region and press End / PageDown, as a keyboard user scrolls.
    region.focus();
    await userEvent.keyboard('{PageDown}{PageDown}');
    await expect.poll(() => region.scrollTop).toBeGreaterThan(200);
    await frame();
    expect(Math.abs(header.getBoundingClientRect().top - regionTop())).toBeLessThanOrEqual(1);
    // The rows really went under it.
    expect(firstRow.getBoundingClientRect().bottom).toBeLessThan(regionTop());

    region.scrollTop = region.scrollHeight;
    await frame();
    expect(region.scrollTop).toBeGreaterThan(1000);
    expect(Math.abs(header.getBoundingClientRect().top - regionTop())).toBeLessThanOrEqual(1);
    // And it is painted on top: the element at the header's spot is the header, not a row.
    const box = header.getBoundingClientRect();
    expect(header.contains(document.elementFromPoint(box.left + 8, box.top + box.height / 2))).toBe(true);
  });
});

describe('long texts', () => {
  const name = `${'Tênis de corrida masculino com amortecimento responsivo, cabedal em malha respirável e solado de borracha '.repeat(2)}`
    .slice(0, 180)
    .concat(`-SKU${'X'.repeat(20)}`)
    .slice(0, 200);
  const url = `https://seller.example.com/catalog/${'very-long-path-segment-'.repeat(12)}image.jpg`;
  const description = `${'The description sent to the channel is longer than allowed and is repeated here in full. '.repeat(60)} ${url} `
    .repeat(2)
    .slice(0, 5000);

  function longOffer(): Offer {
    const offer = db.getOffer(mockOfferRefs.error)!;
    const [first, ...rest] = offer.errors;
    return { ...offer, name, errors: [{ ...first!, description }, ...rest] };
  }

  beforeEach(() => {
    expect(name).toHaveLength(200);
    expect(description).toHaveLength(5000);
    const offer = longOffer();
    worker.use(http.get(`${MOCK_BASE_URL}/feeds/:feedId/skus/:skuId`, () => HttpResponse.json(offer)));
  });

  for (const width of [1024, 320]) {
    test(`a 200-character name and a 5,000-character description wrap inside the page at ${width} px`, async () => {
      await page.viewport(width, 800);
      const { root } = renderPage();
      const heading = page.getByRole('heading', { name });
      await expect.element(heading).toBeVisible();
      const toggle = document.querySelector<HTMLButtonElement>('[aria-label="Errors"] button[aria-expanded]')!;
      toggle.click();
      const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
      await expect.element(panel).toBeVisible();
      const descriptionElement = Array.from(panel.querySelectorAll('dd, p')).find((el) => el.textContent === description);
      expect(descriptionElement, 'the whole description, as text').toBeDefined();
      await frame();

      // Wrapped: several lines, not one long line cut off or scrolled.
      const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight);
      const headingElement = heading.element();
      expect(headingElement.getBoundingClientRect().height).toBeGreaterThan(1.5 * lineHeight(headingElement));
      expect(descriptionElement!.getBoundingClientRect().height).toBeGreaterThan(10 * lineHeight(descriptionElement!));

      expectNoHorizontalOverflow(document.documentElement, 'document');
      expectNoHorizontalOverflow(root, 'page root');
      expectNoHorizontalOverflow(headingElement, 'offer name');
      expectNoHorizontalOverflow(toggle.closest('li')!, 'error item');
      expectNoHorizontalOverflow(descriptionElement!, 'description');
      // Inside the viewport, too.
      for (const el of [headingElement, descriptionElement!]) {
        const box = el.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(document.documentElement.clientWidth + 0.5);
      }
    });
  }
});

describe('viewport widths', () => {
  for (const [width, height] of [
    [320, 800],
    [1440, 900],
  ] as const) {
    test(`at ${width} px: no horizontal scroll outside the table's own region, and every control is reachable`, async () => {
      await page.viewport(width, height);
      const { root } = renderPage({ settings: { links: { interactionHref } } });
      await rowsLoaded();
      await frame();
      expect(document.documentElement.clientWidth).toBe(width);
      expectNoHorizontalOverflow(document.documentElement, 'document');
      expectNoHorizontalOverflow(document.body, 'body');
      expectNoHorizontalOverflow(root, 'page root');

      const region = root.querySelector<HTMLElement>('[role="region"][aria-labelledby]')!;
      const regionBox = region.getBoundingClientRect();
      expect(regionBox.right).toBeLessThanOrEqual(width + 0.5);
      if (width === 320) {
        // The table scrolls sideways inside its own labelled, focusable region…
        expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
        expect(region.tabIndex).toBe(0);
      } else {
        // …and at 1440 it has room: no sideways scroll at all.
        expectNoHorizontalOverflow(region, 'table region');
      }

      // Every control sits inside the viewport horizontally, or inside the table's scroll region.
      const controls = focusables(root);
      expect(controls.length).toBeGreaterThan(10);
      for (const control of controls) {
        if (region.contains(control) && control !== region) continue;
        const box = control.getBoundingClientRect();
        expect(box.left, describeFocus(control)).toBeGreaterThanOrEqual(-0.5);
        expect(box.right, describeFocus(control)).toBeLessThanOrEqual(width + 0.5);
        expect(box.width, describeFocus(control)).toBeGreaterThan(0);
      }

      // …and the keyboard reaches every one of them.
      const reached = new Set<Element>();
      for (let i = 0; i < controls.length + 5; i++) {
        await userEvent.tab();
        if (document.activeElement === document.body) break;
        reached.add(document.activeElement!);
      }
      const missed = controls.filter((control) => !reached.has(control)).map((control) => describeFocus(control));
      expect(missed).toEqual([]);

      // A row link scrolled into view inside the region is really on screen (not clipped away for good).
      const lastLink = Array.from(region.querySelectorAll('a')).at(-1)!;
      lastLink.focus();
      await frame();
      const linkBox = lastLink.getBoundingClientRect();
      const visibleBox = region.getBoundingClientRect();
      expect(linkBox.left).toBeGreaterThanOrEqual(visibleBox.left - 0.5);
      expect(linkBox.right).toBeLessThanOrEqual(visibleBox.right + 0.5);
    });
  }
});

describe('focus visible', () => {
  const toHex = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  };

  test('every keyboard stop shows a 2px outline ring with at least 3:1 contrast; a mouse click shows none', async () => {
    await page.viewport(1024, 768);
    const ref = mockScenarioRefs['many-errors'];
    renderPage({ feedId: ref.feedId, skuId: ref.skuId, settings: { links: { interactionHref } } });
    await rowsLoaded();

    const stops: string[] = [];
    for (let i = 0; i < 80; i++) {
      await userEvent.tab();
      const el = document.activeElement;
      if (!el || el === document.body) break;
      const style = getComputedStyle(el);
      const what = describeFocus(el);
      stops.push(what);
      expect(el.matches(':focus-visible'), what).toBe(true);
      expect(style.outlineStyle, what).not.toBe('none');
      expect(parseFloat(style.outlineWidth), what).toBeGreaterThanOrEqual(2);
      expect(contrastRatio(toHex(style.outlineColor), '#ffffff'), what).toBeGreaterThanOrEqual(3);
    }
    expect(stops.length).toBeGreaterThan(20);

    // A pointer click focuses without the ring.
    (document.activeElement as HTMLElement | null)?.blur();
    const toggle = document.querySelector<HTMLButtonElement>('[aria-label="Errors"] button[aria-expanded]')!;
    await userEvent.click(toggle);
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.activeElement).toBe(toggle);
    expect(toggle.matches(':focus-visible')).toBe(false);
    expect(getComputedStyle(toggle).outlineStyle).toBe('none');
  });
});

describe('reduced motion', () => {
  test('with prefers-reduced-motion (the test browser emulates it), the loading skeletons do not pulse', async () => {
    await page.viewport(1024, 768);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const ref = mockScenarioRefs.slow;
    const { root } = renderPage({ feedId: ref.feedId, skuId: ref.skuId });
    await expect.poll(() => root.querySelectorAll('[data-skeleton]').length).toBeGreaterThan(3);
    for (const skeleton of Array.from(root.querySelectorAll('[data-skeleton]'))) {
      expect(getComputedStyle(skeleton).animationName).toBe('none');
    }
  });
});
