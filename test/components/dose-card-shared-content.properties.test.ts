import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/dose-card/define.js';
import { LdnDoseCard } from '../../src/components/dose-card/dose-card.js';
import { runs } from '../core/properties/arbitraries.js';
import '../helpers/lit-warnings.js';
import { mount, setAttributes, shadowMarkup as markup } from '../helpers/shadow-markup.js';

/**
 * The dose card builds the sections that depend only on the knowledge base, language, heading
 * level and schedule once and clones them into every card (src/shared/shared-dom.ts). The rule:
 * a card whose content came from a copy shows exactly the DOM that Lit renders for it alone,
 * whatever other cards built the copies before it, and however its attributes change later. A
 * missing part of a copy's key, or a stray space from the template minifier, fails here.
 */

/** The same element, with every shared section rendered by Lit as usual: the reference. */
class PlainDoseCard extends LdnDoseCard {}
(PlainDoseCard.prototype as unknown as { shared: (key: string, template: () => unknown) => unknown }).shared =
  function (_key, template) {
    return template();
  };
customElements.define('ldn-dose-card-plain-reference', PlainDoseCard);

/** Attribute sets a page may write, valid and invalid, so both the schedule and its problems vary. */
const attributes = fc.record(
  {
    lang: fc.constantFrom('en', 'es'),
    'heading-level': fc.constantFrom('2', '3', '5'),
    'start-dose': fc.constantFrom('0.5', '1', '1.5', '2', '3'),
    'target-dose': fc.constantFrom('3', '4.5', '6'),
    'step-dose': fc.constantFrom('0.5', '1'),
    'step-days': fc.constantFrom('7', '14'),
    spasticity: fc.constant(''),
    form: fc.constantFrom('capsule', 'sublingual-liquid', 'transdermal', 'pill'),
    concentration: fc.constantFrom('1', '2.5'),
    'start-date': fc.constantFrom('2026-03-02', '2027-01-15'),
  },
  { requiredKeys: [] },
);

afterEach(() => document.body.replaceChildren());

describe('<ldn-dose-card> shared content (properties)', () => {
  it('shows the DOM Lit renders for it alone, whatever cards came before and however it changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(attributes, { minLength: 1, maxLength: 3 }), attributes, async (before, attrs) => {
        // Earlier cards fill the copies (and their keys) that the card under test may reuse.
        for (const earlier of before) await mount('ldn-dose-card', earlier);
        const card = await mount<LdnDoseCard>('ldn-dose-card', before[0]!);
        await setAttributes(card, attrs);
        const fresh = await mount('ldn-dose-card', attrs);
        const reference = await mount('ldn-dose-card-plain-reference', attrs);
        expect(markup(card)).to.equal(markup(reference));
        expect(markup(fresh)).to.equal(markup(reference));
        document.body.replaceChildren();
      }),
      runs(40),
    );
  });
});
