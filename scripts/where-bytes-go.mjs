// Where the bytes of one import go: esbuild (minified ESM for the browser, peers external, like size-limit) with a
// metafile, printed per source file.
//   node scripts/where-bytes-go.mjs [exports='*'] [src|dist] [rows=40]
//   e.g. node scripts/where-bytes-go.mjs InteractionTable src     node scripts/where-bytes-go.mjs '*' dist 60
// `src` bundles src/index.ts (no build needed); `dist` the built dist/index.js (run `npm run build` first).
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const [what = '*', from = 'src', rows = '40'] = process.argv.slice(2);
const entry = resolve(root, from === 'dist' ? 'dist/index.js' : 'src/index.ts');
const contents = what === '*' ? `export * from ${JSON.stringify(entry)};` : `export { ${what} } from ${JSON.stringify(entry)};`;
const result = await build({
  stdin: { contents, resolveDir: root, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  external: ['react', 'react-dom', 'react/jsx-runtime', 'styled-components', '@tanstack/react-query'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const out = result.outputFiles[0].contents;
console.log(`${what} from ${from}: ${(out.length / 1000).toFixed(2)} kB min, ${(gzipSync(out, { level: 9 }).length / 1000).toFixed(2)} kB gzip`);
const inputs = Object.values(result.metafile.outputs)[0].inputs;
const files = Object.entries(inputs)
  .map(([file, { bytesInOutput }]) => [file.replace(/^.*?((src|node_modules)\/)/, '$1'), bytesInOutput])
  .filter(([, bytes]) => bytes > 0)
  .sort((a, b) => b[1] - a[1]);
for (const [file, bytes] of files.slice(0, Number(rows))) console.log(`${String(bytes).padStart(7)}  ${file}`);
