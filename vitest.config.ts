import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROME_FLAGS, findChrome } from './scripts/find-chrome.mjs';

/**
 * Vitest runs only Storybook's stories here (`npm run test:stories` = `vitest run --project
 * storybook`): each story renders in headless Chromium, its `play` function runs, and the a11y
 * addon's axe check fails the test on any violation (`parameters.a11y.test = 'error'` in
 * .storybook/preview.ts). The unit and element tests run in web-test-runner instead.
 *
 * The browser is the machine's own Chrome/Chromium (scripts/find-chrome.mjs), never a download.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: findChrome(), args: CHROME_FLAGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
