import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { runs } from '../core/properties/arbitraries.js';
import { builtInKnowledgeBase as kb } from '../../src/core/knowledge-base.js';
import '../helpers/lit-warnings.js';
import { mountCard, textOf, type MountedCard } from './dose-card-helpers.js';

/** What must hold whenever the schedule cannot be built: no table, the D facts still shown. */
async function expectScheduleWithheld({ el, root }: MountedCard): Promise<void> {
  expect(root.querySelector('table'), 'no schedule built on a guess').to.be.null;
  expect(root.querySelector('[data-state="schedule-unavailable"]')).to.exist;
  expect(el.currentSchedule).to.be.null;
  for (const id of kb.dosing.statementIds) expect(root.querySelector(`[data-statement="${id}"]`), id).to.exist;
  expect(root.querySelector('[part="disclaimer"]')).to.exist;
  await expect(el).to.be.accessible();
}

interface BadInput {
  what: string;
  attributes: Record<string, string>;
  attribute: string;
  property: string;
  received: string;
  accepts: string;
}

const badInputs: BadInput[] = [
  {
    what: 'text as a dose',
    attributes: { 'start-dose': 'abc' },
    attribute: 'start-dose',
    property: 'startDoseMg',
    received: 'abc',
    accepts: 'a dose in mg above 0',
  },
  {
    what: 'an empty dose',
    attributes: { 'target-dose': '' },
    attribute: 'target-dose',
    property: 'targetDoseMg',
    received: '',
    accepts: 'a dose in mg above 0',
  },
  {
    what: 'a negative dose',
    attributes: { 'start-dose': '-1' },
    attribute: 'start-dose',
    property: 'startDoseMg',
    received: '-1',
    accepts: 'a dose in mg above 0',
  },
  {
    what: 'a zero target',
    attributes: { 'target-dose': '0' },
    attribute: 'target-dose',
    property: 'targetDoseMg',
    received: '0',
    accepts: 'a dose in mg above 0',
  },
  {
    what: 'a dose too small to count',
    attributes: { 'start-dose': '0.001' },
    attribute: 'start-dose',
    property: 'startDoseMg',
    received: '0.001',
    accepts: 'at least 0.01',
  },
  {
    what: 'three decimals',
    attributes: { 'target-dose': '2.125' },
    attribute: 'target-dose',
    property: 'targetDoseMg',
    received: '2.125',
    accepts: 'at most 2 decimals',
  },
  {
    what: 'a zero step',
    attributes: { 'step-dose': '0' },
    attribute: 'step-dose',
    property: 'stepDoseMg',
    received: '0',
    accepts: 'a dose in mg above 0',
  },
  {
    what: 'part of a day',
    attributes: { 'step-days': '1.5' },
    attribute: 'step-days',
    property: 'stepDays',
    received: '1.5',
    accepts: 'a whole number of days from 1 to 365',
  },
  {
    what: 'zero days',
    attributes: { 'step-days': '0' },
    attribute: 'step-days',
    property: 'stepDays',
    received: '0',
    accepts: 'a whole number of days',
  },
  {
    what: 'a start above the target',
    attributes: { 'start-dose': '3', 'target-dose': '2' },
    attribute: 'start-dose',
    property: 'startDoseMg',
    received: '3',
    accepts: 'no higher than target-dose (2 mg)',
  },
  {
    what: 'an unknown form',
    attributes: { form: 'pill' },
    attribute: 'form',
    property: 'form',
    received: 'pill',
    accepts: '"capsule", "sublingual-liquid" or "transdermal"',
  },
  {
    what: 'a concentration for capsules',
    attributes: { form: 'capsule', concentration: '1' },
    attribute: 'concentration',
    property: 'concentrationMgPerMl',
    received: '1',
    accepts: 'only together with form="sublingual-liquid"',
  },
  {
    what: 'a concentration with no form',
    attributes: { concentration: '1' },
    attribute: 'concentration',
    property: 'concentrationMgPerMl',
    received: '1',
    accepts: 'only together with form="sublingual-liquid"',
  },
  {
    what: 'a zero concentration',
    attributes: { form: 'sublingual-liquid', concentration: '0' },
    attribute: 'concentration',
    property: 'concentrationMgPerMl',
    received: '0',
    accepts: 'mg per mL, above 0',
  },
  {
    what: 'a concentration too strong to measure',
    attributes: { form: 'sublingual-liquid', concentration: '100' },
    attribute: 'concentration',
    property: 'concentrationMgPerMl',
    received: '100',
    accepts: 'at least 0.1 mL',
  },
  {
    what: 'an impossible date',
    attributes: { 'start-date': '2025-02-30' },
    attribute: 'start-date',
    property: 'startDate',
    received: '2025-02-30',
    accepts: 'a real calendar date written YYYY-MM-DD',
  },
  {
    what: 'a date in words',
    attributes: { 'start-date': 'tomorrow' },
    attribute: 'start-date',
    property: 'startDate',
    received: 'tomorrow',
    accepts: 'YYYY-MM-DD',
  },
];

