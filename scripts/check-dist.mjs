#!/usr/bin/env node
// Loads the built package under plain Node, as a consumer would (ESM `import` and CJS `require`, both entries),
// fetches a mocked offer through the real HTTP client over msw/node, and server-renders the page's components
// with react-dom/server + styled-components' ServerStyleSheet. Exits non-zero with a message on any failure.
// Used by `npm run build` and by test/build/dist.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/mocks/index.js', 'dist/mocks/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/mocks/index.d.ts', 'dist/mocks/index.d.cts']) {
  if (!existsSync(resolve(root, f))) {
    console.error(`check-dist: ${f} is missing — run \`npm run build\` first.`);
    process.exit(1);
  }
}

// The same scenario in both module systems. `load(spec)` is `import()` or `require`.
const scenario = (load) => `
  const pkg = ${load('@offer-management/react')};
  const mocks = ${load('@offer-management/react/mocks')};
  const React = ${load('react')};
  const { renderToString } = ${load('react-dom/server')};
  const { ServerStyleSheet } = ${load('styled-components')};
  const { setupServer } = ${load('msw/node')};
  const baseUrl = 'http://mock.test/api';
  const server = setupServer(...mocks.createMockHandlers({ baseUrl }));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const client = pkg.createHttpClient({ baseUrl });
    const offer = await client.getOffer(mocks.mockOfferRefs.error);
    if (offer.status !== 'error' || offer.errors.length === 0) throw new Error('mocked error offer came back as ' + offer.status);
    const page = await client.listInteractions(mocks.mockOfferRefs.error, { page: 1, pageSize: 10 });
    if (page.items.length === 0) throw new Error('no interactions');
    const sheet = new ServerStyleSheet();
    const h = React.createElement;
    const html = renderToString(sheet.collectStyles(
      h(pkg.OfferManagementProvider, { client, locale: 'pt-BR' },
        h(pkg.OfferHeader, { offer }),
        h(pkg.OfferStatus, { offer }),
        h(pkg.InteractionTable, { data: page, query: { page: 1, pageSize: 10 }, onQueryChange() {}, offer }),
        h(pkg.OfferDetails, { feedId: offer.feedId, skuId: offer.skuId }))));
    const css = sheet.getStyleTags();
    sheet.seal();
    if (!html.includes('<table')) throw new Error('no <table> in the rendered HTML');
    if (!html.includes('Erro')) throw new Error('pt-BR status text missing from the rendered HTML');
    if (!css.includes('<style')) throw new Error('no styles collected');
    console.log('ok', html.length, 'chars of HTML,', css.length, 'chars of CSS');
  } finally {
    server.close();
  }
`;

const runs = [
  { name: 'ESM', args: ['--input-type=module', '-e', scenario((s) => `await import('${s}')`)] },
  { name: 'CJS', args: ['--input-type=commonjs', '-e', `(async () => { ${scenario((s) => `require('${s}')`)} })().catch((e) => { console.error(e); process.exit(1); });`] },
];

let failed = false;
for (const run of runs) {
  // Run from the repo so the package resolves itself by name through its `exports` map.
  const res = spawnSync(process.execPath, run.args, { cwd: root, encoding: 'utf8' });
  const out = (res.stdout + res.stderr).trim();
  if (res.status === 0 && out.startsWith('ok')) {
    console.log(`check-dist: ${run.name} ${out}`);
  } else {
    failed = true;
    console.error(`check-dist: ${run.name} FAILED\n${out}`);
  }
}
process.exit(failed ? 1 : 0);
