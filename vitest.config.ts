import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROME_FLAGS, findChrome } from './scripts/find-chrome.mjs';

/** Where @storybook/addon-vitest reads the globals each story starts with (its STORYBOOK_TEST_INITIAL_GLOBALS_PROVIDE_KEY). */
const INITIAL_GLOBALS = 'storybook/test-initial-globals';

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
            // Every story twice: in English on the light theme, and in Spanish on the dark one, so the
            // play functions prove they do not depend on English text and axe checks both palettes.
            // A story that sets its own `globals` (a "dark" story) keeps them in both runs.
            instances: [
              { browser: 'chromium', name: 'en-light', provide: { [INITIAL_GLOBALS]: { lang: 'en', theme: 'light' } } },
              { browser: 'chromium', name: 'es-dark', provide: { [INITIAL_GLOBALS]: { lang: 'es', theme: 'dark' } } },
            ],
          },
        },
      },
    ],
  },
});