describe('<ldn-dose-card>: bad input', () => {
  for (const bad of badInputs) {
    it(`names the attribute for ${bad.what}, fires ldn-error and withholds only the schedule`, async () => {
      const mounted = await mountCard(bad.attributes);
      const alert = mounted.root.querySelector('[role="alert"]');
      expect(alert, 'a visible alert').to.exist;
      expect(textOf(alert)).to.contain(bad.attribute).and.contain(bad.accepts);
      if (bad.received) expect(textOf(alert!.querySelector('.received'))).to.equal(bad.received);
      expect(mounted.errors).to.have.length(1);
      const detail = mounted.errors[0]!.detail;
      expect(detail.source).to.equal(bad.attribute);
      expect(detail.issues[0]!.path).to.deep.equal([bad.property]);
      expect(mounted.errors[0]!.bubbles && mounted.errors[0]!.composed).to.be.true;
      expect(
        mounted.changes.map((e) => e.detail.schedule),
        'no stale schedule',
      ).to.deep.equal([null]);
      await expectScheduleWithheld(mounted);
    });
  }

  it('names a property set by script to the wrong type', async () => {
    const mounted = await mountCard();
    (mounted.el as unknown as { spasticity: unknown }).spasticity = 'yes';
    await mounted.el.updateComplete;
    expect(textOf(mounted.root.querySelector('[role="alert"]')))
      .to.contain('spasticity')
      .and.contain('true or false');
    expect(mounted.errors.at(-1)!.detail.source).to.equal('spasticity');
    await expectScheduleWithheld(mounted);
  });

  it('lists every bad attribute in one alert, with one ldn-error per attribute', async () => {
    const mounted = await mountCard({ 'start-dose': 'x', form: 'gel', 'heading-level': '9' });
    const items = [...mounted.root.querySelectorAll('[role="alert"] li')].map(textOf);
    expect(items).to.have.length(3);
    expect(items[0]).to.contain('start-dose');
    expect(items[1]).to.contain('form');
    expect(items[2]).to.contain('heading-level');
    expect(mounted.errors.map((e) => e.detail.source)).to.deep.equal(['start-dose', 'form', 'heading-level']);
    await expectScheduleWithheld(mounted);
  });

  it('keeps the schedule when only heading-level is wrong (it does not affect doses)', async () => {
    const { el, root, errors } = await mountCard({ 'heading-level': '0' });
    expect(textOf(root.querySelector('[role="alert"]'))).to.contain('heading-level');
    expect(root.querySelector('h2.heading'), 'falls back to 2').to.exist;
    expect(root.querySelector('table')).to.exist;
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['heading-level']);
    await expect(el).to.be.accessible();
  });

  it('explains the problem in Spanish', async () => {
    const { root } = await mountCard({ 'step-days': 'dos', lang: 'es' });
    const alert = textOf(root.querySelector('[role="alert"]'));
    expect(alert).to.contain('No se pudieron usar algunos ajustes').and.contain('step-days');
    expect(alert).to.contain('un número entero de días, del 1 al 365');
    expect(textOf(root.querySelector('[data-state="schedule-unavailable"]'))).to.contain(
      'No se muestra el plan de dosis',
    );
  });

  it('recovers when the attribute is fixed, announcing the new schedule', async () => {
    const { el, root, changes } = await mountCard({ 'start-date': '2025-02-30', 'step-dose': '1.5', 'step-days': '7' });
    expect(root.querySelector('table')).to.be.null;
    el.setAttribute('start-date', '2025-02-28');
    await el.updateComplete;
    expect(root.querySelector('[role="alert"]')).to.be.null;
    expect(root.querySelector('table')).to.exist;
    expect(changes).to.have.length(2);
    expect(changes[1]!.detail.schedule!.steps[1]!.startDate).to.equal('2025-03-07');
  });

  it('fails closed on an invalid portal knowledge base: "could not check", no schedule', async () => {
    const { el, root, errors, changes } = await mountCard();
    el.knowledgeBase = { ...kb, dosing: { ...kb.dosing, maximum: { ...kb.dosing.maximum, maxMg: -1 } } };
    await el.updateComplete;
    expect(root.querySelector('[data-state="could-not-check"]')).to.exist;
    expect(root.querySelector('table')).to.be.null;
    expect(errors.at(-1)!.detail.source).to.equal('knowledgeBase');
    expect(changes.at(-1)!.detail.schedule).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('never throws into the page, whatever a script sets', async () => {
    const weird: [string, unknown, string][] = [
      ['startDose', Number.POSITIVE_INFINITY, 'start-dose'],
      ['targetDose', null, 'target-dose'],
      ['stepDays', -3, 'step-days'],
      ['form', 42, 'form'],
      ['concentration', Number.NaN, 'concentration'],
      ['startDate', {}, 'start-date'],
    ];
    for (const [name, value, attribute] of weird) {
      const { el, root, errors } = await mountCard({ form: 'sublingual-liquid' });
      (el as unknown as Record<string, unknown>)[name] = value;
      await el.updateComplete;
      expect(textOf(root.querySelector('[role="alert"]')), `${name} = ${String(value)}`).to.contain(attribute);
      expect(errors.at(-1)!.detail.source).to.equal(attribute);
      expect(root.querySelector('table')).to.be.null;
    }
  });
});

describe('<ldn-dose-card>: numbers are read as written in decimal', () => {
  // Number() reads "0x2" as 2 and "0b11" as 3: a dose written that way is not a dose a person
  // wrote, and must be named as bad input, never shown as a schedule of another number.
  const notDecimal = fc
    .tuple(fc.constantFrom('0x', '0X', '0b', '0B', '0o', '0O'), fc.integer({ min: 1, max: 4 }))
    .map(
      ([prefix, n]) =>
        `${prefix}${n.toString(prefix.toLowerCase() === '0x' ? 16 : prefix.toLowerCase() === '0b' ? 2 : 8)}`,
    );
  const attribute = fc.constantFrom('start-dose', 'target-dose', 'step-dose', 'step-days');

  it('names a dose or day count written in hex, binary or octal, and builds no schedule (property)', async () => {
    await fc.assert(
      fc.asyncProperty(attribute, notDecimal, async (name, value) => {
        const mounted = await mountCard({ [name]: value });
        const alert = mounted.root.querySelector('[role="alert"]');
        expect(alert, `${name}="${value}"`).to.exist;
        expect(textOf(alert)).to.contain(name);
        expect(mounted.errors.map((e) => e.detail.source)).to.deep.equal([name]);
        expect(mounted.el.currentSchedule).to.be.null;
        mounted.el.remove();
      }),
      runs(30),
    );
  });

  it('still reads decimal and exponent notation, with spaces around it (property)', async () => {
    const written = fc.constantFrom(
      ['1.5', 1.5],
      [' 3 ', 3],
      ['+3', 3],
      ['3.', 3],
      ['.5', 0.5],
      ['1.5e0', 1.5],
      ['15E-1', 1.5],
    );
    await fc.assert(
      fc.asyncProperty(written, async ([text, mg]) => {
        const mounted = await mountCard({ 'target-dose': '4.5', 'start-dose': text as string });
        expect(mounted.root.querySelector('[role="alert"]'), text as string).to.equal(null);
        expect(mounted.el.currentSchedule!.steps[0]!.doseMg).to.equal(mg);
        mounted.el.remove();
      }),
      runs(14),
    );
  });
});
