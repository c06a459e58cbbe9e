import { defineConfig } from 'tsup';

export const externals = ['react', 'react-dom', 'react/jsx-runtime', 'styled-components', '@tanstack/react-query', 'msw', 'valibot'];
const common = { sourcemap: true, treeshake: true, target: 'es2020', external: externals } as const;

export default defineConfig([
  {
    // ESM: one output module per source module (code splitting over every file as an entry), so an app that
    // imports one component drops the other modules (`sideEffects: false`); index.js only re-exports.
    ...common,
    entry: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}'],
    format: ['esm'],
    splitting: true,
    clean: true,
    dts: { entry: { index: 'src/index.ts', 'mocks/index': 'src/mocks/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  },
  {
    // CJS: one bundle per public entry, as before (require() is not tree-shaken by bundlers anyway).
    ...common,
    entry: { index: 'src/index.ts', 'mocks/index': 'src/mocks/index.ts' },
    format: ['cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  },
]);
