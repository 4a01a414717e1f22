// What `npm publish` would ship, and whether each public entry point works as documented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${ROOT}`), 'utf8'));
const TAGS = ['ldn-dose-card', 'ldn-interaction-checker', 'ldn-side-effect-list'];

describe('the published package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  )[0];
  const files = packed.files.map((f) => f.path);

  it('ships dist, types, the manifest, README, LICENSE and CHANGELOG, and nothing else', () => {
    const allowed = /^(dist\/.+|custom-elements\.json|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
    for (const required of ['dist/ldn-widgets.js', 'custom-elements.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      assert.ok(files.includes(required), required);
    }
    assert.ok(!files.some((f) => /^(src|test|stories|bench|\.storybook)\//.test(f) || f.endsWith('.map')));
  });

  it('points every exports, unpkg, jsdelivr, types and customElements field at a shipped file', () => {
    const targets = [pkg.unpkg, pkg.jsdelivr, pkg.types, pkg.main, pkg.customElements];
    for (const value of Object.values(pkg.exports)) {
      if (typeof value === 'string') targets.push(value);
      else targets.push(value.types, value.default);
    }
    for (const target of targets) {
      const path = target.replace(/^\.\//, '');
      assert.ok(files.includes(path), `${target} is not in the package`);
    }
    assert.equal(pkg.unpkg, './dist/ldn-widgets.js');
    assert.equal(pkg.jsdelivr, './dist/ldn-widgets.js');
    assert.match(pkg.engines.node, />=\s*20/);
    assert.match(pkg.version, /^\d+\.\d+\.\d+/);
  });

  it('names exactly the registering modules (built, and in source for bundlers of src/) as side effects', () => {
    assert.deepEqual([...pkg.sideEffects].sort(), [
      './dist/esm/dose-card.js',
      './dist/esm/index.js',
      './dist/esm/interaction-checker.js',
      './dist/esm/side-effect-list.js',
      './dist/ldn-dose-card.js',
      './dist/ldn-interaction-checker.js',
      './dist/ldn-side-effect-list.js',
      './dist/ldn-widgets.js',
      './src/components/*/define.ts',
      './src/index.ts',
      './src/script-tag/*.ts',
    ]);
  });
});

describe('entry points', () => {
  it('ldn-widgets/core works in Node with no DOM and registers nothing', async () => {
    assert.equal(typeof globalThis.customElements, 'undefined');
    const core = await import('ldn-widgets/core');
    const findings = core.checkInteractions({ medications: ['Ultram', 'not-a-real-drug'], conditions: ['liver-disease'] });
    assert.deepEqual(findings.map((f) => f.severity), ['avoid', 'avoid', 'unknown']);
    const schedule = core.buildTitrationSchedule({ targetDoseMg: 4.5, spasticity: true });
    assert.ok(schedule.steps.every((step) => step.doseMg <= 3));
    assert.throws(() => core.checkInteractions({ medications: 42 }), core.LdnValidationError);
  });

  it('ESM element entries keep lit and zod external, import only what they register, and ship types', () => {
    for (const entry of ['index', 'dose-card', 'interaction-checker', 'side-effect-list', 'core']) {
      const code = readFileSync(`${ROOT}dist/esm/${entry}.js`, 'utf8');
      assert.ok(!/class \w+ extends ReactiveElement|function html\(/.test(code), `${entry}.js bundles lit`);
    }
    const core = readFileSync(`${ROOT}dist/esm/core.js`, 'utf8');
    assert.ok(!/from ['"]lit/.test(core), 'core imports lit');
    for (const types of ['index', 'core/index', 'components/dose-card/define', 'components/interaction-checker/define', 'components/side-effect-list/define']) {
      assert.ok(existsSync(`${ROOT}dist/types/${types}.d.ts`), `${types}.d.ts`);
    }
    const defineTypes = readFileSync(`${ROOT}dist/types/components/dose-card/define.d.ts`, 'utf8');
    assert.match(defineTypes, /HTMLElementTagNameMap/);
  });

  it('the Custom Elements Manifest documents every element’s attributes, events and parts', () => {
    const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
    for (const tag of TAGS) {
      const element = declarations.find((d) => d.tagName === tag);
      assert.ok(element, `${tag} is in the manifest`);
      assert.ok(element.attributes?.some((a) => a.name === 'heading-level'), `${tag} heading-level`);
      assert.ok(element.events?.some((e) => e.name === 'ldn-error'), `${tag} ldn-error`);
      assert.ok(element.cssParts?.length > 0, `${tag} css parts`);
      assert.ok(element.cssProperties?.length > 0, `${tag} css properties`);
      assert.ok(element.description || element.summary, `${tag} description`);
    }
    const card = declarations.find((d) => d.tagName === 'ldn-dose-card');
    for (const attribute of ['start-dose', 'target-dose', 'step-dose', 'step-days', 'spasticity', 'form', 'concentration', 'start-date']) {
      assert.ok(card.attributes.some((a) => a.name === attribute), `ldn-dose-card ${attribute}`);
    }
  });
});
