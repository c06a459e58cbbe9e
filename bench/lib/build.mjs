// Shared esbuild settings for every bundle the benchmark measures or serves.
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(BENCH, '..');
export const DIST = resolve(ROOT, 'dist/index.js');
export const SRC = resolve(ROOT, 'src/index.ts');

// Every copy of these comes from bench/node_modules (React 18, one styled-components, one react-query), even when
// imported from ../dist or ../src, so all four pages run on the same React and the library has no duplicate peers.
const PINNED = ['react', 'react-dom', 'styled-components', '@tanstack/react-query', 'valibot', 'scheduler'];
const pinnedName = (path) => PINNED.find((name) => path === name || path.startsWith(`${name}/`));

/** esbuild plugin: marks `external` bare imports external and resolves the pinned packages from bench/. */
export function benchResolve(external = []) {
  return {
    name: 'bench-resolve',
    setup(b) {
      b.onResolve({ filter: /^@offer-management\/react(\/mocks)?$/ }, (args) => ({
        path: args.path.endsWith('/mocks') ? resolve(ROOT, 'dist/mocks/index.js') : DIST,
      }));
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (external.some((name) => args.path === name || args.path.startsWith(`${name}/`))) {
          return { path: args.path, external: true };
        }
        if (pinnedName(args.path) && !args.pluginData?.pinned && args.resolveDir !== BENCH) {
          // Let esbuild resolve it (browser/import conditions) as if it were imported from bench/.
          return b.resolve(args.path, { resolveDir: BENCH, kind: args.kind, importer: args.importer, pluginData: { pinned: true } });
        }
        return undefined;
      });
    },
  };
}

/** esbuild plugin for a page: `@offer-management/react` from src/index.ts instead of dist/ (put it before benchResolve). */
export const oursFromSrc = {
  name: 'ours-from-src',
  setup: (b) => b.onResolve({ filter: /^@offer-management\/react$/ }, () => ({ path: SRC })),
};

/** The esbuild options of every bundle the benchmark measures or serves: minified ESM for the browser, production React. */
export const BROWSER_BUILD = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
  // dist/index.js re-exports through chunks and also imports some bare (an artefact of code splitting); with
  // `sideEffects: false` esbuild drops those imports, as it should, and would warn once per page and build.
  logOverride: { 'ignored-bare-import': 'silent' },
  loader: { '.json': 'json', '.css': 'css' },
};

/**
 * Bundles `contents` (an ES module written as if it lived in bench/) like an app would ship it:
 * minified ESM for the browser, production React, `external` left out.
 */
export async function bundle(contents, { external = ['react', 'react-dom'], outfile, metafile = false, write = false, loader = 'jsx' } = {}) {
  return build({
    ...BROWSER_BUILD,
    stdin: { contents, resolveDir: BENCH, sourcefile: 'entry.jsx', loader },
    logLevel: 'silent',
    plugins: [benchResolve(external)],
    metafile,
    write,
    outfile: outfile ?? resolve(BENCH, '.out/bundle.js'),
  });
}

/** Builds page scripts (`{ name: entry file }`) into `outdir` and writes `<name>.html` next to each. */
export async function buildPages(outdir, entryPoints, { plugins = [], css = [], minify = true } = {}) {
  await mkdir(outdir, { recursive: true });
  await build({ ...BROWSER_BUILD, minify, entryPoints, outdir, plugins: [...plugins, benchResolve([])] });
  for (const name of Object.keys(entryPoints)) {
    await writeFile(resolve(outdir, `${name}.html`), pageHtml(name, { css: css.includes(name) }));
  }
}

/** The HTML of a benchmark page: an empty #root and `/<name>.js` (plus `/<name>.css`, which esbuild emits for CSS imports). */
export const pageHtml = (name, { css = false } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>` +
  `${css ? `<link rel="stylesheet" href="/${name}.css">` : ''}</head>` +
  `<body><div id="root"></div><script type="module" src="/${name}.js"></script></body></html>`;
