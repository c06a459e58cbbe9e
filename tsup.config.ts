import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { minifyStyledCss } from './scripts/minify-css-plugin';
import { sharePeerImports } from './scripts/share-peer-imports-plugin';

export const externals = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'styled-components',
  '@tanstack/react-query',
  'msw',
  'valibot',
];

/** Peers imported by name all over src: the split ESM build imports each through one shared module. */
const sharedPeers = ['react', 'react-dom', 'react/jsx-runtime', 'styled-components', '@tanstack/react-query'];

/** The two public entries (package.json `exports`: `.` and `./mocks`). */
const publicEntries = { index: 'src/index.ts', 'mocks/index': 'src/mocks/index.ts' };

const common: Options = {
  sourcemap: true,
  treeshake: true,
  target: 'es2020',
  external: externals,
  // Collapse whitespace and strip comments in the CSS of styled-components templates (static parts only).
  // OFFER_MINIFY_CSS=0 turns it off (to compare the CSS it produces with and without).
  esbuildPlugins: process.env.OFFER_MINIFY_CSS === '0' ? [] : [minifyStyledCss()],
  // dist/ is emptied once below: the two builds run at the same time, so neither may clean it.
  clean: false,
};

export default defineConfig((options) => {
  if (!options.watch) rmSync('dist', { recursive: true, force: true });
  return [
    {
      // ESM: one output module per source module (every src file an entry, code splitting on), so an app that
      // imports one component keeps only the modules it reaches (`sideEffects: false` in package.json): a
      // top-level styled-components template or forwardRef call can't be dropped from a module that is kept.
      // dist/index.js and dist/mocks/index.js only re-export.
      ...common,
      entry: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/**/*.d.ts'],
      format: ['esm'],
      splitting: true,
      // One `import … from 'react'` per peer in the whole dist instead of one per module (see the plugin).
      noExternal: sharedPeers.map((peer) => new RegExp(`^${peer.replace(/[/.]/g, '\\$&')}$`)),
      esbuildPlugins: [...(common.esbuildPlugins ?? []), sharePeerImports({ peers: sharedPeers, srcDir: 'src' })],
      // Shared code lands in chunks; keep them out of the way of the per-file modules.
      esbuildOptions(o) {
        o.chunkNames = '_chunks/[name]-[hash]';
      },
      dts: { entry: publicEntries, compilerOptions: { ignoreDeprecations: '6.0' } },
    },
    {
      // CJS: one bundle per public entry (require() is not tree-shaken by bundlers anyway), with .d.cts types.
      ...common,
      entry: publicEntries,
      format: ['cjs'],
      dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    },
  ];
});
