import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const what = process.argv[2] ?? '*';
const src = process.argv[3] === 'src';
const entry = src ? '/work/main/src/index.ts' : '/work/main/dist/index.js';
const contents = what === '*' ? `export * from '${entry}';` : `export { ${what} } from '${entry}';`;
const r = await build({ stdin: { contents, resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true,
  external: ['react', 'react-dom', 'react/jsx-runtime', 'styled-components', '@tanstack/react-query'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error' });
const out = r.outputFiles[0].contents;
console.log('total min', (out.length/1000).toFixed(2), 'gzip', (gzipSync(out,{level:9}).length/1000).toFixed(2));
const o = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(o.inputs).map(([f, v]) => [f.replace(/^.*?(src|node_modules)\//, '$1/'), v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
for (const [f, b] of rows.slice(0, +process.argv[4] || 40)) console.log(String(b).padStart(7), f);
