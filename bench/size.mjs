// Bundle size: what each choice adds to an app's bundle (esbuild, minified ESM for the browser, react and react-dom
// external), gzip and brotli. Ours from the built package (../dist), peers from bench/node_modules.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { BENCH, DIST, ROOT, SRC, bundle } from './lib/build.mjs';

const requireFromBench = createRequire(resolve(BENCH, 'package.json'));
const REACT = ['react', 'react-dom'];
const OUR_PEERS = ['styled-components', '@tanstack/react-query'];

export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length;
const measure = (buf) => ({ min: buf.length, gzip: gzip(buf), brotli: brotli(buf) });
const reexport = (names, from) => `export { ${names.join(', ')} } from ${JSON.stringify(from)};`;

export const COMPONENTS = ['OfferHeader', 'OfferStatus', 'ErrorList', 'InteractionTable'];
export const PROVIDER = 'OfferManagementProvider';
const HOOKS = [PROVIDER, 'useOffer', 'useOfferInteractions', 'useInteractionQueryState', 'createHttpClient'];

// What a team would import for this page. Each list is what renders the page, its states and its filters.
// A component alone carries its English strings; OfferManagementProvider carries the pt-BR and es catalogues,
// so "component + OfferManagementProvider" is what a host that shows the page in pt-BR or es pays.
const cases = (entry) => [
  { name: 'whole entry (`export *`)', code: `export * from ${JSON.stringify(entry)};` },
  { name: `OfferDetails + ${PROVIDER} + createHttpClient (the page)`, code: reexport(['OfferDetails', PROVIDER, 'createHttpClient'], entry), exports: `OfferDetails, ${PROVIDER}, createHttpClient` },
  { name: `${PROVIDER} alone`, code: reexport([PROVIDER], entry) },
  ...COMPONENTS.flatMap((c) => [
    { name: `${c} alone`, code: reexport([c], entry), component: c },
    { name: `${c} + ${PROVIDER}`, code: reexport([c, PROVIDER], entry), component: c, provider: true },
  ]),
  { name: 'data hooks + OfferManagementProvider', code: reexport(HOOKS, entry), exports: HOOKS.join(', ') },
];
export const OUR_CASES = cases(DIST);

/**
 * A cross-check of the build: src/ bundled by plain esbuild with every src file an entry and code splitting on (one
 * module per source module, `sideEffects: false`), without the build's plugins (CSS minifier, shared peer imports).
 * dist/ (tsup.config.ts) should be at most this size for every import; a larger row means the build lost tree-shaking.
 */
async function buildModular() {
  const out = resolve(BENCH, '.out/modular');
  await rm(out, { recursive: true, force: true });
  const files = [];
  const walk = async (dir) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = resolve(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'mocks') await walk(p);
      } else if (/\.tsx?$/.test(e.name) && !/\.(test|d)\.tsx?$/.test(e.name)) files.push(p);
    }
  };
  await walk(resolve(ROOT, 'src'));
  await build({
    entryPoints: files, outdir: resolve(out, 'dist'), outbase: resolve(ROOT, 'src'), bundle: true, splitting: true, format: 'esm',
    platform: 'neutral', target: 'es2020', jsx: 'automatic', logLevel: 'silent',
    external: ['react', 'react-dom', 'styled-components', '@tanstack/react-query', 'valibot', 'msw'],
  });
  await writeFile(resolve(out, 'package.json'), JSON.stringify({ name: 'modular', type: 'module', sideEffects: false }));
  return resolve(out, 'dist/index.js');
}

export const ADMIN_UI_EXPORTS = [
  'ThemeProvider', 'Page', 'PageHeader', 'PageHeaderTop', 'PageHeaderTitle', 'PageHeaderActions', 'PageHeaderMenuButton', 'PageContent',
  'Tag', 'Alert', 'Menu', 'MenuButton', 'MenuItem', 'useMenuState',
  'DataView', 'DataViewHeader', 'useDataViewState', 'Table', 'THead', 'THeadCell', 'TBody', 'TBodyRow', 'TBodyCell', 'useTableState', 'createColumns',
  'Pagination', 'usePaginationState', 'FilterControl', 'FilterPopover', 'FilterListbox', 'FilterOptionCheckbox', 'FilterFooter', 'FilterDisclosure', 'useFilterMultipleState',
  'Skeleton', 'Text', 'Stack',
];
export const POLARIS_EXPORTS = [
  'AppProvider', 'Page', 'Layout', 'Card', 'Text', 'Badge', 'Banner', 'Collapsible', 'IndexTable', 'IndexFilters', 'useSetIndexFiltersMode', 'ChoiceList',
  'Pagination', 'Thumbnail', 'Popover', 'ActionList', 'Button', 'EmptyState', 'SkeletonPage', 'SkeletonBodyText', 'SkeletonDisplayText',
];

