import { transform } from 'esbuild';
import { compile as compileSvelte } from 'svelte/compiler';
import { parse, compileScript } from 'vue/compiler-sfc';

/**
 * web-test-runner plugin for the framework tests (test/components/frameworks.test.ts): the
 * consumer fixtures of test/consumers run in Chromium as a portal would run them.
 *
 * - `ldn-widgets` and `ldn-widgets/<element>.js` are this repository's source, so the test
 *   exercises the code under review (the tarball's types are checked by test/dist/consumers).
 * - `vue` is Vue's own browser ES module build.
 * - `.vue` single-file components are compiled with Vue's compiler, `ldn-*` tags as custom elements.
 * - `.svelte` components are compiled with Svelte 5's compiler (which strips their TypeScript).
 */
/** What README tells Vue users to configure: `ldn-*` tags are custom elements, not Vue components. */
const customElements = { isCustomElement: (tag) => tag.startsWith('ldn-') };

export function frameworkFixtures() {
  return {
    name: 'framework-fixtures',
    resolveImport({ source }) {
      if (source === 'ldn-widgets') return '/src/index.ts';
      const element = /^ldn-widgets\/([\w-]+)\.js$/.exec(source)?.[1];
      if (element) return `/src/components/${element}/define.ts`;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      return undefined;
    },
    resolveMimeType(context) {
      return context.path.endsWith('.vue') || context.path.endsWith('.svelte') ? 'js' : undefined;
    },
    async transform(context) {
      if (context.path.endsWith('.svelte')) {
        const { js } = compileSvelte(context.body, { filename: context.path, generate: 'client', dev: true });
        return { body: js.code, type: 'js' };
      }
      if (!context.path.endsWith('.vue')) return undefined;
      // The template is parsed once, here: the custom-element rule must be known at parse time.
      const { descriptor } = parse(context.body, { filename: context.path, templateParseOptions: customElements });
      const script = compileScript(descriptor, {
        id: context.path,
        inlineTemplate: true,
        templateOptions: { compilerOptions: customElements },
      });
      const { code } = await transform(script.content, { loader: 'ts', target: 'es2022' });
      return { body: code, type: 'js' };
    },
  };
}
