// Render speed of four pages with the same data in headless Chromium: ours (InteractionTable), @vtex/admin-ui
// (DataView + Table + Tag), @shopify/polaris (IndexTable + Badge) and a plain React <table>.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { BENCH, benchResolve } from './lib/build.mjs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

export const PAGES = [
  { id: 'plain', label: 'plain React <table>', css: false },
  { id: 'ours', label: 'ours (InteractionTable)', css: false },
  { id: 'adminui', label: 'admin-ui (DataView + Table + Tag)', css: false },
  { id: 'polaris', label: 'Polaris (IndexTable + Badge)', css: true },
];
export const SIZES = [100, 1000];
export const OPS = [
  ['coldMount', 'mount, cold (first on a fresh page)'],
  ['warmMount', 'mount, warm (after an unmount)'],
  ['filter', 're-render, filter halves the rows'],
  ['unmount', 'unmount'],
];

const OUT = resolve(BENCH, '.out/pages');

export async function buildPages() {
  await mkdir(OUT, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(PAGES.map((p) => [p.id, resolve(BENCH, 'pages', `${p.id}.jsx`)])),
    outdir: OUT,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
    loader: { '.json': 'json' },
    plugins: [benchResolve([])],
  });
  for (const p of PAGES) {
    const css = p.css ? `<link rel="stylesheet" href="/${p.id}.css">` : '';
    await writeFile(
      resolve(OUT, `${p.id}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${p.id}</title>${css}</head>` +
        `<body><div id="root"></div><script type="module" src="/${p.id}.js"></script></body></html>`,
    );
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

const blocked = {};
async function onePageLoad(browser, url, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Only 127.0.0.1 is served; anything else a page asks for (admin-ui's web font) is aborted and counted.
  const origin = new URL(url).origin;
  await context.route((u) => u.origin !== origin && u.protocol !== 'data:', (route) => {
    const host = new URL(route.request().url()).host;
    blocked[host] = (blocked[host] ?? 0) + 1;
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !m.text().includes('net::ERR_FAILED') && errors.push(m.text()));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__benchReady === true, null, { timeout: 30_000 });
    const result = await page.evaluate(async (n) => {
      const b = window.__bench;
      const settle = () => new Promise((r) => setTimeout(r, 50));
      await settle();
      const coldMount = await b.mount(n);
      const rows = b.rows();
      await settle();
      const unmount = await b.unmount();
      await settle();
      const warmMount = await b.mount(n);
      await settle();
      const filter = await b.filter();
      const filteredRows = b.rows();
      await settle();
      await b.unmount();
      return { coldMount, warmMount, filter, unmount, rows, filteredRows };
    }, size);
    if (errors.length) result.errors = errors;
    return result;
  } finally {
    await context.close();
  }
}

/** Runs `runs` fresh page loads per page and size, pages alternated (rotated) run by run. */
export async function runRender({ runs = 20, log = console.log } = {}) {
  await buildPages();
  const server = await serve(OUT);
  const browser = await launch();
  const samples = {}; // samples[size][page][op] = { commit: [], paint: [] }
  const checks = {};
  const errors = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const size of SIZES) {
        const order = PAGES.map((_, i) => PAGES[(i + run) % PAGES.length]);
        for (const p of order) {
          const r = await onePageLoad(browser, `${server.url}/${p.id}.html`, size);
          if (r.errors) errors.push(...r.errors.map((e) => `${p.id}: ${e}`));
          checks[`${p.id}@${size}`] = { rows: r.rows, filteredRows: r.filteredRows };
          for (const [op] of OPS) {
            const slot = ((samples[size] ??= {})[p.id] ??= {})[op] ??= { commit: [], paint: [] };
            slot.commit.push(r[op].commit);
            slot.paint.push(r[op].paint);
          }
        }
      }
      log(`  render run ${run + 1}/${runs}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const version = await chromiumVersion();
  const summary = {};
  for (const size of SIZES)
    for (const p of PAGES)
      for (const [op] of OPS)
        for (const metric of ['commit', 'paint'])
          (((summary[size] ??= {})[p.id] ??= {})[op] ??= {})[metric] = stats(samples[size][p.id][op][metric]);
  return { runs, summary, checks, errors: [...new Set(errors)], blocked, chromium: version };
}

async function chromiumVersion() {
  const browser = await launch();
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}
