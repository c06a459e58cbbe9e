/**
 * Every robustness test file calls `guardSuite()` at its top level: any React warning (console.error /
 * console.warn) or unhandled promise rejection during a test fails that test. A test that expects React to
 * report an error it caught (an error boundary at work) allows exactly that with `allowConsoleError(pattern)`.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

interface Recorded {
  level: 'error' | 'warn';
  text: string;
}

const state = {
  calls: [] as Recorded[],
  rejections: [] as unknown[],
  allowed: [] as RegExp[],
};

function describeArg(arg: unknown): string {
  if (arg instanceof Error) return `${arg.name}: ${arg.message}`;
  if (typeof arg === 'string') return arg;
  try {
    return JSON.stringify(arg) ?? String(arg);
  } catch {
    return String(arg);
  }
}

const onNodeRejection = (reason: unknown) => {
  state.rejections.push(reason);
};
const onWindowRejection = (event: PromiseRejectionEvent) => {
  state.rejections.push(event.reason);
};

/** Lets console.error calls whose text matches `pattern` pass in the current test (e.g. a boundary's report). */
export function allowConsoleError(pattern: RegExp): void {
  state.allowed.push(pattern);
}

/** What was logged so far in this test (allowed or not). */
export function consoleCalls(): readonly Recorded[] {
  return state.calls;
}

/** Installs the console and rejection guards for the file's tests. */
export function guardSuite(): void {
  beforeEach(() => {
    state.calls = [];
    state.rejections = [];
    state.allowed = [];
    for (const level of ['error', 'warn'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        state.calls.push({ level, text: args.map(describeArg).join(' ') });
      });
    }
    process.on('unhandledRejection', onNodeRejection);
    if (typeof window !== 'undefined') window.addEventListener('unhandledrejection', onWindowRejection);
  });

  afterEach(async () => {
    // Unmount now (setup.ts does it after this hook), so warnings raised while unmounting count too.
    cleanup();
    vi.useRealTimers();
    // Let rejections of the test's last promises surface before looking.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onNodeRejection);
    if (typeof window !== 'undefined') window.removeEventListener('unhandledrejection', onWindowRejection);
    const unexpected = state.calls.filter(
      (call) => !(call.level === 'error' && state.allowed.some((pattern) => pattern.test(call.text))),
    );
    expect(unexpected.map((call) => `console.${call.level}: ${call.text.slice(0, 500)}`), 'React warnings / console output').toEqual(
      [],
    );
    expect(state.rejections.map(describeArg), 'unhandled promise rejections').toEqual([]);
  });
}
