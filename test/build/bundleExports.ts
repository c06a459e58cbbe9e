// What an app's bundler keeps when it imports some exports: esbuild, minified ESM for the browser, peers external
// (like bench/size.mjs and size-limit), from src/index.ts. Shared by the tree-shaking tests.
import { build } from 'esbuild';
import { resolve } from 'node:path';

const entry = resolve(__dirname, '../../src/index.ts');
const PEERS = ['react', 'react-dom', 'styled-components', '@tanstack/react-query', 'msw'];

/** The minified code of a bundle that re-exports `names` from src/index.ts. */
export async function bundleExports(names: readonly string[]): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from ${JSON.stringify(entry)};`, resolveDir: __dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: PEERS,
    write: false,
    logLevel: 'silent',
  });
  return new TextDecoder().decode(result.outputFiles[0]?.contents);
}
