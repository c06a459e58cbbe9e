// Render speed of four pages with the same data in headless Chromium: ours (InteractionTable), @vtex/admin-ui
// (DataView + Table + Tag), @shopify/polaris (IndexTable + Badge) and a plain React <table>. The protocol (what is
// timed, how page loads are rotated) is lib/measure.mjs.
import { resolve } from 'node:path';
import { BENCH, buildPages } from './lib/build.mjs';
import { launch } from './lib/browser.mjs';
import { OPS, runRotation, SIZES } from './lib/measure.mjs';
import { serve } from './lib/serve.mjs';

export { OPS, SIZES };
export const PAGES = [
  { id: 'plain', label: 'plain React <table>', css: false },
  { id: 'ours', label: 'ours (InteractionTable)', css: false },
  { id: 'adminui', label: 'admin-ui (DataView + Table + Tag)', css: false },
  { id: 'polaris', label: 'Polaris (IndexTable + Badge)', css: true },
];
/** What issue 6 asks for; fewer runs are a smoke run, and the report says so. */
export const MIN_RUNS = 20;

const OUT = resolve(BENCH, '.out/pages');

/** Runs `runs` fresh page loads per page and size, pages alternated (rotated) run by run. */
export async function runRender({ runs = MIN_RUNS, log = console.log } = {}) {
  await buildPages(OUT, Object.fromEntries(PAGES.map((p) => [p.id, resolve(BENCH, 'pages', `${p.id}.jsx`)])), {
    css: PAGES.filter((p) => p.css).map((p) => p.id),
  });
  const server = await serve(OUT);
  const browser = await launch();
  try {
    const result = await runRotation({ browser, baseUrl: server.url, pages: PAGES.map((p) => p.id), sizes: SIZES, runs, log, label: 'render run' });
    return { runs, ...result, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
