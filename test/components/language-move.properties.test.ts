import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { doseCardStrings } from '../../src/components/dose-card/dose-card.strings.js';
import { interactionCheckerStrings } from '../../src/components/interaction-checker/interaction-checker.strings.js';
import { sideEffectListStrings } from '../../src/components/side-effect-list/side-effect-list.strings.js';
import { runs } from '../core/properties/arbitraries.js';
import '../helpers/lit-warnings.js';

/**
 * `lang` is read from the element or its closest ancestor (design.md): an element moved in the page
 * to a part written in another language speaks that language, as one created there would.
 */

type Updating = HTMLElement & { updateComplete: Promise<boolean>; language: string };

const HEADINGS: Record<string, Record<'en' | 'es', string>> = {
  'ldn-dose-card': { en: doseCardStrings.en.heading, es: doseCardStrings.es.heading },
  'ldn-interaction-checker': { en: interactionCheckerStrings.en.heading, es: interactionCheckerStrings.es.heading },
  'ldn-side-effect-list': { en: sideEffectListStrings.en.heading, es: sideEffectListStrings.es.heading },
};

const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('.heading')!.textContent!.trim();

describe('an element moved to a part of the page in another language', function () {
  this.timeout(60_000);

  it('renders in the language of its new place (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(HEADINGS)),
        fc.constantFrom<'en' | 'es'>('en', 'es'),
        fc.constantFrom('append', 'insert-before', 'into-shadow-root'),
        async (tag, from, how) => {
          const to = from === 'en' ? 'es' : 'en';
          const start = document.createElement('section');
          start.lang = from;
          const target = document.createElement('section');
          target.lang = to;
          target.append(document.createElement('p'));
          document.body.append(start, target);
          const el = document.createElement(tag) as Updating;
          start.append(el);
          await el.updateComplete;
          expect(heading(el)).to.equal(HEADINGS[tag]![from]);

          if (how === 'append') target.append(el);
          else if (how === 'insert-before') target.insertBefore(el, target.firstChild);
          else {
            const host = document.createElement('div');
            target.append(host);
            host.attachShadow({ mode: 'open' }).append(el);
          }
          await el.updateComplete;
          expect(el.language).to.equal(to);
          expect(heading(el), `${tag} moved from ${from} to ${to} (${how})`).to.equal(HEADINGS[tag]![to]);
          start.remove();
          target.remove();
        },
      ),
      runs(24),
    );
  });
});
