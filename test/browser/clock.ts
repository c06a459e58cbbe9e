import { vi } from 'vitest';

/**
 * The instant every browser test (and every visual baseline) lives at: `Date` is frozen there (`vi.setSystemTime`
 * without fake timers). Timers, promises and `performance.now()` stay real, so TanStack Query, MSW delays and React
 * keep working.
 *
 * Imported first by `setup.ts`, before the mocks module builds its default handlers (their data is relative to
 * `Date.now()` at import), so the mock API's dates are the same on every run.
 */
export const FROZEN_NOW = Date.parse('2026-11-27T12:00:00.000Z');

vi.setSystemTime(FROZEN_NOW);
