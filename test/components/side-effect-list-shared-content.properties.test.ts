import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/dose-card/define.js';
import '../../src/components/side-effect-list/define.js';
import { LdnSideEffectList } from '../../src/components/side-effect-list/side-effect-list.js';
import { builtInKnowledgeBase } from '../../src/core/index.js';
import { runs } from '../core/properties/arbitraries.js';
import '../helpers/lit-warnings.js';
import { mount, setAttributes, shadowMarkup as markup } from '../helpers/shadow-markup.js';

/**
 * The side-effect list builds what depends only on the knowledge base, language and heading level
 * (headings, the introduction, each side effect's details, the attribution) once and clones it
 * into every list (src/shared/shared-dom.ts). The rule: a list whose content came from copies
 * shows exactly the DOM Lit renders for a list with the same history, whatever lists built the
 * copies before it and however its attributes change later.
 */

/** The same element, with every shared part rendered by Lit as usual: the reference. */
class PlainSideEffectList extends LdnSideEffectList {}
(PlainSideEffectList.prototype as unknown as { shared: (key: string, template: () => unknown) => unknown }).shared =
  function (_key, template) {
    return template();
  };
customElements.define('ldn-side-effect-list-plain-reference', PlainSideEffectList);

const ids = builtInKnowledgeBase.sideEffects.map((effect) => effect.id);

/** Attribute sets a page may write, valid and invalid. */
const attributes = fc.record(
  {
    lang: fc.constantFrom('en', 'es'),
    'heading-level': fc.constantFrom('2', '3', '6', '9'),
    category: fc.constantFrom('all', 'sleep', 'digestive', 'other', 'none'),
    selected: fc.subarray([...ids, 'not-a-side-effect']).map((list) => list.join(',')),
  },
  { requiredKeys: [] },
);

afterEach(() => document.body.replaceChildren());

describe('<ldn-side-effect-list> shared content (properties)', () => {
  it('shows the DOM Lit renders, whatever elements came before and however it changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(attributes, { minLength: 1, maxLength: 3 }), attributes, async (before, attrs) => {
        // Earlier lists and cards fill the copies (and their keys) that the list under test may
        // reuse: both elements share the built-in base, and each has a "heading".
        for (const earlier of before) {
          await mount('ldn-dose-card', {
            lang: earlier.lang ?? 'en',
            'heading-level': earlier['heading-level'] ?? '2',
          });
          await mount('ldn-side-effect-list', earlier);
        }
        // The same history for a list with copies and one without: refused values keep what was shown.
        const list = await mount<LdnSideEffectList>('ldn-side-effect-list', before[0]!);
        const reference = await mount('ldn-side-effect-list-plain-reference', before[0]!);
        await setAttributes(list, attrs);
        await setAttributes(reference, attrs);
        expect(markup(list)).to.equal(markup(reference));
        const fresh = await mount('ldn-side-effect-list', attrs);
        const freshReference = await mount('ldn-side-effect-list-plain-reference', attrs);
        expect(markup(fresh)).to.equal(markup(freshReference));
        document.body.replaceChildren();
      }),
      runs(40),
    );
  });

  it('keeps a copy in place when a person opens details or marks an item', async () => {
    const list = await mount<LdnSideEffectList>('ldn-side-effect-list', {});
    const panel = list.shadowRoot!.querySelector('li .panel')!;
    const details = list.shadowRoot!.querySelector('details')!;
    details.open = true;
    const box = list.shadowRoot!.querySelector<HTMLInputElement>('li input[type="checkbox"]')!;
    box.click();
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('li .panel')).to.equal(panel);
    expect(list.selectedIds).to.have.length(1);
  });
});
