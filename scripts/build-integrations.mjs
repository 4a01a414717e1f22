/**
 * Framework types and editor data, generated from the Custom Elements Manifest after the build
 * (`npm run build`), with the `custom-element-*-integration` generators:
 *
 * - dist/types/frameworks/react.d.ts: React 19 `JSX.IntrinsicElements` (typed props, `onldn-*`)
 * - dist/types/frameworks/vue.d.ts: Vue `GlobalComponents`
 * - dist/types/frameworks/svelte.d.ts: Svelte `SvelteHTMLElements`
 * - dist/editor/vscode.html-custom-data.json, vscode.css-custom-data.json: VS Code custom data
 * - dist/editor/web-types.json: JetBrains web-types (package.json "web-types")
 *
 * Prop types are the element classes' own (imported from dist/types/index.d.ts), so a consumer's
 * compiler checks them; the generated files are never edited by hand.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

/**
 * The generators import each element's event detail types once per element, so a type every
 * element fires (`LdnErrorDetail`) is imported three times, which TypeScript rejects.
 */
function dedupeTypeImports(path) {
  const text = readFileSync(path, 'utf8').replace(/import type \{([^}]*)\} from "([^"]*)"/g, (_, names, from) => {
    const unique = [...new Set(names.split(',').map((name) => name.trim()))].filter(Boolean);
    return `import type { ${unique.join(', ')} } from "${from}"`;
  });
  writeFileSync(path, text);
}

/**
 * Vue's compiler turns `@ldn-error` into the prop `onLdnError`; the generator names handlers
 * `onldn-error` only, so vue-tsc would reject the listener. Both names are declared.
 */
function addVueHandlerNames(path) {
  const text = readFileSync(path, 'utf8').replace(/^(\s*)"on(ldn-[\w-]+)"\?: (.*);$/gm, (line, indent, event, type) => {
    const camel = event.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
    return `${line}\n${indent}on${camel}?: ${type};`;
  });
  writeFileSync(path, text);
}

/**
 * Svelte 5 listens with `onldn-error={…}`; the generator names Svelte 4's `on:ldn-error` only,
 * and types `children` and `style` with a global `JSX` namespace Svelte 5 does not have.
 */
function addSvelteHandlerNames(path) {
  const text = readFileSync(path, 'utf8')
    .replaceAll('JSX.Element', "import('svelte').Snippet")
    .replaceAll('JSX.CSSProperties', 'string')
    .replace(
      /^(\s*)"on:(ldn-[\w-]+)"\?: (.*);$/gm,
      (line, indent, event, type) => `${line}\n${indent}"on${event}"?: ${type};`,
    );
  writeFileSync(path, text);
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const frameworks = 'dist/types/frameworks';
const editor = 'dist/editor';
// Relative to `frameworks`: the entry that exports the element classes and their event details.
const globalTypePath = '../index.js';
const quiet = { hideLogs: true };

generateJsxTypes(manifest, { ...quiet, outdir: frameworks, fileName: 'react-elements.d.ts', globalTypePath });
generateVuejsTypes(manifest, { ...quiet, outdir: frameworks, fileName: 'vue.d.ts', globalTypePath });
generateSvelteTypes(manifest, { ...quiet, outdir: frameworks, fileName: 'svelte-elements.d.ts', globalTypePath });
for (const file of ['react-elements.d.ts', 'vue.d.ts', 'svelte-elements.d.ts'])
  dedupeTypeImports(`${frameworks}/${file}`);
addVueHandlerNames(`${frameworks}/vue.d.ts`);
addSvelteHandlerNames(`${frameworks}/svelte-elements.d.ts`);
generateVsCodeCustomElementData(manifest, {
  ...quiet,
  outdir: editor,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  typesSrc: 'expandedType',
});
generateJetBrainsWebTypes(manifest, {
  ...quiet,
  outdir: editor,
  webTypesFileName: 'web-types.json',
  packageJson: false,
  typesSrc: 'expandedType',
});

// React 19 reads intrinsic elements from `React.JSX`: the generated map is merged into it.
writeFileSync(
  `${frameworks}/react.d.ts`,
  `import type { CustomElements } from './react-elements.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export type { CustomElements };
`,
);

// Svelte 5 reads element types from `svelte/elements`.
writeFileSync(
  `${frameworks}/svelte.d.ts`,
  `import type { CustomElements } from './svelte-elements.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CustomElements {}
}

export type { CustomElements };
`,
);

// `import 'ldn-widgets/react'` (or /vue, /svelte) must also resolve at run time: empty modules.
mkdirSync('dist/frameworks', { recursive: true });
for (const name of ['react', 'vue', 'svelte']) writeFileSync(`dist/frameworks/${name}.js`, 'export {};\n');
