import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { checkInteractions, extendKnowledgeBase, searchMedications } from '../../src/core/index.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import { hasMedicationIndex } from '../../src/core/search/medication-index.js';
import '../../src/components/interaction-checker/define.js';
import type { LdnInteractionChecker } from '../../src/components/interaction-checker/define.js';
import '../helpers/lit-warnings.js';

// A large portal base: its search index is built in slices while the browser is idle. A keystroke
// before it is ready is answered at once (no suggestions yet, and no "no suggestions" hint), the
// suggestions follow, the same as with the index ready; a check meanwhile is as cautious as ever.

const root = (el: LdnInteractionChecker) => el.shadowRoot!;
const input = (el: LdnInteractionChecker) => root(el).querySelector<HTMLInputElement>('[role="combobox"]')!;
const optionIds = (el: LdnInteractionChecker) =>
  [...root(el).querySelectorAll<HTMLElement>('[role="option"]')].map((o) => o.dataset.medicationId);
const hint = (el: LdnInteractionChecker) => root(el).querySelector('#medication-hint');
const severities = (el: LdnInteractionChecker) =>
  [...root(el).querySelectorAll<HTMLElement>('li.finding')].map((li) => li.dataset.severity);

/** 3,000 invented names (no real medicine), and a local brand for every built-in medication. */
const syllables = ['ba', 'ze', 'lo', 'mi', 'tu', 'ra', 'ne', 'vo', 'ki', 'su'];
const word = (n: number) =>
  [n % 10, Math.floor(n / 10) % 10, Math.floor(n / 100) % 10].map((d) => syllables[d]).join('');
const source = { id: 'test-formulary', kind: 'reference' as const, label: 'Test', citation: 'Invented names.' };
const extension = {
  sources: [source],
  medications: Array.from({ length: 1000 }, (_, i) => ({
    id: `test-${i}`,
    genericName: `${word(i)}pril`,
    names: [
      { text: `${word(i)}pril`, kind: 'generic' as const, sourceId: source.id },
      { text: `${word(i)}${i % 2 ? 'rex' : 'lyn'}`, kind: 'brand' as const, sourceId: source.id },
      { text: `${word(i)}pril ${(i % 9) + 1}0 mg tablet`, kind: 'other' as const, sourceId: source.id },
    ],
    classIds: [],
    codes: [],
  })),
  aliases: builtInKnowledgeBase.medications.map((m, i) => ({
    medicationId: m.id,
    name: { text: `Local ${word(i)}tec`, kind: 'brand' as const, sourceId: source.id },
  })),
};
const reference = extendKnowledgeBase(extension);
const names = reference.medications.flatMap((m) => m.names.map((n) => n.text));

/** Types like a person in one keystroke's task: the field's value, then its input event. */
function typeAtOnce(el: LdnInteractionChecker, text: string): void {
  const field = input(el);
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('<ldn-interaction-checker>: a large portal knowledge base', () => {
  it('answers keystrokes before the index is ready, and the suggestions that follow are the full search', async () => {
    let typedBeforeReady = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...names).map((n) => n.slice(0, 4)),
          fc.constantFrom(...names),
          fc.stringMatching(/^[a-z]{2,5}$/),
        ),
        fc.nat(3),
        async (query, waitMs) => {
          const knowledgeBase = extendKnowledgeBase(extension); // a fresh base: its index is not built yet
          const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
          el.knowledgeBase = knowledgeBase;
          await el.updateComplete;
          if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
          const readyBefore = hasMedicationIndex(knowledgeBase);
          typeAtOnce(el, query);
          await el.updateComplete;
          const expected = searchMedications(query, { limit: 8, knowledgeBase: reference }).map((m) => m.medication.id);
          if (!readyBefore && !hasMedicationIndex(knowledgeBase)) {
            // Not ready: nothing is claimed yet, neither suggestions nor "no suggestions".
            typedBeforeReady++;
            expect(optionIds(el)).to.deep.equal([]);
            expect(hint(el)).to.equal(null);
          }
          await until(() => hasMedicationIndex(knowledgeBase));
          await el.updateComplete;
          expect(optionIds(el)).to.deep.equal(expected);
          expect(hint(el) !== null).to.equal(expected.length === 0);
          expect(input(el).getAttribute('aria-expanded')).to.equal(expected.length > 0 ? 'true' : 'false');
        },
      ),
      { seed: 19, numRuns: 25 },
    );
    expect(typedBeforeReady, 'keystrokes that came before the index was ready').to.be.greaterThan(5);
  });

  it('checks an entry added before the index is ready with the whole base: as cautious as ever', async () => {
    const opioids = builtInKnowledgeBase.medications.flatMap((m, i) =>
      m.classIds.includes('opioid') ? [`Local ${word(i)}tec`] : [],
    );
    expect(opioids.length).to.be.greaterThan(0);
    for (const name of [opioids[0]!, 'zebapril', 'Vicodin']) {
      const knowledgeBase = extendKnowledgeBase(extension);
      const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
      el.knowledgeBase = knowledgeBase;
      await el.updateComplete;
      typeAtOnce(el, name);
      input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await el.updateComplete;
      const [expected] = checkInteractions({ medications: [name] }, { knowledgeBase: reference });
      expect(severities(el), name).to.deep.equal([expected!.severity]);
      expect(el.status).to.equal('checked');
    }
  });
});
