// The render-speed protocol of render.mjs (the four pages).
// One page load = one fresh browser context on a page built around pages/harness.jsx. In it, for a table of n rows:
//   mount (cold, the first on the fresh page) → unmount → mount (warm) → filter (halves the rows) → unmount,
// with a 50 ms pause between steps. harness.jsx times each from just before the flushSync'd state change to the
// commit (its useLayoutEffect, which runs after every child's) and to the next painted frame.
// runRotation repeats it: `runs` runs, in each one page load per page and size, the page order rotated run by run.

export const SIZES = [100, 1000];
export const OPS = [
  ['coldMount', 'mount, cold (first on a fresh page)'],
  ['warmMount', 'mount, warm (after an unmount)'],
  ['filter', 're-render, filter halves the rows'],
  ['unmount', 'unmount'],
];
export const METRICS = ['commit', 'paint'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Median, min, max and count; NaN where nothing was measured (a page that failed in every run). */
export const stats = (xs) =>
  xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length } : { median: NaN, min: NaN, max: NaN, n: 0 };

/** Runs in the page (serialised by Playwright: self-contained). */
async function protocol(n) {
  const b = window.__bench;
  const settle = () => new Promise((r) => setTimeout(r, 50));
  await settle();
  const coldMount = await b.mount(n);
  const rows = b.rows();
  const domRows = b.domRows();
  await settle();
  const unmount = await b.unmount();
  await settle();
  const warmMount = await b.mount(n);
  await settle();
  const filter = await b.filter();
  const filteredRows = b.rows();
  await settle();
  await b.unmount();
  return { coldMount, warmMount, filter, unmount, rows, domRows, filteredRows };
}

/**
 * One fresh page load of `url` (a new browser context), the protocol on a table of `size` rows. Requests to any
 * other origin than the page's (admin-ui's web font) are aborted and counted in `blocked`.
 */
export async function measurePageLoad(browser, url, size, blocked = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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
    return { ...(await page.evaluate(protocol, size)), errors };
  } catch (error) {
    return { failed: true, errors: [...errors, String(error.message ?? error).split('\n')[0]] };
  } finally {
    await context.close();
  }
}

/**
 * `runs` runs of one page load per page (`pages`: names of `<name>.html` under `baseUrl`) and size, the page order
 * rotated run by run. Returns summary[size][page][op][metric] = stats, and per page and size the row counts seen
 * (`rows` logical rows after the mount, `filteredRows` after the filter, `domRows` <tr> in the DOM after the mount,
 * `mismatches` runs whose counts were not n and n/2).
 */
export async function runRotation({ browser, baseUrl, pages, sizes = SIZES, runs, log = console.log, label = 'run' }) {
  const samples = {};
  const checks = {};
  const errors = [];
  const blocked = {};
  for (let run = 0; run < runs; run += 1) {
    for (const size of sizes) {
      for (const id of pages.map((_, i) => pages[(i + run) % pages.length])) {
        const r = await measurePageLoad(browser, `${baseUrl}/${id}.html`, size, blocked);
        errors.push(...r.errors.map((e) => `${id}@${size}: ${e}`));
        const check = (checks[`${id}@${size}`] ??= { mismatches: 0 });
        if (r.failed || r.rows !== size || r.filteredRows !== size / 2) check.mismatches += 1;
        if (r.failed) continue;
        Object.assign(check, { rows: r.rows, filteredRows: r.filteredRows, domRows: r.domRows });
        for (const [op] of OPS) {
          const slot = (((samples[size] ??= {})[id] ??= {})[op] ??= { commit: [], paint: [] });
          for (const metric of METRICS) slot[metric].push(r[op][metric]);
        }
      }
    }
    log(`  ${label} ${run + 1}/${runs}`);
  }
  const summary = {};
  for (const size of sizes)
    for (const id of pages)
      for (const [op] of OPS)
        for (const metric of METRICS)
          (((summary[size] ??= {})[id] ??= {})[op] ??= {})[metric] = stats(samples[size]?.[id]?.[op]?.[metric] ?? []);
  return { summary, checks, errors: [...new Set(errors)], blocked };
}
