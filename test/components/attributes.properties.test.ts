import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { hostileNumber, hostileString, MARKUP_SNIPPETS, namesOfClass, runs } from '../core/properties/arbitraries.js';
import '../helpers/lit-warnings.js';
import { clearPageErrors, pageErrors, recordPageErrors } from '../helpers/page-errors.js';

/**
 * Hostile attribute values, as a careless or malicious page could write them, on the real
 * elements (issue #8): nothing throws into the page, nothing becomes markup, no dose is shown
 * above its cap, and a known medicine keeps its true finding whatever else is on the list.
 */

/** What a page can write into an attribute: hostile text, awkward numbers, markup. */
const attributeValue = fc.oneof(
  hostileString.map((s) => s.slice(0, 300)),
  hostileNumber.map(String),
  fc.constantFrom(...MARKUP_SNIPPETS),
  fc.constantFrom('', ' ', '0', '-1', '1e309', '3', '4.5', '9', 'capsule', 'sublingual-liquid', '2026-02-29'),
);

/** Elements the page did not ask for: markup that got through would show up here. */
const INJECTED = 'script, iframe, img, object, embed, svg[onload], [onerror], [onclick], [onload]';

async function render(
  tag: string,
  attributes: Record<string, string | null>,
): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const host = document.createElement('div');
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attributes)) if (value !== null) el.setAttribute(name, value);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

recordPageErrors();
afterEach(() => {
  document.body.replaceChildren();
  expect(pageErrors(), 'errors thrown into the page').to.deep.equal([]);
  clearPageErrors();
});

const optional = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: null, freq: 3 });

describe('element attributes — properties', function () {
  this.timeout(60_000);

  it('<ldn-dose-card> never throws, never renders markup, and never shows a dose above its cap', async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(
        // Mostly plausible prescriptions (so schedules render and the cap is really tested), with
        // one attribute replaced by a hostile value a third of the time.
        fc
          .tuple(
            fc.record({
              'start-dose': optional(fc.integer({ min: 1, max: 900 }).map((h) => String(h / 100))),
              'target-dose': optional(fc.integer({ min: 1, max: 2000 }).map((h) => String(h / 100))),
              'step-dose': optional(fc.integer({ min: 1, max: 300 }).map((h) => String(h / 100))),
              'step-days': optional(fc.integer({ min: 1, max: 60 }).map(String)),
              spasticity: fc.constantFrom<string | null>(null, ''),
              form: optional(fc.constantFrom('capsule', 'sublingual-liquid', 'transdermal')),
              concentration: fc.constant(null as string | null),
              'start-date': optional(fc.constantFrom('2026-01-31', '2024-02-29', '2026-12-30')),
              'heading-level': optional(fc.constantFrom('1', '3', '6')),
              theme: optional(fc.constantFrom('light', 'dark', 'auto')),
            }),
            fc.option(fc.tuple(fc.nat(9), attributeValue), { nil: undefined, freq: 2 }),
          )
          .map(([attributes, corruption]) => {
            if (attributes.form === 'sublingual-liquid') attributes.concentration = '1';
            if (corruption)
              attributes[Object.keys(attributes)[corruption[0]] as keyof typeof attributes] = corruption[1];
            return attributes;
          }),
        async (attributes) => {
          const el = await render('ldn-dose-card', attributes);
          const root = el.shadowRoot!;
          expect(root.querySelector(INJECTED)).to.equal(null);
          const cap = attributes.spasticity !== null ? 3 : 4.5;
          const cells = root.querySelectorAll('[data-dose-mg]');
          if (cells.length > 0) rendered += 1;
          for (const cell of cells) {
            expect(Number(cell.getAttribute('data-dose-mg'))).to.be.at.most(cap);
          }
          el.parentElement!.remove();
        },
      ),
      runs(60),
    );
    expect(rendered, 'schedules actually rendered (the cap was tested)').to.be.greaterThan(20);
  });

  it('<ldn-interaction-checker> keeps every known opioid at "avoid" whatever else the page lists', async () => {
    // The attribute is comma-separated: a name with a comma in it is two entries there.
    const opioidNames = namesOfClass('opioid')
      .map((n) => n.text)
      .filter((name) => !name.includes(','));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...opioidNames),
        fc.array(
          attributeValue.map((s) => s.replaceAll(',', ' ')),
          { maxLength: 4 },
        ),
        optional(attributeValue),
        optional(attributeValue),
        async (opioid, others, conditions, headingLevel) => {
          const el = await render('ldn-interaction-checker', {
            medications: [opioid, ...others].join(', '),
            conditions,
            'heading-level': headingLevel,
          });
          const root = el.shadowRoot!;
          expect(root.querySelector(INJECTED)).to.equal(null);
          const couldNotCheck = root.querySelector('[data-state="could-not-check"]');
          const findings = [...root.querySelectorAll<HTMLElement>('.finding[data-severity]')];
          // A list the check cannot take (a name over 200 characters) is refused whole, named in the alert.
          const refused = [...root.querySelectorAll('[role="alert"] code')].some(
            (c) => c.textContent === 'medications',
          );
          if (refused) {
            expect(findings, 'nothing from a refused list').to.have.length(0);
            expect(couldNotCheck).to.equal(null);
          } else if (!couldNotCheck) {
            const opioidFinding = findings.find((f) => f.textContent!.toLowerCase().includes(opioid.toLowerCase()));
            expect(opioidFinding, `${opioid} has a finding`).to.exist;
            expect(opioidFinding!.dataset.severity).to.equal('avoid');
          } else {
            expect(findings, 'no findings beside "could not check"').to.have.length(0);
          }
          el.parentElement!.remove();
        },
      ),
      runs(40),
    );
  });

  it('<ldn-side-effect-list> never throws and never renders markup for any attribute', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          category: optional(attributeValue),
          selected: optional(attributeValue),
          'heading-level': optional(attributeValue),
          theme: optional(attributeValue),
          lang: optional(attributeValue),
        }),
        async (attributes) => {
          const el = await render('ldn-side-effect-list', attributes);
          expect(el.shadowRoot!.querySelector(INJECTED)).to.equal(null);
          // The warning signs are never filtered away, whatever the page set.
          expect(el.shadowRoot!.textContent).to.match(/contact your provider|comuníquese|llame|contacte/i);
          el.parentElement!.remove();
        },
      ),
      runs(40),
    );
  });
});
