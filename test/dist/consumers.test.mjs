/**
 * The packed package as a consumer's project sees it (issue #15): `npm pack`, the tarball
 * installed into a fresh project outside the repository, and the fixtures of test/consumers
 * (the code README shows) compiled with `tsc --strict`, `vue-tsc` and `svelte-check`. Each fixture folder also
 * holds wrongly typed props under `@ts-expect-error` / `@vue-expect-error`: if the shipped types
 * stopped rejecting them, the compile fails. `@arethetypeswrong/cli` checks the tarball's
 * exports and types resolve for ESM consumers.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
let project;
let tarball;

/** Runs a tool and returns its output; on failure the assertion shows what the tool printed. */
function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    assert.fail(`${command} ${args.join(' ')} failed:\n${error.stdout}\n${error.stderr}`);
  }
}

const strict = {
  strict: true,
  noEmit: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  // The consumer's own code is what is checked; skipLibCheck stays off so the shipped .d.ts are too.
  skipLibCheck: false,
  types: [],
};

before(() => {
  project = mkdtempSync(join(tmpdir(), 'ldn-widgets-consumer-'));
  tarball = join(project, run('npm', ['pack', '--silent', '--pack-destination', project], ROOT).trim().split('\n').at(-1));
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, 'ldn-widgets'), { recursive: true });
  run('tar', ['-xzf', tarball, '-C', join(modules, 'ldn-widgets'), '--strip-components=1'], project);
  // The consumer's other dependencies (react, vue, lit, zod, their types) are this repository's.
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === 'ldn-widgets' || name === '.bin' || name.startsWith('.')) continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  cpSync(join(ROOT, 'test/consumers'), join(project, 'src'), { recursive: true });
});

after(() => rmSync(project, { recursive: true, force: true }));

describe('the packed tarball in a consumer project', () => {
  it('is small and ships the framework types and editor data', () => {
    const kB = statSync(tarball).size / 1024;
    console.log(`# tarball ${kB.toFixed(1)} kB`);
    const files = run('tar', ['-tzf', tarball], project);
    for (const file of [
      'dist/types/frameworks/react.d.ts',
      'dist/types/frameworks/vue.d.ts',
      'dist/types/frameworks/svelte.d.ts',
      'dist/editor/vscode.html-custom-data.json',
      'dist/editor/vscode.css-custom-data.json',
      'dist/editor/web-types.json',
    ]) {
      assert.ok(files.includes(`package/${file}`), file);
    }
  });

  it('type-checks the React 19 and plain TypeScript fixtures with tsc --strict, and rejects wrong props', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...strict, types: ['react'] }, include: ['src/react', 'src/plain'] }),
    );
    run(join(BIN, 'tsc'), ['-p', 'tsconfig.json'], project);
  });

  it('type-checks the Vue 3 fixtures with vue-tsc, and rejects wrong props', () => {
    writeFileSync(
      join(project, 'tsconfig.vue.json'),
      JSON.stringify({
        compilerOptions: { ...strict, jsx: 'preserve' },
        include: ['src/vue/**/*.vue'],
        vueCompilerOptions: { strictTemplates: true },
      }),
    );
    run(join(BIN, 'vue-tsc'), ['-p', 'tsconfig.vue.json'], project);
  });

  it('type-checks the Svelte 5 fixtures with svelte-check, and rejects a wrong prop', () => {
    const check = (name, include) => {
      writeFileSync(
        join(project, name),
        JSON.stringify({ compilerOptions: { ...strict, jsx: undefined }, include: [include] }),
      );
      return [join(BIN, 'svelte-check'), ['--tsconfig', name, '--fail-on-warnings', '--output', 'machine']];
    };
    run(...check('tsconfig.svelte.json', 'src/svelte/*.svelte'), project);
    // svelte-check has no @ts-expect-error in markup: the wrong prop must fail it, with this error.
    const [command, args] = check('tsconfig.svelte-wrong.json', 'src/svelte/wrong/*.svelte');
    let output = '';
    assert.throws(() => {
      try {
        execFileSync(command, args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        output = error.stdout;
        throw error;
      }
    });
    assert.match(output, /Type 'number' is not assignable to type 'readonly string\[\]'/);
  });

  it('resolves every entry point for ESM consumers (@arethetypeswrong/cli)', () => {
    // The script-tag build is a classic script (window.LdnWidgets), not a module to import types from.
    run(join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--exclude-entrypoints', 'ldn-widgets.js', 'ldn-dose-card.js', 'ldn-interaction-checker.js', 'ldn-side-effect-list.js'], project);
  });
});
