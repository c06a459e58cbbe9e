// CPU profile of one page's warm mount (default: ours, 1,000 rows), unminified build, self time by function.
//   node bench/profile.mjs [page=ours] [rows=1000] [dist|src] [cold]   (cold: the first mount on a fresh page)
// `src` bundles @offer-management/react from src/index.ts (no build needed: measure an edit before `npm run build`);
// the default is the built dist/, as render.mjs measures it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH, buildPages, DIST, oursFromSrc } from './lib/build.mjs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

const args = process.argv.slice(2);
const cold = args.includes('cold');
const [pageId = 'ours', rowsArg = '1000', from = 'dist'] = args.filter((arg) => arg !== 'cold');
const rows = Number(rowsArg);
if (!['plain', 'ours', 'adminui', 'polaris'].includes(pageId) || !Number.isInteger(rows) || rows < 1 || !['dist', 'src'].includes(from)) {
  console.error('usage: node bench/profile.mjs [plain|ours|adminui|polaris] [rows=1000] [dist|src]');
  process.exit(1);
}
if (pageId === 'ours' && from === 'dist' && !existsSync(DIST)) {
  console.error('bench: dist/ is missing: run `npm run build` at the root (or profile src/: `node bench/profile.mjs ours 1000 src`)');
  process.exit(1);
}
const OUT = resolve(BENCH, '.out/profile');
await buildPages(OUT, { [pageId]: resolve(BENCH, 'pages', `${pageId}.jsx`) }, {
  minify: false,
  css: pageId === 'polaris' ? [pageId] : [],
  plugins: from === 'src' ? [oursFromSrc] : [],
});
const server = await serve(OUT);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/${pageId}.html`);
  await page.waitForFunction(() => window.__benchReady === true);
  // Warm (default): mount and unmount once first; `cold` profiles the first mount on the fresh page.
  if (!cold) await page.evaluate(async (n) => { await window.__bench.mount(n); await window.__bench.unmount(); }, rows);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const timing = await page.evaluate(async (n) => window.__bench.mount(n), rows);
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map(profile.nodes.map((node) => [node.id, 0]));
  profile.samples.forEach((id, i) => dt.set(id, dt.get(id) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const { functionName, lineNumber } = node.callFrame;
    if (['(idle)', '(program)', '(root)'].includes(functionName)) continue;
    const key = `${functionName || '(anonymous)'}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt.get(node.id));
    total += dt.get(node.id);
  }
  console.log(`${pageId}${pageId === 'ours' ? ` (from ${from})` : ''} ${cold ? 'cold' : 'warm'} mount of ${rows} rows: commit ${timing.commit.toFixed(1)} ms, paint ${timing.paint.toFixed(1)} ms; JS self time sampled ${(total / 1000).toFixed(1)} ms`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
} finally {
  await browser.close();
  await server.close();
}
