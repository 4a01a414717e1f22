import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions, type Plugin, type UserConfig } from 'vite';
import { minifyCssTemplatesPlugin } from './scripts/minify-css-templates.mjs';
import { minifyHtmlTemplatesPlugin } from './scripts/minify-html-templates.mjs';
import { ssrDemoPlugin } from './scripts/ssr-demo-plugin.mjs';

/**
 * One config, three jobs:
 * - `vite` (npm start): dev server for index.html and demo/portal.html, elements straight from src/;
 *   /ssr.html is index.html rendered on the server (scripts/ssr-demo-plugin.mjs).
 * - `vite build`: two build environments, run in order by `builder.buildApp` (build.lib with several
 *   entries cannot emit an IIFE, so each output gets its own environment):
 *   - `esm`  → dist/esm/*.js: one file per public entry (package.json "exports"), unminified, with
 *     lit and zod external so apps deduplicate them; shared code goes to dist/esm/chunks/.
 *   - `iife` → dist/ldn-widgets.js: one self-contained, minified, self-registering script for a
 *     `<script>` tag, exposing `window.LdnWidgets`, ASCII-only, with no further requests.
 * - Storybook merges this config too; .storybook/main.ts drops the library build from it.
 *
 * Lit is resolved with the `production` export condition in builds (no dev-mode warnings in dist/)
 * and `development` in the dev server.
 *
 * TypeScript decorators: vite's transformer follows tsconfig.json (`experimentalDecorators`,
 * `useDefineForClassFields: false`), which is what Lit's reactive properties need.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string): string => resolve(root, path);

/** Public ESM entry points; the names are the file names in dist/esm/ (see package.json "exports"). */
const esmEntries = {
  index: fromRoot('src/index.ts'),
  core: fromRoot('src/core/index.ts'),
  'dose-card': fromRoot('src/components/dose-card/define.ts'),
  'interaction-checker': fromRoot('src/components/interaction-checker/define.ts'),
  'side-effect-list': fromRoot('src/components/side-effect-list/define.ts'),
  // The CDS Hooks service: pure functions, the node:http server, and the command (package.json "bin").
  'cds-hooks': fromRoot('src/cds-hooks/index.ts'),
  'cds-hooks-server': fromRoot('src/cds-hooks/server.ts'),
  'cds-service': fromRoot('src/cds-hooks/cli.ts'),
  // ldn-widgets/ssr: Node only, on the optional peer @lit-labs/ssr.
  ssr: fromRoot('src/ssr/index.ts'),
};

/** The script-tag build, dist/ldn-widgets.js (package.json "unpkg", "jsdelivr"). */
const IIFE_FILE_NAME = 'ldn-widgets.js';

/**
 * One script per element beside it (dist/ldn-dose-card.js, …): each self-contained and
 * self-registering, for a page that needs only one element. Environment name → tag and entry.
 */
const ELEMENT_SCRIPTS = {
  iife_dose_card: {
    tag: 'ldn-dose-card',
    entry: 'src/script-tag/dose-card.ts',
    knowledgeBase: 'src/core/data/slices/dose-card.ts',
  },
  iife_interaction_checker: {
    tag: 'ldn-interaction-checker',
    entry: 'src/script-tag/interaction-checker.ts',
    knowledgeBase: 'src/core/data/slices/interaction-checker.ts',
  },
  iife_side_effect_list: {
    tag: 'ldn-side-effect-list',
    entry: 'src/script-tag/side-effect-list.ts',
    knowledgeBase: 'src/core/data/slices/side-effect-list.ts',
  },
} as const;
type ElementScriptEnvironment = keyof typeof ELEMENT_SCRIPTS;

