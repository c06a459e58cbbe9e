import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const launchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--font-render-hinting=none',
  ],
};

const chromium = playwright({ launchOptions });

// The `browser` project (layout, keyboard and visual tests): a fixed, deterministic browser context. The page is
// larger than any `page.viewport()` a test asks for, so the test iframe is never scaled down; reduced motion stops
// the skeleton pulse and other animations; locale and time zone are pinned (the stories' provider also uses São Paulo).
const chromiumForTests = playwright({
  launchOptions,
  contextOptions: {
    viewport: { width: 1440, height: 1000 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'America/Sao_Paulo',
    reducedMotion: 'reduce',
    colorScheme: 'light',
  },
});

// A fresh object per project: vitest mutates `instances`.
const browser = (provider = chromium) => ({
  enabled: true,
  headless: true,
  provider,
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**', 'node_modules/**'],
          setupFiles: ['./test/setup.ts'],
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./test/browser/setup.ts'],
          browser: {
            ...browser(chromiumForTests),
            // The default test viewport (tests set their own with `page.viewport`); visual baselines use this one.
            viewport: { width: 1024, height: 768 },
            // Failure screenshots would land next to the committed baselines in `__screenshots__/`.
            screenshotFailures: false,
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
