import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { build } from 'esbuild';
import { a11ySnapshotCdpPlugin } from './scripts/a11y-snapshot-plugin.mjs';
import { frameworkFixtures } from './scripts/framework-fixtures-plugin.mjs';
import { findChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';

/**
 * React ships CommonJS only, which the test runner cannot serve to a browser. This plugin answers
 * `import … from 'react'` and `'react-dom/client'` with one ES module bundled by esbuild, so the
 * React interop test renders our elements from real React 19 (one React instance for both).
 */
function reactAsEsModule() {
  const path = '/__react-esm__.js';
  let bundle;
  return {
    name: 'react-as-es-module',
    resolveImport({ source }) {
      if (['react', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime'].includes(source)) return path;
      return undefined;
    },
    async serve(context) {
      if (context.path !== path) return undefined;
      bundle ??= build({
        stdin: {
          contents:
            "export { createElement, Fragment, StrictMode, useState, useEffect, useRef, act } from 'react';" +
            "export { createRoot } from 'react-dom/client';" +
            // JSX in the consumer fixtures (test/consumers/react) compiles to these.
            "export { jsx, jsxs } from 'react/jsx-runtime'; export { jsxDEV } from 'react/jsx-dev-runtime';",
          resolveDir: process.cwd(),
        },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}

/**
 * `syllable` (used by the readability test) imports CommonJS packages (pluralize,
 * normalize-strings) that a browser cannot load as modules: serve it as one ES module bundled by
 * esbuild, the same way as React above.
 */
function syllableAsEsModule() {
  const path = '/__syllable-esm__.js';
  let bundle;
  return {
    name: 'syllable-as-es-module',
    resolveImport({ source }) {
      return source === 'syllable' ? path : undefined;
    },
    async serve(context) {
      if (context.path !== path) return undefined;
      bundle ??= build({
        stdin: { contents: "export { syllable } from 'syllable';", resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        write: false,
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}

// Lit prints dev-mode warnings (e.g. "change-in-update") through console.warn; a test must fail
// on them, so test/setup hooks console.warn. Here we only pick the browser and TypeScript.
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [
    a11ySnapshotCdpPlugin(),
    reactAsEsModule(),
    syllableAsEsModule(),
    frameworkFixtures(),
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_FLAGS },
    }),
  ],
  concurrency: 2,
  // Lit announces its dev mode once per test page; everything else a page logs stays visible.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Property tests run hundreds of cases under coverage on small CI machines: generous per-test
  // and per-file limits keep them from failing on a slow moment (benchmarks measure speed, not tests).
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 85, branches: 75, functions: 85, lines: 90 },
  },
};
