// Minifies the text of Lit `css` tagged templates for the script-tag build. The JS minifier keeps
// template text as written (indentation, comments), and that text is about a tenth of the bundle.
//
// Deliberately conservative: it only drops comments and whitespace where CSS never needs it, so it
// cannot change what a rule means. `${...}` interpolations and quoted strings are set aside first
// and put back unchanged.

/** A css`...` tagged template in source text; group 1 is its text. */
export const CSS_TEMPLATE = /\bcss`((?:[^`\\]|\\[\s\S])*)`/g;
/** A `${...}` interpolation inside template text. */
export const INTERPOLATION = /\$\{[^}]*\}/g;
// One left-to-right pass, so that an apostrophe in a comment or a slash-star in a string cannot
// be taken for the start of the other.
const COMMENT_OR_QUOTED = /\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'/g;
// A private-use character marks a set-aside piece: it never occurs in our CSS.
const SLOT = /\uE000(\d+)\uE000/g;

/**
 * Minifies CSS text that may contain `${...}` interpolations.
 * @param {string} text
 * @returns {string}
 */
export function minifyCssText(text) {
  const kept = [];
  const keep = (piece) => `\uE000${kept.push(piece) - 1}\uE000`;
  return (
    text
      .replace(INTERPOLATION, keep)
      .replace(COMMENT_OR_QUOTED, (piece) => (piece.startsWith('/*') ? '' : keep(piece)))
      .replace(/\s+/g, ' ')
      // Around braces, semicolons, commas and child combinators whitespace never matters. Before a
      // colon it can (`a :hover` is not `a:hover`), after one it cannot.
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/\s+!important/g, '!important')
      .replace(/;}/g, '}')
      .trim()
      .replace(SLOT, (_, index) => kept[Number(index)])
  );
}

/**
 * Minifies every css`...` template in the TypeScript/JavaScript source text.
 * @param {string} source
 * @returns {string}
 */
export function minifyCssTemplates(source) {
  return source.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCssText(body)}\``);
}

/**
 * Vite plugin: minifies css`` templates in this library's own sources, in the named build
 * environments only (the ESM build stays readable; apps minify it themselves).
 * @param {{ environments: string[] }} options
 * @returns {import('vite').Plugin}
 */
export function minifyCssTemplatesPlugin({ environments }) {
  return {
    name: 'ldn:minify-css-templates',
    apply: 'build',
    applyToEnvironment: (environment) => environments.includes(environment.name),
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
