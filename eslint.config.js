// ESLint flat config. Fast on purpose (no type-aware rules): `tsc --noEmit` already type-checks.
// Formatting is Prettier's job (.prettierrc.json); nothing here is stylistic.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_INLINE_STYLES =
  "No inline styles (pages may set CSP style-src 'self'): use classes, parts and --ldn-* tokens.";
const TEXT_ONLY = 'Security policy: render text only (no HTML from strings). Use Lit text bindings instead.';

/** Imports that would render strings as markup, or pull in full zod (shipped code uses zod/mini). */
const shippedCodeImportRules = {
  paths: [{ name: 'zod', message: "Shipped code imports `zod/mini` (import * as z from 'zod/mini'), never full zod." }],
  patterns: [
    { group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'], message: TEXT_ONLY },
    { group: ['lit', 'lit/*', 'lit-html', 'lit-html/*'], importNamePattern: '^unsafe', message: TEXT_ONLY },
    { group: ['lit/directives/style-map*', 'lit-html/directives/style-map*'], message: NO_INLINE_STYLES },
  ],
};

/** The DOM-free core must run in Node: nothing from Lit, the elements or the shared element code. */
const coreImportRules = {
  paths: shippedCodeImportRules.paths,
  patterns: [
    ...shippedCodeImportRules.patterns,
    {
      group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*', '**/components/**', '**/shared/**'],
      message: 'src/core is DOM-free: it imports nothing from lit, components or shared element code.',
    },
  ],
};

/** Markup sinks, network and storage: health data never leaves the page, and we render text only. */
const shippedCodeSyntaxRules = [
  { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: TEXT_ONLY },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|parseHTMLUnsafe|write|writeln)$/]',
    message: TEXT_ONLY,
  },
  {
    selector: "TaggedTemplateExpression[tag.name='html'] TemplateElement[value.raw=/\\sstyle\\s*=/]",
    message: NO_INLINE_STYLES,
  },
  { selector: "MemberExpression[property.name='cookie']", message: 'No cookies: health data never leaves the page.' },
];

const NO_NETWORK_OR_STORAGE = 'No network requests or storage: health data never leaves the page.';
const shippedCodeGlobalRules = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'localStorage',
  'sessionStorage',
  'indexedDB',
].map((name) => ({ name, message: NO_NETWORK_OR_STORAGE }));

// Browser globals whose names read like local variables: a forgotten `const name` silently
// becomes `window.name` (an empty string) instead of a type error.
const CONFUSING_GLOBALS = ['name', 'event', 'status', 'length', 'origin', 'parent', 'top', 'self', 'close', 'open'].map(
  (name) => ({ name, message: `"${name}" here is the browser global (window.${name}); declare a local instead.` }),
);

export default defineConfig([
  globalIgnores([
    'dist/',
    'storybook-static/',
    'coverage/',
    'node_modules/',
    'custom-elements.json',
    'bench/results.json',
    '.vite/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed arguments and variables are deliberately unused (callback signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Shipped code: the library itself.
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement', 'LdnElement'] } },
    rules: {
      // LitElement always defines connectedCallback & co., and TypeScript checks the super call.
      'wc/guard-super-call': 'off',
      'no-restricted-imports': ['error', shippedCodeImportRules],
      'no-restricted-syntax': ['error', ...shippedCodeSyntaxRules],
      'no-restricted-globals': ['error', ...shippedCodeGlobalRules, ...CONFUSING_GLOBALS],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', coreImportRules] },
  },

  // Tests: in Chromium through web-test-runner (mocha + chai), and test/dist in Node driving a
  // browser (page.evaluate callbacks run in the page), so both sets of globals apply.
  {
    files: ['test/**/*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // Stories, the Storybook preview and the demo pages run in the browser.
  {
    files: ['stories/**/*.ts', '.storybook/preview.ts', 'demo/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  // Build, test and Storybook configuration and scripts run in Node.
  {
    files: ['*.config.{js,mjs,ts}', '.storybook/main.ts', 'scripts/**/*.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  // Benchmarks run in Node and measure in a browser page.
  {
    files: ['bench/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
