// Setup of the `browser` vitest project (real Chromium). `./clock` must stay the first import: it freezes `Date`
// before the mock API builds its data.
import './clock';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { onUnhandledRequest, worker } from './worker';

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest });
});
afterEach(() => {
  cleanup();
  worker.resetHandlers();
});
afterAll(() => {
  worker.stop();
});
