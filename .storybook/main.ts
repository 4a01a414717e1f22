import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

// No telemetry, whichever way Storybook is started (health widgets: nothing leaves the machine).
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    // Storybook merges the project's vite.config.ts. Its `environments` and `builder` describe the
    // library build (dist/esm + dist/ldn-widgets.js) and have no place in Storybook's own app build.
    const { environments: _libraryEnvironments, builder: _libraryBuilder, ...storybookViteConfig } = viteConfig;
    // @storybook/web-components imports lit/directive-helpers.js, which the dev optimizer does not
    // discover: served raw, it loads a second copy of lit-html ("Multiple versions of Lit loaded").
    // Pre-bundling it with lit keeps one copy in `storybook dev` and in the story tests.
    return mergeConfig(storybookViteConfig, {
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
      // Storybook's own manager and docs chunks are large by nature; only the library's size matters.
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
