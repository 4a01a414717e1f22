import { expect, fixture, html } from '@open-wc/testing';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import '../../src/index.js';
import '../helpers/lit-warnings.js';

/** Flesch–Kincaid grade fails above this: patient material aims at grade 6 to 8. */
const MAX_GRADE = 8;

/**
 * Blocks of running text a person reads (paragraphs and list items); each ends a sentence even
 * without a full stop. Headings, labels and buttons are left out: their short phrases would only
 * pull the grade down and flatter the prose.
 */
const PROSE = 'p, li';
/** Not prose: names, dates and titles of sources, the typed medicine names, attribute names. */
const NOT_PROSE = '.source, [part="attribution"], [part="sources"], .source-note, .finding-name, code, [part="chips"]';

/** The English prose of an element's shadow root, as sentences, without double counting nested blocks. */
function prose(root: ShadowRoot): string[] {
  const blocks = [...root.querySelectorAll<HTMLElement>(PROSE)].filter(
    (block) => !block.closest(NOT_PROSE) && !block.parentElement?.closest(PROSE),
  );
  return blocks
    .map((block) => {
      const clone = block.cloneNode(true) as HTMLElement;
      for (const skipped of clone.querySelectorAll(NOT_PROSE + ', .visually-hidden, svg')) skipped.remove();
      return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
    })
    .filter((text) => /[a-z]/i.test(text));
}

/**
 * Flesch–Kincaid grade of blocks of text. Sentences end at . ! or ? (a colon or semicolon does not
 * end one, which keeps the grade on the strict side); decimals ("1.5 mg") and times ("9:00 pm") do not.
 */
export function grade(sentences: readonly string[]): { grade: number; words: number; sentences: number } {
  let sentenceCount = 0;
  let words = 0;
  let syllables = 0;
  for (const text of sentences) {
    const clean = text.replace(/(\d)[.:,](\d)/g, '$1$2');
    const parts = clean.split(/[.!?]+(?:\s|$)/).filter((part) => /[a-z0-9]/i.test(part));
    sentenceCount += parts.length;
    for (const word of clean.match(/[A-Za-z0-9'’-]+/g) ?? []) {
      words++;
      syllables += Math.max(1, syllable(word));
    }
  }
  return {
    grade: fleschKincaid({ sentence: sentenceCount, word: words, syllable: syllables }),
    words,
    sentences: sentenceCount,
  };
}

async function render(tag: ReturnType<typeof html>): Promise<ShadowRoot> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">${tag}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  // Open every side effect so its details count too.
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  return el.shadowRoot!;
}

const CASES: [string, () => ReturnType<typeof html>][] = [
  ['ldn-dose-card', () => html`<ldn-dose-card></ldn-dose-card>`],
  ['ldn-dose-card (spasticity, dates)', () => html`<ldn-dose-card spasticity start-date="2026-03-01"></ldn-dose-card>`],
  [
    'ldn-interaction-checker (one finding of each kind)',
    () =>
      html`<ldn-interaction-checker
        medications="Suboxone, Avonex, Contrave, Copaxone, zzzz"
        conditions="liver-disease, pregnancy, breastfeeding"
      ></ldn-interaction-checker>`,
  ],
  ['ldn-side-effect-list', () => html`<ldn-side-effect-list selected="nausea"></ldn-side-effect-list>`],
];

describe('reading level of the rendered English prose (Flesch–Kincaid, packages flesch-kincaid + syllable)', () => {
  it('counts sentences, words and syllables as the formula expects, on a known text', () => {
    // 2 sentences, 9 words, 10 syllables ("happy" has 2): 0.39 * 9 / 2 + 11.8 * 10 / 9 - 15.59.
    expect(syllable('happy')).to.equal(2);
    const measured = grade(['The cat sat on the mat.', 'It was happy']);
    expect([measured.sentences, measured.words]).to.deep.equal([2, 9]);
    expect(measured.grade).to.be.closeTo(0.39 * 4.5 + (11.8 * 10) / 9 - 15.59, 1e-9);
    // A dose is not two sentences.
    expect(grade(['Take 1.5 mg at 9:00 pm.']).sentences).to.equal(1);
  });

  for (const [label, tag] of CASES) {
    it(`${label}: grade ${MAX_GRADE} or below`, async () => {
      const root = await render(tag());
      const result = grade(prose(root));
      console.log(
        `FK ${label}: grade ${result.grade.toFixed(2)} (${result.words} words, ${result.sentences} sentences)`,
      );
      expect(result.words, 'measured some prose').to.be.greaterThan(50);
      expect(result.grade).to.be.at.most(MAX_GRADE);
    });
  }
});
