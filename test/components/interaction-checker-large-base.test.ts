import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { checkInteractions, extendKnowledgeBase, searchMedications } from '../../src/core/index.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import { hasMedicationIndex } from '../../src/core/search/medication-index.js';
import '../../src/components/interaction-checker/define.js';
import type { LdnInteractionChecker } from '../../src/components/interaction-checker/define.js';
import '../helpers/lit-warnings.js';
import { inventedFormulary } from '../fixtures/invented-formulary.js';

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
const extension = inventedFormulary(1000, (i, word) => `${word(i)}${i % 2 ? 'rex' : 'lyn'}`);
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
    // The local brands the formulary gave the built-in opioids.
    const opioidIds = new Set(
      builtInKnowledgeBase.medications.filter((m) => m.classIds.includes('opioid')).map((m) => m.id),
    );
    const opioids = extension.aliases.filter((a) => opioidIds.has(a.medicationId)).map((a) => a.name.text);
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