/** Every script-tag environment: the all-in-one and the three element scripts. */
const SCRIPT_ENVIRONMENTS = ['iife', ...Object.keys(ELEMENT_SCRIPTS)];
const isScriptEnvironment = (name: string): boolean => SCRIPT_ENVIRONMENTS.includes(name);
const scriptFileName = (environment: string): string =>
  environment === 'iife' ? IIFE_FILE_NAME : `${ELEMENT_SCRIPTS[environment as ElementScriptEnvironment].tag}.js`;

const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };

/**
 * The same script loaded twice must be a no-op before any of it runs again: Lit asks for its
 * Trusted Types policy ("lit-html") when it loads, and under `trusted-types lit-html` without
 * 'allow-duplicates' a second request throws. So the whole bundle sits behind a check of the
 * version the first copy left on `window.LdnWidgets`. (A different version still loads: see
 * README, "Content-Security-Policy".)
 */
const loadOnceBanner = `if(!(typeof LdnWidgets==="object"&&LdnWidgets&&LdnWidgets.VERSION===${JSON.stringify(version)})){`;
const loadOnceFooter = '}';

/**
 * An element script is skipped when its tag is already defined by this version (the all-in-one
 * script, or the same file twice), for the same Trusted Types reason.
 */
const elementLoadOnceBanner = (tag: string): string =>
  `if(!(typeof customElements==="object"&&customElements.get(${JSON.stringify(tag)})&&customElements.get(${JSON.stringify(tag)}).ldnVersion===${JSON.stringify(version)})){`;

/** Runtime dependencies the ESM build leaves to the app's bundler: `lit`, `zod`, `@lit-labs/ssr` and their subpaths. */
const isPeerImport = (id: string): boolean => /^(lit|zod|@lit-labs\/ssr)(\/|$)/.test(id);
/** Also left out of the ESM build: Node built-ins and `jose`, which only the CDS Hooks server uses. */
const isExternalImport = (id: string): boolean => isPeerImport(id) || /^(node:|jose$)/.test(id);

/**
 * Escapes every non-ASCII UTF-16 code unit as `\uXXXX`, so the script works on a page without
 * `<meta charset>`. The minifier's `asciiOnly` already escapes strings, identifiers and regular
 * expressions, but leaves tagged template text (Lit's html`` and css``) alone; Lit reads the cooked
 * strings, so an escape there yields the same text. Runs after minification (generateBundle).
 */
function asciiOnlyOutput(): Plugin {
  return {
    name: 'ldn:ascii-only-output',
    apply: 'build',
    applyToEnvironment: (environment) => isScriptEnvironment(environment.name),
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        file.code = file.code.replace(
          /[\u0080-\uffff]/g,
          (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      }
    },
  };
}

/**
 * Fails the IIFE build if it would make another request: a second chunk (dynamic import) or an
 * emitted asset (a URL to fetch). The script-tag build promises exactly one file.
 */
function singleSelfContainedFile(): Plugin {
  return {
    name: 'ldn:single-self-contained-file',
    apply: 'build',
    applyToEnvironment: (environment) => isScriptEnvironment(environment.name),
    generateBundle(_options, bundle) {
      const fileName = scriptFileName(this.environment.name);
      const files = Object.keys(bundle);
      if (files.length !== 1 || files[0] !== fileName) {
        this.error(`The script-tag build must be exactly ${fileName}; it would emit: ${files.join(', ')}`);
      }
    },
  };
}

/**
 * A script-tag build: one self-contained, minified, ASCII-only file in dist/ that loads nothing
 * else. `name` is the global it exposes (the all-in-one's `window.LdnWidgets`); without one, the
 * script registers its element and leaves nothing on `window`.
 */
