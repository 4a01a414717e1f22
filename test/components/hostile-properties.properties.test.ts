import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { runs } from '../core/properties/arbitraries.js';
import { clearPageErrors, notePageError, pageErrors, recordPageErrors } from '../helpers/page-errors.js';

/**
 * Rule 6 (src/core/README.md, "The host page never sees an exception"): any value a script sets on
 * any property — a Symbol, a null-prototype object, a throwing getter or toString, a Proxy whose
 * traps all throw — gives the visible alert and `ldn-error`, never a throw into the page or an
 * unhandled rejection from Lit's update.
 */

const throwing = (): never => {
  throw new Error('hostile value');
};

/** Values no property accepts, each built fresh (a Proxy cannot be reused across runs safely). */
const HOSTILE: Record<string, () => unknown> = {
  symbol: () => Symbol('hostile'),
  'null-prototype object': () => Object.create(null),
  'throwing toString': () => ({ toString: throwing, valueOf: throwing }),
  'throwing getter': () =>
    Object.defineProperties(
      {},
      {
        length: { get: throwing, enumerable: true },
        0: { get: throwing, enumerable: true },
        [Symbol.iterator]: { get: throwing },
      },
    ),
  'proxy with throwing traps': () =>
    new Proxy(
      {},
      {
        get: throwing,
        has: throwing,
        ownKeys: throwing,
        getPrototypeOf: throwing,
        getOwnPropertyDescriptor: throwing,
      },
    ),
  'proxy of a list': () => new Proxy(['Vicodin'], { get: throwing }),
  bigint: () => BigInt(7),
  function: () => throwing,
};

/** Every property a page may set, per element (`lang` is the platform's own, a string). */
const PROPERTIES: Record<string, string[]> = {
  'ldn-dose-card': [
    'startDose',
    'targetDose',
    'stepDose',
    'stepDays',
    'form',
    'concentration',
    'startDate',
    'headingLevel',
    'theme',
    'knowledgeBase',
  ],
  'ldn-interaction-checker': ['medications', 'conditions', 'fhir', 'headingLevel', 'theme', 'knowledgeBase'],
  'ldn-side-effect-list': ['category', 'selected', 'headingLevel', 'theme', 'knowledgeBase'],
};

type Element = HTMLElement & { updateComplete: Promise<boolean>; [key: string]: unknown };

recordPageErrors();

/** Lets Lit's update run, and any rejection it caused reach the page. */
async function settle(el: Element): Promise<void> {
  await el.updateComplete.catch((error: unknown) => notePageError(`updateComplete rejected: ${String(error)}`));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('hostile property values — properties', () => {
  it('never throw into the page: every element shows the alert and fires ldn-error', async () => {
    const cases = Object.entries(PROPERTIES).flatMap(([tag, properties]) =>
      properties.flatMap((property) => Object.keys(HOSTILE).map((kind) => ({ tag, property, kind }))),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), fc.boolean(), async ({ tag, property, kind }, beforeConnect) => {
        clearPageErrors();
        const el = document.createElement(tag) as Element;
        const errors: Event[] = [];
        el.addEventListener('ldn-error', (event) => errors.push(event));
        const set = () => {
          el[property] = HOSTILE[kind]!();
        };
        if (beforeConnect) expect(set, `${tag}.${property} = ${kind} (before connecting)`).to.not.throw();
        document.body.append(el);
        if (!beforeConnect) {
          await el.updateComplete;
          expect(set, `${tag}.${property} = ${kind}`).to.not.throw();
        }
        await settle(el);
        const what = `${tag}.${property} = ${kind}`;
        expect(pageErrors(), what).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), `${what}: visible alert`).to.exist;
        expect(errors.length, `${what}: ldn-error`).to.be.greaterThan(0);
        el.remove();
      }),
      runs(120),
    );
  });
});

describe('moving an element between documents', () => {
  for (const tag of Object.keys(PROPERTIES)) {
    it(`${tag} keeps its styles in an iframe and after coming back`, async () => {
      const iframe = document.createElement('iframe');
      document.body.append(iframe);
      const el = document.createElement(tag) as Element;
      document.body.append(el);
      await el.updateComplete;
      const styled = () => {
        const heading = el.shadowRoot!.querySelector('.heading')!;
        // The base styles set :host to a block box and hide the print-only parts.
        return (
          getComputedStyle(el).display === 'block' &&
          el.shadowRoot!.adoptedStyleSheets.length > 0 &&
          heading.ownerDocument.defaultView!.getComputedStyle(heading).fontWeight !== ''
        );
      };
      expect(styled(), 'before the move').to.equal(true);
      iframe.contentDocument!.body.append(iframe.contentDocument!.adoptNode(el));
      await el.updateComplete;
      expect(iframe.contentWindow!.getComputedStyle(el).display, 'in the iframe').to.equal('block');
      expect(el.shadowRoot!.adoptedStyleSheets.length, 'in the iframe').to.be.greaterThan(0);
      document.body.append(document.adoptNode(el));
      await el.updateComplete;
      expect(styled(), 'back in the page').to.equal(true);
      el.remove();
      iframe.remove();
    });
  }
});
