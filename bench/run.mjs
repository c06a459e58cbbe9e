#!/usr/bin/env node
// `npm run bench` (from the root): bundle size, render speed and request counts of @offer-management/react next to
// @vtex/admin-ui and @shopify/polaris. Prints the tables and writes bench/RESULTS.md. See bench/README.md.
//   node bench/run.mjs [--runs 20] [--only size,render,network] [--no-write | --write]
// Installs bench/node_modules (npm ci) when it is missing or incomplete, and builds ../dist when it is missing.
// Whatever follows the NOTES marker in an existing RESULTS.md (the written analysis) is kept when it is rewritten.
// Only a full run (every part, at least 20 runs) writes RESULTS.md; any other writes .out/RESULTS.partial.md unless
// --write.
// Only node: built-ins are imported statically: everything else after bench/node_modules is checked.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const NOTES = '<!-- notes: everything below is kept by run.mjs -->';
const PARTS = ['size', 'render', 'network'];
const DEFAULT_PARTS = PARTS;
const USAGE = `usage: node bench/run.mjs [--runs N] [--only ${PARTS.join('|')}[,…]] [--no-write | --write]
  --runs N    render runs (default 20, or BENCH_RUNS); each run loads every page once per table size
  --only …    parts to run, comma-separated (default ${DEFAULT_PARTS.join(',')})
  --no-write  print only; --write  write RESULTS.md even for a partial run (fewer parts or fewer than 20 runs)
  CHROMIUM_PATH=…  the browser (default /usr/bin/chromium)`;

const args = process.argv.slice(2);
const fail = (message) => {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(1);
};
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  if (args[i + 1] === undefined || args[i + 1].startsWith('--')) fail(`--${name} needs a value`);
  return args[i + 1];
};
const known = new Set(['--runs', '--only', '--no-write', '--write']);
for (const [i, a] of args.entries()) {
  if (a.startsWith('--') && !known.has(a)) fail(`unknown option ${a}`);
  if (!a.startsWith('--') && !['--runs', '--only'].includes(args[i - 1])) fail(`unexpected argument ${a}`);
}
const runs = Number(opt('runs', process.env.BENCH_RUNS ?? 20));
if (!Number.isInteger(runs) || runs < 1) fail('--runs takes a whole number from 1');
const only = new Set(opt('only', DEFAULT_PARTS.join(',')).split(',').filter(Boolean));
for (const part of only) if (!PARTS.includes(part)) fail(`unknown part "${part}"`);
const browserParts = ['render', 'network'].filter((p) => only.has(p));