function scriptEnvironment(options: {
  entry: string;
  fileName: string;
  banner: string;
  name?: string;
}): EnvironmentOptions {
  const { entry, fileName, banner, name } = options;
  return {
    consumer: 'client',
    build: {
      outDir: fromRoot('dist'),
      // dist/ also holds dist/esm (built just before) and dist/types (tsc, after): keep them.
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: false,
      target: 'es2022',
      // Inline everything, assets included: the script must not fetch anything.
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      lib: { entry: fromRoot(entry), formats: ['iife'], name: name ?? 'LdnElementScript', fileName: () => fileName },
      rolldownOptions: {
        output: {
          minify: { compress: true, mangle: true, codegen: { asciiOnly: true } },
          banner,
          footer: loadOnceFooter,
          ...(name === undefined ? { exports: 'none' as const } : {}),
        },
      },
    },
  };
}

/**
 * An element script carries only the part of the built-in knowledge base its element reads
 * (issue #19): there, src/core/data/index.ts (the whole base) resolves to the element's slice
 * (src/core/data/slices/). A portal's `knowledgeBase` is still validated whole, and the all-in-one
 * script and the ESM build still carry the whole base.
 */
function knowledgeBaseSlice(): Plugin {
  const wholeBase = fromRoot('src/core/data/index.ts');
  return {
    name: 'ldn:knowledge-base-slice',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name in ELEMENT_SCRIPTS,
    async resolveId(source, importer, options) {
      if (!/\/data\/index(\.js)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id !== wholeBase) return resolved;
      return fromRoot(ELEMENT_SCRIPTS[this.environment.name as ElementScriptEnvironment].knowledgeBase);
    },
  };
}

/** The library build (`vite build` only): the dev server needs no extra environments. */
const libraryBuild: UserConfig = {
  builder: {
    // `vite build`: the ESM files first (empties only dist/esm), then the IIFE next to them
    // (never empties dist/, so dist/esm and dist/types survive).
    async buildApp(builder) {
      const { esm, iife } = builder.environments;
      if (!esm || !iife) throw new Error('vite.config.ts must define the "esm" and "iife" environments');
      await builder.build(esm);
      await builder.build(iife);
      for (const name of Object.keys(ELEMENT_SCRIPTS)) await builder.build(builder.environments[name]!);
    },
  },
  environments: {
    esm: {
      consumer: 'client',
      build: {
        outDir: fromRoot('dist/esm'),
        emptyOutDir: true,
        copyPublicDir: false,
        minify: false,
        target: 'es2022',
        lib: {
          entry: esmEntries,
          formats: ['es'],
          fileName: (_format, entryName) => `${entryName}.js`,
        },
        rolldownOptions: {
          external: isExternalImport,
          // Lets an entry module stay in its own entry file even when another entry imports it
          // (index.js imports dose-card.js rather than both sharing a chunk). So each element's
          // registration runs in dist/esm/<element>.js, the files package.json "sideEffects" names;
          // in a shared chunk a bundler could drop it as side-effect free.
          preserveEntrySignatures: 'allow-extension',
          output: {
            chunkFileNames: 'chunks/[name]-[hash].js',
          },
        },
      },
    },
    iife: scriptEnvironment({
      entry: 'src/index.ts',
      fileName: IIFE_FILE_NAME,
      banner: loadOnceBanner,
      name: 'LdnWidgets',
    }),
    ...Object.fromEntries(
      Object.entries(ELEMENT_SCRIPTS).map(([name, { tag, entry }]) => [
        name,
        scriptEnvironment({ entry, fileName: `${tag}.js`, banner: elementLoadOnceBanner(tag) }),
      ]),
    ),
  },
};

export default defineConfig(({ command }) => ({
  // index.html and demo/ are served from the project root; there is no public/ folder to copy.
  publicDir: false,
  plugins: [
    knowledgeBaseSlice(),
    asciiOnlyOutput(),
    singleSelfContainedFile(),
    minifyCssTemplatesPlugin({ environments: SCRIPT_ENVIRONMENTS }),
    minifyHtmlTemplatesPlugin({ environments: SCRIPT_ENVIRONMENTS }),
    ssrDemoPlugin(),
  ],
  server: { open: false },
  preview: { open: false },
  ...(command === 'build' ? libraryBuild : {}),
}));
