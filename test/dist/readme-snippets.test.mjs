/**
 * README's framework snippets are the consumer fixtures' code (issue #15): each
 * `<!-- snippet: path#region -->` marker in README is followed by a code block that must equal
 * the `#region` of that fixture, which test/dist/consumers.test.mjs type-checks against the
 * packed tarball and test/components/frameworks.test.ts runs in Chromium.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const ROOT = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
const markers = [...readme.matchAll(/<!-- snippet: ([^#\s]+)#([\w-]+) -->\n```\w*\n([\s\S]*?)\n```/g)];

/** The lines between `// #region name` (or `<!-- #region name -->`) and its `#endregion`. */
function region(path, name) {
  const text = readFileSync(new URL(path, ROOT), 'utf8');
  const match = new RegExp(
    `(?://|<!--) #region ${name}(?: -->)?\\n([\\s\\S]*?)\\n(?://|<!--) #endregion ${name}`,
  ).exec(text);
  assert.ok(match, `${path} has a #region ${name}`);
  return match[1];
}

describe('README snippets', () => {
  it('shows a snippet for React, Vue, Svelte and plain TypeScript', () => {
    const paths = markers.map((m) => m[1]);
    for (const folder of ['react', 'vue', 'svelte', 'plain']) {
      assert.ok(paths.some((path) => path.startsWith(`test/consumers/${folder}/`)), folder);
    }
  });

  for (const [, path, name, shown] of markers) {
    it(`${path}#${name} is shown unchanged`, () => {
      assert.equal(shown, region(path, name));
    });
  }
});
