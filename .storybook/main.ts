import type { StorybookConfig } from '@storybook/react-vite';

export const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // The benchmarks and the build write files while Storybook runs: they are not the stories' sources.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    server: {
      ...viteConfig.server,
      watch: { ...viteConfig.server?.watch, ignored: ['**/bench/**', '**/dist/**', '**/storybook-static/**'] },
    },
  }),
};

export default config;
