// The script-tag build minifies the library's css`` templates (scripts/minify-css-templates.mjs).
// Proof that it changes no rule: Chromium parses every template of src/ as written and as minified,
// and both must give the same rules, serialized by the browser.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CSS_TEMPLATE, INTERPOLATION, minifyCssText } from '../../scripts/minify-css-templates.mjs';
import { launchBrowser } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Interpolations are other css`` results; a fixed declaration list stands in for them.
const STAND_IN = '--ldn-interpolated: 1;';

async function sourceFiles(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

async function cssTemplates() {
  const templates = [];
  for (const file of await sourceFiles(join(ROOT, 'src'))) {
    for (const [, body] of (await readFile(file, 'utf8')).matchAll(CSS_TEMPLATE)) {
      templates.push({ file: relative(ROOT, file), body });
    }
  }
  return templates;
}

describe('css`` template minification (script-tag build)', () => {
  let browser;
  let page;
  before(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  after(() => browser?.close());

  /** The rules Chromium reads from a piece of CSS, as it serializes them. A template that is only
   *  declarations (a palette meant for interpolation) is read inside a rule. */
  const parsedRules = (text) =>
    page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css.includes('{') ? css : `:host { ${css} }`);
      return [...sheet.cssRules].map((rule) => rule.cssText);
    }, text.replace(INTERPOLATION, STAND_IN));

  it('finds the templates it minifies', async () => {
    const templates = await cssTemplates();
    assert.ok(templates.length >= 5, `${templates.length} css templates`);
  });

  it('keeps every rule of every template exactly as the browser reads it, with fewer bytes', async () => {
    for (const { file, body } of await cssTemplates()) {
      const minified = minifyCssText(body);
      const original = await parsedRules(body);
      assert.ok(original.length > 0, `${file}: the original parses to rules`);
      assert.deepEqual(await parsedRules(minified), original, file);
      assert.ok(minified.length < body.length, `${file}: ${minified.length} < ${body.length} bytes`);
    }
  });

  it('leaves quoted strings and interpolations as they are, and reads comments and strings in order', () => {
    const text = `.a  >  .b { content: "two  spaces; /* {x}" ; }\n  \${tokens}  \n/* the reader's */ .c :hover { color : red !important ; } [d='e'] {}`;
    assert.equal(
      minifyCssText(text),
      `.a>.b{content:"two  spaces; /* {x}"}\${tokens} .c :hover{color :red!important}[d='e']{}`,
    );
  });
});
