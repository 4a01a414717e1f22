import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';

// Lit prints dev-mode warnings (e.g. "change-in-update") through console.warn; a test must fail
// on them, so test/setup hooks console.warn. Here we only pick the browser and TypeScript.
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_FLAGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 85, branches: 75, functions: 85, lines: 90 },
  },
};
