#!/usr/bin/env node
// `npm test`: type-check, build, then every vitest project (unit in jsdom, browser and stories in Chromium).
// Extra arguments go to vitest, e.g. `npm test -- --project unit`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const unitOnly = args.includes('--project') && args[args.indexOf('--project') + 1] === 'unit';

if (!unitOnly) {
  try {
    accessSync(chromium, constants.X_OK);
  } catch {
    console.error(
      `npm test needs Chromium at ${chromium} for the browser and story tests: install it with ` +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium/Chrome binary ' +
        '(or run only the jsdom tests with `npm test -- --project unit`).',
    );
    process.exit(1);
  }
}

function run(cmd, cmdArgs) {
  const res = spawnSync(cmd, cmdArgs, { stdio: 'inherit', shell: false });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

run('npx', ['tsc', '--noEmit']);
run('npx', ['tsup', '--silent']);
run('npx', ['vitest', 'run', ...args]);
