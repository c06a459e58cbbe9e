import { defineConfig } from 'tsup';

export const externals = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'styled-components',
  '@tanstack/react-query',
  'msw',
  'valibot',
];

export default defineConfig({
  entry: { index: 'src/index.ts', 'mocks/index': 'src/mocks/index.ts' },
  format: ['esm', 'cjs'],
  sourcemap: true,
  clean: true,
  treeshake: true,
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  target: 'es2020',
  external: externals,
});
