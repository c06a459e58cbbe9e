// @vitest-environment node
// The published files, as a consumer loads them: `scripts/check-dist.mjs` imports (ESM) and requires (CJS) both
// entries under plain Node, fetches a mocked offer through the real HTTP client over msw/node and server-renders
// the components with react-dom/server. `npm test` builds before it runs; a missing build is made here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

describe('the built package under plain Node', () => {
  beforeAll(() => {
    if (!existsSync(resolve(root, 'dist/index.js')) || !existsSync(resolve(root, 'dist/mocks/index.cjs'))) {
      const build = spawnSync('npx', ['tsup', '--silent'], { cwd: root, encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
    }
  }, 120_000);

  it('loads both entries as ESM and CJS and server-renders the page', () => {
    const run = spawnSync(process.execPath, ['scripts/check-dist.mjs'], { cwd: root, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).toMatch(/check-dist: ESM ok \d+ chars of HTML/);
    expect(output).toMatch(/check-dist: CJS ok \d+ chars of HTML/);
  }, 60_000);

  it('publishes types for both entries and both module systems', () => {
    for (const file of ['index.d.ts', 'index.d.cts', 'mocks/index.d.ts', 'mocks/index.d.cts']) {
      expect(existsSync(resolve(root, 'dist', file)), file).toBe(true);
    }
  });
});
