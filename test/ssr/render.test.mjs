// Node renders the three elements with `ldn-widgets/ssr`, no DOM shim: their content is in the
// server HTML (declarative shadow roots), in the right language, with no dead `blob:` link, and
// bad input becomes the element's visible alert instead of an error thrown into the renderer.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { html } from 'lit';
import { RENDERED_LANGUAGE_ATTRIBUTE, renderToString } from 'ldn-widgets/ssr';

/** Visible text of server HTML: no styles, comments or tags, entities decoded, spaces collapsed. */
function textOf(markup) {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Server HTML without its style sheets (their selectors name classes too). */
const withoutStyles = (markup) => markup.replace(/<style>[\s\S]*?<\/style>/g, '');

/** Attribute text for markup: the value as the author would have to escape it. */
const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const ATTRIBUTES = {
  'ldn-dose-card': [
    'start-dose',
    'target-dose',
    'step-dose',
    'step-days',
    'spasticity',
    'form',
    'concentration',
    'start-date',
  ],
  'ldn-interaction-checker': ['medications', 'conditions'],
  'ldn-side-effect-list': ['category', 'selected'],
};
const COMMON = ['lang', 'heading-level', 'theme'];

describe('renderToString (Node, no DOM)', () => {
  it('has no document, window or Blob to lean on', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
  });

  it('keeps @lit-labs/ssr to the ssr entry: browsers never load it', () => {
    const dist = new URL('../../dist/', import.meta.url);
    const browserFiles = [
      'ldn-widgets.js',
      ...readdirSync(new URL('esm/', dist))
        .filter((f) => f.endsWith('.js') && f !== 'ssr.js')
        .map((f) => `esm/${f}`),
      ...readdirSync(new URL('esm/chunks/', dist)).map((f) => `esm/chunks/${f}`),
    ];
    for (const file of browserFiles) {
      assert.ok(!/(from|import)\s*\(?["']@lit-labs\/ssr/.test(readFileSync(new URL(file, dist), 'utf8')), file);
    }
    assert.match(readFileSync(new URL('esm/ssr.js', dist), 'utf8'), /from ["']@lit-labs\/ssr["']/, 'left to the app');
  });

  it('renders the dose card without start-date: schedule, facts, sources, disclaimer, no calendar', async () => {
    const out = await renderToString('<ldn-dose-card></ldn-dose-card>');
    assert.match(out, /^<ldn-dose-card[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    const text = textOf(out);
    assert.match(text, /How to take low-dose naltrexone/);
    assert.match(text, /1\.5 mg/);
    assert.match(text, /4\.5 mg/);
    assert.match(text, /Source: .*Verywell Health/);
    assert.match(text, /not a substitute/);
    assert.equal((out.match(/<tr data-step=/g) ?? []).length >= 2, true);
    assert.ok(!withoutStyles(out).includes('calendar-button'));
  });

  it('renders the dose card with start-date: dated steps, and the calendar link hidden, with no blob: URL', async () => {
    const out = await renderToString(
      '<ldn-dose-card start-date="2025-03-01" step-dose="1.5" step-days="7"></ldn-dose-card>',
    );
    const text = textOf(out);
    assert.match(text, /Mar 1, 2025|1 Mar 2025/);
    assert.ok(!out.includes('blob:'));
    assert.match(out, /<div class="calendar no-print" hidden>/);
    const link = out.match(/<a\s+class="calendar-button"[^>]*>/)?.[0];
    assert.ok(link?.includes('download='), 'the link is there');
    assert.ok(!link.includes('href'), 'with no address to follow');
  });

  it('renders the checker from attributes: chips, findings with severity and source, the ticked condition', async () => {
    const out = await renderToString(
      '<ldn-interaction-checker medications="Ultram,gabapentin" conditions="pregnancy"></ldn-interaction-checker>',
    );
    const text = textOf(out);
    assert.match(text, /Ultram/);
    assert.match(text, /gabapentin/);
    assert.deepEqual(
      [...out.matchAll(/<li class="finding" part="finding" data-severity="(\w+)"/g)].map((m) => m[1]).sort(),
      ['avoid', 'caution', 'unknown'],
    );
    assert.match(text, /Pregnancy/);
    // Only the condition that applies is ticked: never `checked="false"`, which ticks the box.
    assert.ok(!/checked="false"/.test(out));
    assert.deepEqual(
      [...out.matchAll(/id="condition-([\w-]+)"\s+value="[\w-]+"\s+checked/g)].map((m) => m[1]),
      ['pregnancy'],
    );
  });

  it('renders the side-effect list: every effect in a disclosure, marks from `selected` only', async () => {
    const out = await renderToString('<ldn-side-effect-list selected="vivid-dreams"></ldn-side-effect-list>');
    assert.ok((out.match(/<details/g) ?? []).length >= 3);
    assert.ok(!/checked="false"/.test(out));
    const checkedBoxes = out.match(/type="checkbox"[^>]*\schecked[\s>]/g) ?? [];
    assert.equal(checkedBoxes.length, 1);
    assert.match(textOf(out), /not a substitute/);
  });

  it('renders Spanish from the element’s own lang, and from the page language option', async () => {
    const own = await renderToString('<ldn-side-effect-list lang="es"></ldn-side-effect-list>');
    assert.match(textOf(own), /Efectos secundarios|efectos secundarios/);
    assert.ok(!own.includes(RENDERED_LANGUAGE_ATTRIBUTE), 'its own lang needs no note');

    const page = await renderToString('<ldn-dose-card></ldn-dose-card><ldn-dose-card lang="en"></ldn-dose-card>', {
      lang: 'es-MX',
    });
    const [spanish, english] = page.split('</ldn-dose-card>');
    assert.match(textOf(spanish), /Cómo tomar la naltrexona/);
    assert.match(spanish, new RegExp(`^<ldn-dose-card[^>]* ${RENDERED_LANGUAGE_ATTRIBUTE}="es"`));
    assert.match(textOf(english), /How to take/);
    assert.ok(!english.includes(RENDERED_LANGUAGE_ATTRIBUTE));

    const template = await renderToString(html`<ldn-interaction-checker lang="es"></ldn-interaction-checker>`);
    assert.match(textOf(template), /Revise sus medicamentos/);
    assert.match(template, /^<!--lit-part/, 'a Lit template renders hydratable');
  });

  it('an ancestor’s lang is invisible on the server: English unless the option says otherwise', async () => {
    const out = await renderToString('<div lang="es"><ldn-dose-card></ldn-dose-card></div>');
    assert.match(textOf(out), /How to take/);
  });

  it('shows bad attributes as the element’s alert, in its language, instead of throwing', async () => {
    const out = await renderToString('<ldn-dose-card start-dose="abc" heading-level="9" theme="neon"></ldn-dose-card>');
    const text = textOf(out);
    assert.match(out, /role="alert"/);
    assert.match(text, /start-dose \(you gave “ abc ”\)/);
    assert.match(text, /heading-level \(you gave “ 9 ”\)/);
    assert.match(text, /theme \(you gave “ neon ”\)/);
    const es = await renderToString('<ldn-interaction-checker conditions="gout" lang="es"></ldn-interaction-checker>');
    assert.match(es, /role="alert"/);
    assert.match(textOf(es), /gout/);
  });

  it('renders in the element’s own lang, else the page language given, else English (property)', async () => {
    const tag = fc.oneof(
      fc.constantFrom('es', 'ES', 'es-MX', 'es_419', 'en', 'en-GB', 'fr', '', ' es '),
      fc.string({ maxLength: 8 }),
    );
    const spanish = (value) => value !== undefined && /^es$/.test(value.trim().toLowerCase().split(/[-_]/)[0]);
    await fc.assert(
      fc.asyncProperty(fc.option(tag, { nil: undefined }), fc.option(tag, { nil: undefined }), async (own, page) => {
        const attr = own === undefined ? '' : ` lang="${escapeAttribute(own)}"`;
        const out = await renderToString(`<ldn-side-effect-list${attr}></ldn-side-effect-list>`, { lang: page });
        const heading = textOf(out.match(/<h2 class="heading"[^>]*>[\s\S]*?<\/h2>/)[0]);
        const expected = own ? spanish(own) : spanish(page);
        assert.equal(heading === 'Efectos secundarios de la LDN', expected, `own ${own}, page ${page}: ${heading}`);
      }),
      { numRuns: 80 },
    );
  });

  it('a page language option that is not a language tag, or options that are not an object, render English instead of rejecting (property)', async () => {
    const options = fc.oneof(
      fc.constantFrom(null, 0, 'es', true),
      fc.record({ lang: fc.oneof(fc.anything(), fc.constantFrom(42, {}, ['es'], null, Symbol('es'))) }),
    );
    await fc.assert(
      fc.asyncProperty(options, async (option) => {
        const out = await renderToString('<ldn-side-effect-list></ldn-side-effect-list>', option);
        const heading = textOf(out.match(/<h2 class="heading"[^>]*>[\s\S]*?<\/h2>/)[0]);
        assert.equal(heading, 'Side effects of LDN');
      }),
      { numRuns: 60 },
    );
  });

  it('renders any attribute values without throwing, as text, never a blob: URL (property)', async () => {
    const tags = Object.keys(ATTRIBUTES);
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '',
        '0',
        '-1',
        '4.5',
        '1e3',
        'NaN',
        'true',
        '2025-02-30',
        'es',
        'dark',
        'Ultram,',
        '<i data-injected>',
      ),
    );
    const element = fc.constantFrom(...tags).chain((tag) =>
      fc.record({
        tag: fc.constant(tag),
        attributes: fc.dictionary(fc.constantFrom(...ATTRIBUTES[tag], ...COMMON), value, { maxKeys: 4 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(element, async ({ tag, attributes }) => {
        const attrs = Object.entries(attributes)
          .map(([name, v]) => ` ${name}="${escapeAttribute(v)}"`)
          .join('');
        const out = await renderToString(`<${tag}${attrs}></${tag}>`);
        assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
        assert.match(out, /class="heading" id="heading"/);
        assert.ok(!out.includes('blob:'));
        assert.ok(!out.includes('<i data-injected'), 'data rendered as HTML');
      }),
      { numRuns: 150 },
    );
  });
});
