// Bundle benchmark: what a page downloads. The script-tag build (dist/ldn-widgets.js) as built,
// and each ESM entry as an app's bundler would ship it: the entry, its chunks and its share of
// lit and zod, bundled and minified by esbuild. Sizes after gzip (level 9) and brotli (quality 11).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const IIFE_FILE = join(ROOT, 'dist/ldn-widgets.js');
/** The one-element scripts beside it. */
export const ELEMENT_SCRIPTS = ['ldn-dose-card', 'ldn-interaction-checker', 'ldn-side-effect-list'];

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;

/** Public ESM entries from package.json "exports": name ('core', 'dose-card') -> dist file. */
async function esmEntries() {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const entries = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : target?.default;
    if (typeof file !== 'string' || !file.startsWith('./dist/esm/')) continue;
    // ldn-widgets/ssr and the CDS Hooks server run in Node only: their size in a browser bundle means nothing.
    if (subpath === './ssr' || subpath === './cds-hooks/server') continue;
    const name = subpath === '.' ? 'index' : subpath.replace(/^\.\//, '').replace(/\.js$/, '');
    entries[name] = join(ROOT, file);
  }
  return entries;
}

/** Which part of the library (or which dependency) an input file of a bundle belongs to. */
function groupOf(path) {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
  if (dependency) return /^(lit|lit-html|lit-element|@lit\/.*)$/.test(dependency) ? 'lit' : dependency;
  if (path.includes('src/core/data/')) return 'knowledge base (src/core/data)';
  if (path.includes('src/core/')) return 'core engines and schemas';
  if (path.includes('src/components/')) return 'elements';
  if (path.includes('src/shared/')) return 'shared element code';
  if (path.includes('dist/esm/')) return 'ldn-widgets (own code)';
  return 'other';
}

/** Minified bytes per group of an esbuild output, largest first. */
function composition(output) {
  const groups = {};
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = groupOf(path);
    groups[group] = (groups[group] ?? 0) + bytesInOutput;
  }
  return Object.fromEntries(
    Object.entries(groups)
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1]),
  );
}

/** Bundles a file, or source text given as `{ contents }` (resolved from the project root). */
async function bundleWithDependencies(input, options = {}) {
  const result = await build({
    ...(typeof input === 'string'
      ? { entryPoints: [input] }
      : { stdin: { contents: input.contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
    ...options,
  });
  const file = result.outputFiles[0];
  const output = Object.values(result.metafile.outputs)[0];
  return { bytes: file.contents, composition: composition(output) };
}

/**
 * What any script-tag build of this scope must carry before a line of element or engine code: lit
 * (the parts the elements use), zod/mini with the core's schemas, and the built-in bilingual
 * knowledge base with the elements' interface text, each alone and all together (shared code
 * counted once). Each part is bundled alone by esbuild from a small entry and minified.
 */
const FLOOR_PARTS = {
  lit: `import { LitElement, html, svg, css, nothing } from 'lit';
    import { property, state } from 'lit/decorators.js';
    import { live } from 'lit/directives/live.js';
    import { repeat } from 'lit/directives/repeat.js';
    export default [LitElement, html, svg, css, nothing, property, state, live, repeat];`,
  zodWithSchemas: `export * from './src/core/schemas/index.ts';`,
  knowledgeBase: `export { builtInKnowledgeBase } from './src/core/data/index.ts';`,
  interfaceText: `export { doseCardStrings } from './src/components/dose-card/dose-card.strings.ts';
    export { interactionCheckerStrings } from './src/components/interaction-checker/interaction-checker.strings.ts';
    export { sideEffectListStrings } from './src/components/side-effect-list/side-effect-list.strings.ts';
    export { sharedStrings } from './src/shared/strings.ts';`,
};

async function floorSizes() {
  const gzipOf = async (contents) => {
    const { bytes } = await bundleWithDependencies(
      { contents },
      { format: 'iife', globalName: 'floor', tsconfig: join(ROOT, 'tsconfig.json') },
    );
    return gzipSize(bytes);
  };
  const gzipBytes = {};
  for (const [part, contents] of Object.entries(FLOOR_PARTS)) gzipBytes[part] = await gzipOf(contents);
  const together = Object.values(FLOOR_PARTS)
    .map((contents, i) => contents.replace('export default', `export const part${i} =`))
    .join('\n');
  gzipBytes.allTogether = await gzipOf(together);
  return gzipBytes;
}

export async function runBundleBenchmark() {
  const iife = await readFile(IIFE_FILE);
  const entries = {};
  const entriesDetail = {};
  for (const [name, file] of Object.entries(await esmEntries())) {
    const bundled = await bundleWithDependencies(file);
    entries[name] = gzipSize(bundled.bytes);
    entriesDetail[name] = {
      minifiedBytes: bundled.bytes.length,
      gzipBytes: entries[name],
      brotliBytes: brotliSize(bundled.bytes),
      minifiedBytesByGroup: bundled.composition,
    };
  }
  // Where the script-tag build's bytes go, by part: src/index.ts bundled the same way (esbuild's
  // minifier, so totals differ slightly from vite's; the shares are what matter).
  const iifeShares = await bundleWithDependencies(join(ROOT, 'src/index.ts'), {
    format: 'iife',
    tsconfig: join(ROOT, 'tsconfig.json'),
  });
  const iifeGzipBytes = gzipSize(iife);
  const perElementGzipBytes = {};
  const perElementBrotliBytes = {};
  for (const tag of ELEMENT_SCRIPTS) {
    const code = await readFile(join(ROOT, `dist/${tag}.js`));
    perElementGzipBytes[tag] = gzipSize(code);
    perElementBrotliBytes[tag] = brotliSize(code);
  }
  const shareOfGzip = (bytes) => Math.round((iifeGzipBytes * bytes) / iifeShares.bytes.length);
  return {
    floorGzipBytes: await floorSizes(),
    iifeBytes: iife.length,
    iifeGzipBytes,
    iifeBrotliBytes: brotliSize(iife),
    perElementGzipBytes,
    perElementBrotliBytes,
    entries,
    entriesDetail,
    iifeComposition: {
      minifiedBytes: iifeShares.bytes.length,
      minifiedBytesByGroup: iifeShares.composition,
      // An estimate: the IIFE's gzip size split in proportion to each part's minified bytes.
      estimatedGzipBytesByGroup: Object.fromEntries(
        Object.entries(iifeShares.composition).map(([group, bytes]) => [group, shareOfGzip(bytes)]),
      ),
    },
  };
}
