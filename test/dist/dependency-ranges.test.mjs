/**
 * The ranges in package.json start at the versions scripts/test-oldest-deps.sh proves (issue #15):
 * a lower bound nobody tests is a promise nobody keeps.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

const ROOT = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
const script = readFileSync(new URL('scripts/test-oldest-deps.sh', ROOT), 'utf8');
const oldest = Object.fromEntries(
  [...(/OLDEST=\(([^)]*)\)/.exec(script)?.[1] ?? '').matchAll(/(@?[\w/-]+)@([\d.]+)/g)].map((m) => [m[1], m[2]]),
);

it('each runtime dependency range starts at the version CI tests as the oldest', () => {
  for (const [name, range] of Object.entries(pkg.dependencies)) {
    assert.equal(range, `^${oldest[name]}`, `${name}: package.json ${range}, oldest tested ${oldest[name]}`);
  }
});
