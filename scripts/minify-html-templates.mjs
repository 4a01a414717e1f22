// Minifies the markup of Lit `html` and `svg` tagged templates for the script-tag builds, with
// minify-literals (html-minifier-next underneath). The JS minifier keeps template text as written:
// indentation, line breaks and comments, which also become whitespace text nodes in every instance.
//
// Set up conservatively: a run of whitespace becomes one space (never none), comments go, and
// nothing else changes: no entity decoding,
// no attribute rewriting, no CSS or JS inside the markup. css`` templates are left to
// scripts/minify-css-templates.mjs. test/dist/minify-html-templates.test.mjs proves in Chromium
// that every element renders the same DOM and text.
import { minifyHTMLLiterals } from 'minify-literals';

/** html-minifier-next options: only whitespace and comments. */
export const HTML_MINIFY_OPTIONS = {
  caseSensitive: true,
  collapseWhitespace: true,
  // A run of whitespace becomes one space, never none: at a fragment's edge the minifier cannot
  // know whether the space shows (`<span> — ${name}</span>` after another span does).
  conservativeCollapse: true,
  removeComments: true,
  // svg`` fragments have no <svg> around them: without the slash <path /> would swallow what follows.
  keepClosingSlash: true,
  decodeEntities: false,
  removeAttributeQuotes: false,
  removeEmptyAttributes: false,
  removeRedundantAttributes: false,
  removeDefaultTypeAttributes: false,
  collapseBooleanAttributes: false,
  useShortDoctype: false,
  minifyCSS: false,
  minifyJS: false,
};

/**
 * Minifies every html`` and svg`` template in TypeScript/JavaScript source text.
 * @param {string} source
 * @param {string} [fileName]
 * @returns {Promise<string>}
 */
export async function minifyHtmlTemplates(source, fileName = 'source.ts') {
  const result = await minifyHTMLLiterals(source, {
    fileName,
    html: HTML_MINIFY_OPTIONS,
    css: false,
    htmlTags: ['html', 'svg'],
    sourceMap: false,
  });
  return result?.code ?? source;
}

/**
 * Vite plugin: minifies html``/svg`` templates in this library's own sources, in the named build
 * environments only (the ESM build stays readable; apps minify it themselves).
 * @param {{ environments: string[] }} options
 * @returns {import('vite').Plugin}
 */
export function minifyHtmlTemplatesPlugin({ environments }) {
  return {
    name: 'ldn:minify-html-templates',
    apply: 'build',
    applyToEnvironment: (environment) => environments.includes(environment.name),
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      return { code: await minifyHtmlTemplates(code, id), map: null };
    },
  };
}