// One string of each catalogue's `common` group (which every component renders): which locales a bundle carries.
const LOCALE_MARKERS = { en: ['No image'], 'pt-BR': ['Sem imagem', 'Tentar novamente'], es: ['Sin imagen', 'Reintentar'] };

async function jsSize(code, external) {
  const { outputFiles } = await bundle(code, { external });
  const js = outputFiles.find((f) => f.path.endsWith('.js'));
  return measure(Buffer.from(js.contents));
}

/** The locales whose catalogue strings are in the bundle of `code` (peers external). */
async function localesIn(code) {
  const { outputFiles } = await bundle(code, { external: [...REACT, ...OUR_PEERS] });
  const text = outputFiles.find((f) => f.path.endsWith('.js')).text;
  return Object.entries(LOCALE_MARKERS).filter(([, markers]) => markers.some((m) => text.includes(m))).map(([locale]) => locale);
}

async function cssSize(file) {
  const { code } = await transform(await readFile(file, 'utf8'), { loader: 'css', minify: true, legalComments: 'none' });
  return measure(Buffer.from(code));
}

const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

export async function runSize() {
  const ours = [];
  for (const c of OUR_CASES) {
    const without = await jsSize(c.code, [...REACT, ...OUR_PEERS]);
    const withPeers = await jsSize(c.code, REACT);
    ours.push({ ...c, without, withPeers, locales: await localesIn(c.code) });
  }
  // The peers themselves, so a host that already ships them can see what is shared.
  const peerOnly = await jsSize(`export { styled, ThemeProvider } from 'styled-components'; export { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';`, REACT);

  const adminJs = await jsSize(reexport(ADMIN_UI_EXPORTS, '@vtex/admin-ui'), REACT);
  const polarisJs = await jsSize(`${reexport(POLARIS_EXPORTS, '@shopify/polaris')}\nexport { default as en } from '@shopify/polaris/locales/en.json';`, REACT);
  const polarisCss = await cssSize(requireFromBench.resolve('@shopify/polaris/build/esm/styles.css'));
  const peers = [
    { name: '@vtex/admin-ui 0.137.2', js: adminJs, total: adminJs, exports: ADMIN_UI_EXPORTS.join(', ') },
    { name: '@shopify/polaris 13.9.5 (JS + en.json + styles.css)', js: polarisJs, css: polarisCss, total: add(polarisJs, polarisCss), exports: `${POLARIS_EXPORTS.join(', ')}, locales/en.json, build/esm/styles.css` },
  ];
  const breakdown = await whereTheBytesGo();
  const modularEntry = await buildModular();
  const modular = [];
  for (const c of cases(modularEntry)) modular.push({ name: c.name, without: await jsSize(c.code, [...REACT, ...OUR_PEERS]) });
  return { ours, peerOnly, peers, breakdown, modular };
}

/** esbuild metafile of the whole entry built from src/ (same code as dist, but one input per source file). */
async function whereTheBytesGo() {
  const result = await bundle(`export * from ${JSON.stringify(SRC)};`, { external: [...REACT, ...OUR_PEERS], metafile: true });
  const output = Object.values(result.metafile.outputs)[0];
  const total = output.bytes;
  const js = Buffer.from(result.outputFiles[0].contents);
  const groups = new Map();
  const files = [];
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (!bytesInOutput) continue;
    const path = input.replace(/^(\.\.\/)+/, '');
    const group = path.startsWith('src/')
      ? path.split('/').slice(0, path.startsWith('src/components/') ? 3 : 2).join('/')
      : `node_modules/${path.split('node_modules/')[1].split('/').slice(0, path.includes('node_modules/@') ? 2 : 1).join('/')}`;
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    files.push({ path, bytes: bytesInOutput });
  }
  const sorted = (entries) => [...entries].sort((a, b) => b.bytes - a.bytes);
  return {
    total: { min: total, gzip: gzip(js), brotli: brotli(js) },
    groups: sorted([...groups].map(([path, bytes]) => ({ path, bytes }))),
    files: sorted(files),
  };
}
