// Experiments on InteractionTable's render cost: the render.mjs protocol (lib/measure.mjs) for ours built from
// today's src/ with the edits in lib/swap.mjs applied at build time (src/ itself is never written).
//   node bench/experiments.mjs [--runs 10]     measure the variants (also `node bench/run.mjs --only experiments`)
//   node bench/experiments.mjs --print         write the fully patched files to .out/experiments/src
// Variants (cumulative): src (as is) · static (rows as plain elements, their CSS hoisted into Table) · window (+ only
// the visible rows above 100 rows).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BENCH, ROOT, buildPages } from './lib/build.mjs';
import { launch } from './lib/browser.mjs';
import { OPS, runRotation, SIZES } from './lib/measure.mjs';
import { serve } from './lib/serve.mjs';
import { oursFromSrc, patched, swapPlugin, VARIANTS } from './lib/swap.mjs';

const OUT = resolve(BENCH, '.out/experiments');
const page = (name) => resolve(BENCH, 'pages', `${name}.jsx`);

export async function runExperiments({ runs = 10, log = console.log } = {}) {
  const ids = Object.keys(VARIANTS);
  for (const id of ids) await buildPages(OUT, { [id]: page('ours') }, { plugins: [swapPlugin(VARIANTS[id]), oursFromSrc] });
  await buildPages(OUT, { plain: page('plain') }); // the floor, for the ratios
  const pages = ['plain', ...ids];
  const server = await serve(OUT);
  const browser = await launch();
  let result;
  try {
    result = await runRotation({ browser, baseUrl: server.url, pages, sizes: SIZES, runs, log, label: 'experiment run' });
  } finally {
    await browser.close();
    await server.close();
  }
  const { summary, checks, errors } = result;
  const f = (x) => (Number.isNaN(x) ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const ops = OPS.map(([op]) => op);
  const lines = [];
  for (const size of SIZES) {
    lines.push('', `${size} rows: median commit / paint ms (× plain); rows in the DOM after mount`, '');
    lines.push(`| variant | rows | ${ops.join(' | ')} |`, `| --- | ---: | ${ops.map(() => '---:').join(' | ')} |`);
    for (const id of pages) {
      const cells = ops.map((op) => {
        const [c, p] = ['commit', 'paint'].map((m) => summary[size][id][op][m].median);
        const [pc, pp] = ['commit', 'paint'].map((m) => summary[size].plain[op][m].median);
        return `${f(c)} / ${f(p)} (${(c / pc).toFixed(2)}× / ${(p / pp).toFixed(2)}×)`;
      });
      lines.push(`| ${id} | ${checks[`${id}@${size}`]?.domRows ?? '—'} | ${cells.join(' | ')} |`);
    }
  }
  const bad = Object.entries(checks).filter(([, v]) => v.mismatches);
  if (bad.length) lines.push('', `Row-count check FAILED (logical rows not n after mount and n/2 after the filter): ${bad.map(([k, v]) => `${k} in ${v.mismatches} runs`).join(', ')}`);
  if (errors.length) lines.push('', `Page errors: ${errors.join('; ')}`);
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