// ── What a fresh clone lacks ───────────────────────────────────────────────────────────────────────────────────
const run = (cmd, argv, cwd) => {
  console.log(`bench: ${cmd} ${argv.join(' ')}`);
  execFileSync(cmd, argv, { cwd, stdio: 'inherit' });
};
const benchDeps = Object.keys(JSON.parse(readFileSync(resolve(BENCH, 'package.json'), 'utf8')).dependencies);
const missing = benchDeps.filter((name) => !existsSync(resolve(BENCH, 'node_modules', name, 'package.json')));
if (missing.length) {
  console.log(`bench: bench/node_modules lacks ${missing.join(', ')}: installing (the peers want --legacy-peer-deps)`);
  run('npm', ['--prefix', BENCH, 'ci', '--legacy-peer-deps', '--no-audit', '--no-fund'], ROOT);
}
if (!existsSync(resolve(ROOT, 'dist/index.js'))) {
  if (!existsSync(resolve(ROOT, 'node_modules/tsup'))) fail('../dist is missing and the root has no node_modules: run `npm ci` at the root first');
  console.log('bench: ../dist is missing: building it');
  run('npm', ['run', 'build'], ROOT);
}
if (only.has('network') && !existsSync(resolve(ROOT, 'node_modules/msw'))) fail('network needs msw from the root node_modules: run `npm ci` at the root');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (browserParts.length && !existsSync(chromiumPath))
  fail(`${browserParts.join(', ')} need Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);

const { AWAY_MS, runNetwork, STEPS } = await import('./network.mjs');
const { MIN_RUNS, OPS, PAGES, runRender, SIZES } = await import('./render.mjs');
const { COMPONENTS, PROVIDER, runSize } = await import('./size.mjs');

const full = DEFAULT_PARTS.every((p) => only.has(p)) && runs >= MIN_RUNS;
const write = args.includes('--write') || (!args.includes('--no-write') && full);

const started = Date.now();
const kB = (bytes) => (bytes / 1000).toFixed(2);
const ms = (x) => (Number.isNaN(x) ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—');
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

/** The limits in the root .size-limit.json, e.g. "whole entry 30 kB, OfferHeader alone 9 kB, …". */
function sizeLimits() {
  try {
    const entries = JSON.parse(readFileSync(resolve(ROOT, '.size-limit.json'), 'utf8'));
    return entries.map((e) => `${e.name.split(/[(,]/)[0].trim()} ${e.limit}`).join(', ');
  } catch (error) {
    return `unreadable (${error.message})`;
  }
}

function sizeReport(s) {
  const whole = s.ours[0];
  const row = (c) => [c.name, kB(c.without.min), `**${kB(c.without.gzip)}**`, kB(c.without.brotli), kB(c.withPeers.gzip), kB(c.withPeers.brotli), c.locales?.join(', ') || '—'];
  const provider = s.ours.find((c) => c.name === `${PROVIDER} alone`);
  // Components: alone (English only) and with the provider (what a pt-BR or es host pays), then the provider alone.
  const head = ['ours: what is imported', 'min', 'gzip', 'brotli', 'gzip + peers', 'brotli + peers', 'catalogues in it'];
  const peerRows = s.peers.map((p) => [
    p.name,
    kB(p.total.min),
    `**${kB(p.total.gzip)}**`,
    kB(p.total.brotli),
    ratio(p.total.gzip, whole.withPeers.gzip),
    ratio(p.total.gzip, whole.without.gzip),
    p.css ? `JS ${kB(p.js.gzip)} + CSS ${kB(p.css.gzip)}` : '',
  ]);
  const providerCost = COMPONENTS.map((name) => {
    const alone = s.ours.find((c) => c.name === `${name} alone`);
    const both = s.ours.find((c) => c.name === `${name} + ${PROVIDER}`);
    return `${name} +${kB(both.without.gzip - alone.without.gzip)}`;
  });
  const modular = new Map(s.modular.map((m) => [m.name, m]));
  const groupRows = s.breakdown.groups.slice(0, 14).map((g) => [g.path, kB(g.bytes), `${((100 * g.bytes) / s.breakdown.total.min).toFixed(1)} %`]);
  const fileRows = s.breakdown.files.slice(0, 12).map((f) => [f.path, kB(f.bytes), `${((100 * f.bytes) / s.breakdown.total.min).toFixed(1)} %`]);
  return [
    '## Bundle size',
    '',
    'esbuild, minified ESM for the browser, `react` and `react-dom` external, `NODE_ENV=production`; gzip level 9 and brotli',
    'quality 11 (node:zlib). kB = 1,000 bytes. Ours is bundled from the built package (`dist/index.js`) as an app would.',
    '',
    table(head, s.ours.filter((c) => !c.component).map(row)),
    '',
    table(head, s.ours.filter((c) => c.component).map(row)),
    '',
    `The design: a component alone carries only its English strings and \`${PROVIDER}\` carries the pt-BR and es`,
    `catalogues, so the "+ ${PROVIDER}" rows are what a host that shows the page in pt-BR or es pays. "catalogues in it":`,
    'the locales whose strings the bundle holds (one string of each `common` catalogue looked up in the minified output).',
    `The provider alone: ${kB(provider.without.gzip)} kB gzip; what it adds to each component (gzip, shared code counted once):`,
    `${providerCost.join(', ')}.`,
    `"+ peers" also counts styled-components and @tanstack/react-query (they alone are ${kB(s.peerOnly.gzip)} kB gzip: a host that already`,
    'ships them pays only the first columns). valibot, a dependency, is always counted.',
    `Issue 6's budget: whole entry ≤ 20 kB gzip, one component ≤ 6 kB; aim: whole entry 15 kB. Now: **${kB(whole.without.gzip)} kB**.`,
    `The limits CI enforces today (\`.size-limit.json\`, \`npx size-limit\` after a build): ${sizeLimits()}.`,
    '',
    table(['peer: the exports this page needs', 'min', 'gzip', 'brotli', '÷ ours + peers (gzip)', '÷ ours alone (gzip)', ''], peerRows),
    '',
    ...s.peers.map((p) => `- ${p.name.split(' (')[0]}: ${p.exports}`),
    '',
    '### Check of the build: dist against src split one module per file by plain esbuild',
    '',
    'The same src/ bundled by esbuild with every src file an entry and code splitting on (one module per source module,',
    '`sideEffects: false`), without the build\'s plugins (CSS minifier, shared peer imports). dist should be about as small',
    'or smaller (its shared peer module costs ~0.1 kB on the smallest imports); a row where it is clearly larger means the',
    'build lost tree-shaking for that import.',
    '',
    table(
      ['ours, gzip, peers external', 'dist', 'one module per file (esbuild)', 'dist saves'],
      s.ours.map((c) => {
        const m = modular.get(c.name);
        return [c.name, `**${kB(c.without.gzip)}**`, m ? kB(m.without.gzip) : '—', m ? kB(m.without.gzip - c.without.gzip) : '—'];
      }),
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
  if (r.runs < MIN_RUNS) parts.push('', `**${r.runs} runs only: a smoke run, not results (issue 6 asks for at least ${MIN_RUNS}).**`);
  const short = [];
  for (const size of SIZES)
    for (const p of PAGES) if (r.summary[size][p.id].coldMount.commit.n < r.runs) short.push(`${PAGE_SHORT[p.id]} at ${size} rows: ${r.summary[size][p.id].coldMount.commit.n} of ${r.runs} loads measured`);
  if (short.length) parts.push('', `Failed page loads (see the page errors below): ${short.join('; ')}.`);
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
  const bad = Object.entries(r.checks).filter(([, v]) => v.mismatches);
  parts.push(
    '',
    bad.length
      ? `Row-count check FAILED (not n rows after the mount and n/2 after the filter): ${bad.map(([k, v]) => `${k} in ${v.mismatches} of ${r.runs} loads (last: ${v.rows}, ${v.filteredRows})`).join('; ')}.`
      : 'Row counts checked in every page load: n rows after the mount, n/2 after the filter (`aria-rowcount` where a table states it).',
  );
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
if (only.has('network')) {
  console.log('bench: network session…');
  results.network = await runNetwork();
}

section(`# Benchmarks: @offer-management/react next to @vtex/admin-ui and @shopify/polaris\n\nMade by \`npm run bench\` (bench/run.mjs) in ${((Date.now() - started) / 1000).toFixed(0)} s. Timings are from one noisy machine: compare ratios within a run, never across machines.\n\n${machine(results.render?.chromium)}`);
if (results.size) section(sizeReport(results.size));
if (results.render) section(renderReport(results.render));
if (results.network) section(networkReport(results.network));

if (write || !args.includes('--no-write')) {
  // A full run rewrites RESULTS.md (keeping the notes); a partial one (fewer parts or runs) goes to .out/ unless --write.
  const file = write ? resolve(BENCH, 'RESULTS.md') : resolve(BENCH, '.out/RESULTS.partial.md');
  const previous = write && existsSync(file) ? readFileSync(file, 'utf8') : '';
  const notes = previous.includes(NOTES) ? previous.slice(previous.indexOf(NOTES)) : `${NOTES}\n`;
  await mkdir(resolve(BENCH, '.out'), { recursive: true });
  await writeFile(file, `${out.join('\n\n')}\n\n${notes}`);
  await writeFile(resolve(BENCH, write ? '.out/results.json' : '.out/results.partial.json'), JSON.stringify(results, (k, v) => (k === 'code' ? undefined : v), 1));
  console.log(`\nbench: wrote ${file.slice(ROOT.length + 1)}${write ? '' : ' (a partial run: RESULTS.md is written by a full run of at least 20 runs, or with --write)'}`);
}
