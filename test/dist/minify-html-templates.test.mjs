// The script-tag builds minify the library's html``/svg`` templates (scripts/minify-html-templates.mjs).
// Proof that no element renders differently: src/index.ts is bundled twice, templates as written and
// minified, and Chromium renders the same pages with each: every element, both languages, the
// checker with medicines and with its suggestion list open. The DOM (elements, attributes, text
// with whitespace runs read as one space) and the text a reader sees (innerText) must be the same.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minifyHtmlTemplates } from '../../scripts/minify-html-templates.mjs';
import { launchBrowser } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const PAGES = ['en', 'es'].map(
  (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>
    <ldn-dose-card></ldn-dose-card>
    <ldn-dose-card start-date="2025-03-03" step-dose="1.5" step-days="7"></ldn-dose-card>
    <ldn-interaction-checker></ldn-interaction-checker>
    <ldn-interaction-checker medications="Vicodin, Copaxone, Avonex, not a medicine" conditions="pregnancy"></ldn-interaction-checker>
    <ldn-side-effect-list></ldn-side-effect-list>
  </body></html>`,
);

async function bundle(minify) {
  const plugins = minify
    ? [
        {
          name: 'minify-html-templates',
          setup(b) {
            b.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => ({
              contents: await minifyHtmlTemplates(await readFile(path, 'utf8'), path),
              loader: 'ts',
            }));
          },
        },
      ]
    : [];
  const result = await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    conditions: ['production', 'browser'],
    tsconfig: join(ROOT, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0].text;
}

/** Runs in the page: a description of everything rendered, shadow roots included. */
async function describeRendered() {
  const elements = [...document.body.children];
  await Promise.all(elements.map((el) => el.updateComplete));
  // Open the first empty checker's suggestion list.
  const checker = document.querySelector('ldn-interaction-checker');
  const input = checker.shadowRoot.querySelector('input');
  input.value = 'vic';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await checker.updateComplete;
  const describe = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.data.replace(/\s+/g, ' ');
      return text.trim() === '' ? null : text;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return null; // Lit's comment markers differ per build
    // A download link's blob: URL is new on every render.
    const attributes = [...node.attributes].map((a) => `${a.name}=${a.value.replace(/^blob:.*/, 'blob:')}`).sort();
    const children = [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(describe).filter(Boolean);
    return { tag: node.localName, attributes, children };
  };
  const visibleText = (el) =>
    [...el.shadowRoot.children]
      .filter((child) => child.localName !== 'style')
      .map((child) => child.innerText)
      .join('\n');
  return elements.map((el) => ({ dom: describe(el), text: visibleText(el) }));
}

describe('html`` template minification (script-tag build)', () => {
  let browser;
  let written;
  let minified;
  before(async () => {
    [written, minified] = await Promise.all([bundle(false), bundle(true)]);
    browser = await launchBrowser();
  });
  after(() => browser?.close());

  const render = async (script, body) => {
    const page = await browser.newPage();
    try {
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setContent(body);
      await page.addScriptTag({ content: script });
      await page.waitForFunction(() =>
        [...document.body.children].every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount),
      );
      const rendered = await page.evaluate(describeRendered);
      assert.deepEqual(errors, []);
      return rendered;
    } finally {
      await page.close();
    }
  };

  it('makes the bundle smaller', () => {
    assert.ok(minified.length < written.length, `${minified.length} < ${written.length} bytes`);
  });

  for (const [i, body] of PAGES.entries()) {
    it(`renders every element the same, DOM and visible text (${i === 0 ? 'English' : 'Spanish'})`, async () => {
      const expected = await render(written, body);
      const actual = await render(minified, body);
      assert.equal(actual.length, expected.length);
      for (const [n, element] of expected.entries()) {
        assert.ok(element.text.length > 0, `element ${n} shows text`);
        assert.equal(actual[n].text, element.text, `element ${n}: visible text`);
        assert.deepEqual(actual[n].dom, element.dom, `element ${n}: DOM`);
      }
    });
  }
});
