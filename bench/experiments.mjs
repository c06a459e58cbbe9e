// Experiments on InteractionTable's render cost: the render.mjs protocol for ours built from today's src/ with the
// edits in lib/swap.mjs applied at build time (src/ itself is never written).
//   node bench/experiments.mjs [--runs 10]     measure the variants (also `node bench/run.mjs --only experiments`)
//   node bench/experiments.mjs --print         write the fully patched files to .out/experiments/src
// Variants (cumulative): src (as is) · ro (useOverflow measures in its ResizeObserver callback) · static (+ rows as
// plain elements, their CSS hoisted into Table) · window (+ only the visible rows above 100 rows).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { BENCH, ROOT, benchResolve } from './lib/build.mjs';
import { launch } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';
import { stats } from './render.mjs';
import { patched, swapPlugin, VARIANTS } from './lib/swap.mjs';

const OUT = resolve(BENCH, '.out/experiments');
const sizes = [100, 1000];

export async function runExperiments({ runs = 10, log = console.log } = {}) {
await mkdir(OUT, { recursive: true });
const ids = Object.keys(VARIANTS);
for (const id of ids) {
  const entry = (await readFile(resolve(BENCH, 'pages/ours.jsx'), 'utf8')).replace("'@offer-management/react'", JSON.stringify(resolve(ROOT, 'src/index.ts')));
  await build({
    stdin: { contents: entry, resolveDir: resolve(BENCH, 'pages'), sourcefile: 'ours.jsx', loader: 'jsx' },
    outfile: resolve(OUT, `${id}.js`), bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2020', jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' }, legalComments: 'none', logLevel: 'warning',
    plugins: [swapPlugin(VARIANTS[id]), benchResolve([])],
  });
  await writeFile(resolve(OUT, `${id}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/${id}.js"></script></body></html>`);
}
// the plain table, for the ratio
await build({ entryPoints: { plain: resolve(BENCH, 'pages/plain.jsx') }, outdir: OUT, bundle: true, minify: true, format: 'esm', jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'warning', plugins: [benchResolve([])] });
await writeFile(resolve(OUT, 'plain.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/plain.js"></script></body></html>');

const server = await serve(OUT);
const browser = await launch();
const pages = ['plain', ...ids];
const samples = {};
try {
  for (let run = 0; run < runs; run += 1) {
    for (const size of sizes) {
      for (const id of pages.map((_, i) => pages[(i + run) % pages.length])) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${server.url}/${id}.html`);
        await page.waitForFunction(() => window.__benchReady === true);
        const r = await page.evaluate(async (n) => {
          const b = window.__bench;
          const settle = () => new Promise((res) => setTimeout(res, 50));
          await settle();
          const coldMount = await b.mount(n);
          const rows = b.rows();
          await settle();
          const unmount = await b.unmount();
          await settle();
          const warmMount = await b.mount(n);
          await settle();
          const filter = await b.filter();
          return { coldMount, warmMount, filter, unmount, rows };
        }, size);
        await context.close();
        for (const op of ['coldMount', 'warmMount', 'filter', 'unmount']) {
          const slot = (((samples[size] ??= {})[id] ??= {})[op] ??= { commit: [], paint: [], rows: r.rows });
          slot.commit.push(r[op].commit);
          slot.paint.push(r[op].paint);
        }
      }
    }
    log(`  experiment run ${run + 1}/${runs}`);
  }
} finally {
  await browser.close();
  await server.close();
}
const f = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const lines = [];
for (const size of sizes) {
  lines.push('', `${size} rows: median commit / paint ms (× plain); rows in the DOM after mount`, '');
  lines.push(`| variant | rows | ${['coldMount', 'warmMount', 'filter', 'unmount'].join(' | ')} |`, '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const id of pages) {
    const cells = ['coldMount', 'warmMount', 'filter', 'unmount'].map((op) => {
      const c = stats(samples[size][id][op].commit).median;
      const p = stats(samples[size][id][op].paint).median;
      const pc = stats(samples[size].plain[op].commit).median;
      const pp = stats(samples[size].plain[op].paint).median;
      return `${f(c)} / ${f(p)} (${(c / pc).toFixed(2)}× / ${(p / pp).toFixed(2)}×)`;
    });
    lines.push(`| ${id} | ${samples[size][id].coldMount.rows} | ${cells.join(' | ')} |`);
  }
}
await writeFile(resolve(OUT, 'experiments.md'), lines.join('\n'));
return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args.includes('--print')) {
    // The fully patched files (every experiment), for `diff -u src/components/InteractionTable .out/experiments/src`.
    const dir = resolve(OUT, 'src');
    await mkdir(dir, { recursive: true });
    for (const file of ['useOverflow.ts', 'InteractionTable.styles.ts', 'InteractionRow.tsx', 'InteractionTable.tsx']) {
      await writeFile(resolve(dir, file), (await patched(VARIANTS.window, file)) ?? (await readFile(resolve(ROOT, 'src/components/InteractionTable', file), 'utf8')));
    }
    console.log(`wrote ${dir}`);
  } else {
    const runs = Number(args[args.indexOf('--runs') + 1] || 10) || 10;
    console.log(await runExperiments({ runs }));
  }
}
