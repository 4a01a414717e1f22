/**
 * Fails the current test when Lit prints a dev-mode warning (e.g. "change-in-update",
 * "class-field-shadowing"): those are real bugs that would otherwise only show in a console.
 * Import this module from a component test file; it installs mocha hooks for that file.
 */
const seen: string[] = [];
const originalWarn = console.warn.bind(console);

console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  // Lit announces dev mode once per page; that is not a problem in tests.
  const isDevModeNotice = text.includes('Lit is in dev mode');
  if (!isDevModeNotice && /lit\.dev\/msg|Lit|lit-html/.test(text)) seen.push(text);
  originalWarn(...args);
};

afterEach(function (this: Mocha.Context) {
  if (seen.length > 0) {
    const warnings = seen.splice(0);
    // Mocha's hook API: marks the test that just ran as failed without aborting the suite.
    (this.test as unknown as { error(error: Error): void }).error(
      new Error(`Lit dev-mode warning(s):\n${warnings.join('\n')}`),
    );
  }
});
