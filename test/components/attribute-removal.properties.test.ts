import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { runs } from '../core/properties/arbitraries.js';
import '../helpers/lit-warnings.js';
import { mount, shadowMarkup as markup } from '../helpers/shadow-markup.js';

/**
 * A removed attribute means unset, as before it was set (a framework drops an attribute when its
 * value becomes undefined): after any valid attributes are set and then some of them removed,
 * the element shows what a fresh element with the remaining attributes shows, and reports an error
 * (alert, `ldn-error`) only when that fresh element does (say, a concentration left without the
 * liquid form). The page-value attributes (`medications`, `conditions`, `selected`, `category`)
 * follow their own documented rule (removing one changes nothing) and are not drawn here.
 */

const common = {
  lang: fc.constantFrom('en', 'es'),
  'heading-level': fc.constantFrom('1', '3', '6'),
  theme: fc.constantFrom('light', 'dark', 'auto'),
};
const ELEMENTS = {
  'ldn-dose-card': {
    ...common,
    'start-dose': fc.constantFrom('1', '2'),
    'target-dose': fc.constantFrom('3', '4.5'),
    'step-dose': fc.constantFrom('0.5', '1'),
    'step-days': fc.constantFrom('7', '14'),
    spasticity: fc.constant(''),
    form: fc.constantFrom('capsule', 'sublingual-liquid', 'transdermal'),
    concentration: fc.constantFrom('1', '2.5'),
    'start-date': fc.constantFrom('2026-03-02', '2027-01-15'),
  },
  'ldn-interaction-checker': common,
  'ldn-side-effect-list': common,
} as const;

afterEach(() => document.body.replaceChildren());

describe('removed attributes (properties)', () => {
  for (const [tag, pool] of Object.entries(ELEMENTS)) {
    it(`<${tag}>: a removed attribute is unset, and reports no error a fresh element would not`, async () => {
      const attrs = fc.record(pool as Record<string, fc.Arbitrary<string>>, { requiredKeys: [] });
      await fc.assert(
        fc.asyncProperty(attrs, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), async (set, removeMask) => {
          const el = await mount(tag, set as Record<string, string>);
          const errors: Event[] = [];
          el.addEventListener('ldn-error', (event) => errors.push(event));
          const kept: Record<string, string> = {};
          const entries = Object.entries(set) as [string, string][];
          entries.forEach(([name, value], i) => {
            if (removeMask[i]) el.removeAttribute(name);
            else kept[name] = value;
          });
          await el.updateComplete;
          const fresh = await mount(tag, kept);
          expect(markup(el)).to.equal(markup(fresh));
          if (fresh.shadowRoot!.querySelector('[role="alert"]') === null)
            expect(errors, 'ldn-error after removing attributes').to.have.length(0);
          document.body.replaceChildren();
        }),
        runs(30),
      );
    });
  }
});
