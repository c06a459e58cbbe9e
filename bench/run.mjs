#!/usr/bin/env node
// `npm run bench` (from the root): bundle size, render speed and request counts of @offer-management/react next to
// @vtex/admin-ui and @shopify/polaris. Prints the tables and writes bench/RESULTS.md. Needs ../dist (npm run build)
// and bench/node_modules (npm --prefix bench ci --legacy-peer-deps).
//   node bench/run.mjs [--runs 20] [--only size,render,network,experiments] [--no-write]
// (experiments: InteractionTable variants from bench/experiments, not in the default run). Whatever follows the
// NOTES marker in an existing RESULTS.md (the written analysis) is kept when it is rewritten.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { resolve } from 'node:path';
import { BENCH, DIST, ROOT } from './lib/build.mjs';
import { AWAY_MS, runNetwork, STEPS } from './network.mjs';
import { OPS, PAGES, runRender, SIZES } from './render.mjs';
import { runSize } from './size.mjs';
import { runExperiments } from './experiments.mjs';

const NOTES = '<!-- notes: everything below is kept by run.mjs -->';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(opt('runs', process.env.BENCH_RUNS ?? 20));
const only = new Set(opt('only', 'size,render,network').split(','));
const write = !args.includes('--no-write');

if (!existsSync(DIST)) {
  console.error('bench: ../dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}

const started = Date.now();
const kB = (bytes) => (bytes / 1000).toFixed(2);
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const version = (name) => JSON.parse(readFileSync(resolve(BENCH, 'node_modules', name, 'package.json'), 'utf8')).version;
const out = [];
const section = (text) => {
  console.log(`\n${text}`);
  out.push(text);
};

function machine(chromium) {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {}
  const cpus = os.cpus();
  return table(
    ['', ''],
    [
      ['date', new Date().toISOString().replace(/\.\d+Z$/, 'Z')],
      ['machine', `${cpus[0]?.model ?? 'cpu'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, load avg ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at start`],
      ['node', process.version],
      ['browser', chromium ? `Chromium ${chromium} headless (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}), playwright-core ${version('playwright-core')}` : 'not run'],
      ['library', `@offer-management/react (dist of ${commit})`],
      ['peers', `@vtex/admin-ui ${version('@vtex/admin-ui')}, @shopify/polaris ${version('@shopify/polaris')}`],
      ['shared', `react ${version('react')}, react-dom ${version('react-dom')}, styled-components ${version('styled-components')}, @tanstack/react-query ${version('@tanstack/react-query')}, valibot ${version('valibot')}, esbuild ${version('esbuild')}`],
    ],
  );
}

function sizeReport(s) {
  const whole = s.ours[0];
  const rows = s.ours.map((c) => [
    c.name,
    kB(c.without.min),
    `**${kB(c.without.gzip)}**`,
    kB(c.without.brotli),
    kB(c.withPeers.gzip),
    kB(c.withPeers.brotli),
  ]);
  const peerRows = s.peers.map((p) => [
    p.name,
    kB(p.total.min),
    `**${kB(p.total.gzip)}**`,
    kB(p.total.brotli),
    ratio(p.total.gzip, whole.withPeers.gzip),
    ratio(p.total.gzip, whole.without.gzip),
    p.css ? `JS ${kB(p.js.gzip)} + CSS ${kB(p.css.gzip)}` : '',
  ]);
  const groupRows = s.breakdown.groups.slice(0, 14).map((g) => [g.path, kB(g.bytes), `${((100 * g.bytes) / s.breakdown.total.min).toFixed(1)} %`]);
  const fileRows = s.breakdown.files.slice(0, 12).map((f) => [f.path, kB(f.bytes), `${((100 * f.bytes) / s.breakdown.total.min).toFixed(1)} %`]);
  return [
    '## Bundle size',
    '',
    'esbuild, minified ESM for the browser, `react` and `react-dom` external, `NODE_ENV=production`; gzip level 9 and brotli',
    'quality 11 (node:zlib). kB = 1,000 bytes. Ours is bundled from the built package (`dist/index.js`) as an app would.',
    '',
    table(['ours: what is imported', 'min', 'gzip', 'brotli', 'gzip + peers', 'brotli + peers'], rows),
    '',
    `"+ peers" also counts styled-components and @tanstack/react-query (they alone are ${kB(s.peerOnly.gzip)} kB gzip: a host that already`,
    'ships them pays only the first columns). valibot, a dependency, is always counted.',
    `Budget (size-limit in CI): whole entry ≤ 20 kB gzip, one component ≤ 6 kB. Aim: whole entry 15 kB. Now: **${kB(whole.without.gzip)} kB**.`,
    '',
    table(['peer: the exports this page needs', 'min', 'gzip', 'brotli', '÷ ours + peers (gzip)', '÷ ours alone (gzip)', ''], peerRows),
    '',
    ...s.peers.map((p) => `- ${p.name.split(' (')[0]}: ${p.exports}`),
    '',
    '### Why each component alone weighs as much as the whole entry',
    '',
    'dist/index.js is one module: esbuild (like any bundler) keeps every top-level `` styled.x`…` `` template (a tagged',
    'template cannot be marked pure) and `forwardRef(...)` call in it, so importing one component keeps them all.',
    'The same src built with one output module per source module (esbuild code splitting over every src file as an entry,',
    'as `bench/experiments/tsup.config.suggested.ts` does for the ESM build; `sideEffects: false` is already set):',
    '',
    table(
      ['ours, gzip, peers external', 'dist today', 'one module per file', 'saved'],
      s.modular.map((m, i) => [m.name, kB(s.ours[i].without.gzip), `**${kB(m.without.gzip)}**`, kB(s.ours[i].without.gzip - m.without.gzip)]),
    ),
    '',
    '### Where the bytes go (whole entry, peers external, built from src/ with the same settings: esbuild metafile, minified bytes)',
    '',
    `Total ${kB(s.breakdown.total.min)} kB min, ${kB(s.breakdown.total.gzip)} kB gzip.`,
    '',
    table(['folder', 'min kB', 'share'], groupRows),
    '',
    table(['file', 'min kB', 'share'], fileRows),
  ].join('\n');
}

const PAGE_SHORT = { plain: 'plain', ours: 'ours', adminui: 'admin-ui', polaris: 'Polaris' };
function renderReport(r) {
  const parts = [
    '## Render speed',
    '',
    `Headless Chromium ${r.chromium}, production builds (esbuild, \`NODE_ENV=production\`), React 18 for all four pages, the same`,
    'interactions (date, origin, new value, result). Pages: ' + PAGES.map((p) => p.label).join('; ') + '.',
    `${r.runs} runs; each run is a fresh page load per page and table size, pages rotated run by run. In each load: mount`,
    '(cold) → unmount → mount (warm) → filter "Result = Success" (halves the rows) → unmount. Each is timed from just before',
    'the flushSync\'d state change to the commit (the harness\'s useLayoutEffect, after every child\'s) and to the next',
    'painted frame (requestAnimationFrame, then a MessageChannel task). Cells: median ms [min–max]. Ratios of medians.',
  ];
  for (const size of SIZES) {
    for (const metric of ['commit', 'paint']) {
      const rows = OPS.map(([op, label]) => {
        const m = (id) => r.summary[size][id][op][metric];
        const cell = (id) => `${ms(m(id).median)} [${ms(m(id).min)}–${ms(m(id).max)}]`;
        const med = (id) => m(id).median;
        return [
          label,
          ...PAGES.map((p) => (p.id === 'ours' ? `**${cell(p.id)}**` : cell(p.id))),
          ratio(med('ours'), med('plain')),
          ratio(med('ours'), med('adminui')),
          ratio(med('ours'), med('polaris')),
          ratio(med('adminui'), med('plain')),
          ratio(med('polaris'), med('plain')),
        ];
      });
      parts.push(
        '',
        `### ${size.toLocaleString('en')} rows, to the ${metric === 'commit' ? 'commit' : 'next painted frame'}`,
        '',
        table([`${size} rows → ${metric}`, ...PAGES.map((p) => PAGE_SHORT[p.id]), 'ours÷plain', 'ours÷admin-ui', 'ours÷Polaris', 'admin-ui÷plain', 'Polaris÷plain'], rows),
      );
    }
  }
  const bad = Object.entries(r.checks).filter(([k, v]) => v.rows !== Number(k.split('@')[1]) || v.filteredRows !== Number(k.split('@')[1]) / 2);
  parts.push('', bad.length ? `Row-count check FAILED: ${JSON.stringify(bad)}` : 'Row counts checked in every page: n rows after mount, n/2 after the filter.');
  if (Object.keys(r.blocked ?? {}).length) parts.push('', `Requests to other hosts, aborted (only 127.0.0.1 is served): ${Object.entries(r.blocked).map(([h, n]) => `${h} ×${n}`).join(', ')}.`);
  if (r.errors.length) parts.push('', `Page errors: ${r.errors.join('; ')}`);
  return parts.join('\n');
}

function networkReport(n) {
  const rows = STEPS.map(([id, label]) => {
    const a = n.root.steps.find((s) => s.id === id);
    const b = n.page.steps.find((s) => s.id === id);
    return [label, String(a.requests.length), String(b.requests.length), a.requests.map((u) => `\`${u.replace(/^GET \/feeds\/[^/]+\/skus\/[^/?]+/, '…')}\``).join(', ') || '—'];
  });
  const total = (v) => v.steps.reduce((sum, s) => sum + s.requests.length, 0);
  rows.push(['**total**', `**${total(n.root)}**`, `**${total(n.page)}**`, '']);
  return [
    '## Network',
    '',
    'OfferDetails on the mock API (`createMockHandlers` answered in the page through msw\'s `getResponse`, behind a counting',
    `\`fetch\` given to \`createHttpClient\`), the "many interactions" offer (5,000), 25 per page; the query is controlled by`,
    `the host. Requests per step (a fetch that would be made without any cache: 2 + 1 + 1 + 1 + 1 + 2 = 8). Stale time 30 s;`,
    `"come back" is ${AWAY_MS / 1000} s after leaving.`,
    '',
    table(['step', 'provider at the app root', 'provider inside the page', 'requests (app root)'], rows),
    ...(n.root.errors.length || n.page.errors.length ? ['', `Page errors: ${[...n.root.errors, ...n.page.errors].join('; ')}`] : []),
  ].join('\n');
}

const results = {};
if (only.has('size')) {
  console.log('bench: bundle sizes…');
  results.size = await runSize();
}
if (only.has('render')) {
  console.log(`bench: render speed, ${runs} runs × ${PAGES.length} pages × ${SIZES.length} sizes…`);
  results.render = await runRender({ runs });
}
if (only.has('experiments')) {
  console.log(`bench: InteractionTable experiments, ${Math.max(5, runs >> 1)} runs…`);
  try {
    results.experiments = await runExperiments({ runs: Math.max(5, runs >> 1) });
  } catch (error) {
    // The edits are anchored on today's src: when src moves on, say so and keep the other results.
    console.error(`bench: experiments skipped: ${error.message}`);
  }
}
if (only.has('network')) {
  console.log('bench: network session…');
  results.network = await runNetwork();
}

section(`# Benchmarks: @offer-management/react next to @vtex/admin-ui and @shopify/polaris\n\nMade by \`npm run bench\` (bench/run.mjs) in ${((Date.now() - started) / 1000).toFixed(0)} s. Timings are from one noisy machine: compare ratios within a run, never across machines.\n\n${machine(results.render?.chromium)}`);
if (results.size) section(sizeReport(results.size));
if (results.render) section(renderReport(results.render));
if (results.network) section(networkReport(results.network));
if (results.experiments)
  section(`## Experiments: InteractionTable variants (bench/experiments.mjs)\n\nOurs built from the current src/ with the edits in bench/lib/swap.mjs applied at build time (src/ is never written): \`src\` as is; \`ro\` useOverflow measures in its ResizeObserver callback, flushSync'd (same paint, no layout forced inside the commit); \`static\` + rows as plain elements, their CSS hoisted into \`Table\`; \`window\` + only the rows in the scroll region's view above 100 rows. ${Math.max(5, runs >> 1)} runs, same protocol.\n${results.experiments}`);

if (write) {
  const file = resolve(BENCH, 'RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const notes = previous.includes(NOTES) ? previous.slice(previous.indexOf(NOTES)) : `${NOTES}\n`;
  await writeFile(file, `${out.join('\n\n')}\n\n${notes}`);
  await mkdir(resolve(BENCH, '.out'), { recursive: true });
  await writeFile(resolve(BENCH, '.out/results.json'), JSON.stringify(results, (k, v) => (k === 'code' ? undefined : v), 1));
  console.log('\nbench: wrote bench/RESULTS.md');
}
