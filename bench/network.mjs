// Requests made by OfferDetails in a scripted session: open, filter, filter back, next page, previous page,
// leave and come back within 30 s (the default stale time). Counted at the fetch given to createHttpClient.
import { resolve } from 'node:path';
import { BENCH, buildPages } from './lib/build.mjs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

const OUT = resolve(BENCH, '.out/network');
export const AWAY_MS = 5_000;

export const STEPS = [
  ['open', 'open the page'],
  ['filter', 'filter origin = Price'],
  ['unfilter', 'clear the filter'],
  ['next', 'next page'],
  ['previous', 'previous page'],
  ['return', `leave, come back ${AWAY_MS / 1000} s later`],
];

async function session(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__netReady === true);
    const steps = await page.evaluate(async (awayMs) => {
      const n = window.__net;
      const out = [];
      let seen = 0;
      const step = async (id, act, waitRows = true) => {
        act();
        await n.idle();
        if (waitRows) {
          const t = performance.now();
          while (n.rows() === 0 && performance.now() - t < 5000) await new Promise((r) => setTimeout(r, 50));
        }
        const all = n.requests();
        out.push({ id, requests: all.slice(seen), rows: n.rows() });
        seen = all.length;
      };
      await step('open', () => n.open());
      await step('filter', () => n.setQuery({ origins: ['price'], page: 1 }));
      await step('unfilter', () => n.setQuery({ origins: undefined, page: 1 }));
      await step('next', () => n.setQuery({ page: 2 }));
      await step('previous', () => n.setQuery({ page: 1 }));
      n.leave();
      await new Promise((r) => setTimeout(r, awayMs));
      await step('return', () => n.open());
      return out;
    }, AWAY_MS);
    return { steps, errors };
  } finally {
    await page.close();
  }
}

export async function runNetwork() {
  await buildPages(OUT, { network: resolve(BENCH, 'pages/network.jsx') });
  const server = await serve(OUT);
  const browser = await launch();
  try {
    return {
      root: await session(browser, `${server.url}/network.html?variant=root`),
      page: await session(browser, `${server.url}/network.html?variant=page`),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
