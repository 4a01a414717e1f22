import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LdnValidationError } from '../../src/core/errors.js';
import { builtInKnowledgeBase, findReferenceIssues } from '../../src/core/knowledge-base.js';
import {
  DosingProtocolSchema,
  StatementSchema,
  TitrationInputSchema,
  DOSE_FORMS,
  type KnowledgeBase,
} from '../../src/core/schemas/index.js';
import {
  addDaysToIsoDate,
  buildTitrationSchedule,
  MAX_TITRATION_STEPS,
  type TitrationInput,
} from '../../src/core/titration.js';

const kb = builtInKnowledgeBase;

/** The LdnValidationError thrown for `input`, or a failed test when nothing is thrown. */
function rejectionOf(input: unknown, options = {}): LdnValidationError {
  try {
    buildTitrationSchedule(input as TitrationInput, options);
  } catch (error) {
    expect(error).to.be.instanceOf(LdnValidationError);
    return error as LdnValidationError;
  }
  expect.fail(`expected ${JSON.stringify(input)} to be rejected`);
}

const doses = (input: TitrationInput) => buildTitrationSchedule(input).steps.map((s) => s.doseMg);

describe('dosing knowledge (D1–D10)', () => {
  it('has a statement for every dosing fact, in both languages, citing the article', () => {
    const shown = kb.dosing.statementIds.map((id) => kb.statements.find((s) => s.id === id));
    expect(shown.every((s) => s !== undefined)).to.be.true;
    const covered = new Set(shown.flatMap((s) => s!.factIds));
    for (let n = 1; n <= 10; n++) expect(covered.has(`D${n}`), `D${n}`).to.be.true;
    for (const statement of shown) {
      expect(StatementSchema.safeParse(statement).success, statement!.id).to.be.true;
      expect(statement!.sourceIds).to.include('verywell-2023');
      expect(statement!.text.es).not.to.equal(statement!.text.en);
    }
  });

  it('holds a valid protocol whose numbers match the brief and its own sentences', () => {
    expect(DosingProtocolSchema.safeParse(kb.dosing).success).to.be.true;
    expect(kb.dosing.usualStartMg).to.equal(1.5);
    expect(kb.dosing.maximum).to.include({ maxMg: 4.5 });
    expect(kb.dosing.maximum.factIds).to.deep.equal(['D1']);
    expect(kb.dosing.spasticityMaximum).to.include({ maxMg: 3 });
    expect(kb.dosing.spasticityMaximum.factIds).to.deep.equal(['D2']);
    expect(kb.dosing.monthlyCostUsd).to.deep.equal({ min: 45, max: 100 });
    const cost = kb.statements.find((s) => s.id === 'dosing-monthly-cost')!;
    expect(cost.text.en).to.contain('$45').and.contain('$100');
    expect(cost.text.es).to.contain('45').and.contain('100');
    const timing = kb.statements.find((s) => s.factIds.includes('D8'))!;
    expect(timing.text.en).to.contain('9:00 pm').and.contain('midnight');
    expect(kb.dosing.forms.map((f) => f.id)).to.have.members([...DOSE_FORMS]);
  });

  it('has no broken reference in the dosing part of the knowledge base', () => {
    const dosingIssues = findReferenceIssues(kb).filter(
      (issue) =>
        issue.path[0] === 'dosing' ||
        (issue.path[0] === 'statements' && String(kb.statements[issue.path[1] as number]?.id).startsWith('dosing-')),
    );
    expect(dosingIssues).to.deep.equal([]);
  });

  it('rejects a portal protocol whose spasticity limit is looser than the maximum, or that lacks a form', () => {
    const looser = { ...kb.dosing, spasticityMaximum: { ...kb.dosing.spasticityMaximum, maxMg: 6 } };
    expect(DosingProtocolSchema.safeParse(looser).success).to.be.false;
    const missingForm = { ...kb.dosing, forms: kb.dosing.forms.slice(1) };
    expect(DosingProtocolSchema.safeParse(missingForm).success).to.be.false;
  });
});

describe('buildTitrationSchedule', () => {
  it('defaults to 1.5 mg up to 4.5 mg with the example step, flagged as an example', () => {
    const schedule = buildTitrationSchedule();
    const { doseMg, days } = kb.dosing.exampleStep;
    expect(schedule.input).to.deep.include({ startDoseMg: 1.5, targetDoseMg: 4.5, stepDoseMg: doseMg, stepDays: days });
    expect(schedule.usesExampleStep).to.be.true;
    expect(schedule.exampleStepParts).to.deep.equal(['stepDoseMg', 'stepDays']);
    expect(schedule.steps[0]).to.deep.equal({ step: 1, doseMg: 1.5, startDay: 1, endDay: days });
    expect(schedule.steps.at(-1)).to.deep.include({ doseMg: 4.5 });
    expect(schedule.steps.at(-1)!.endDay, 'the last dose continues').to.be.undefined;
    expect(schedule.caps).to.deep.equal([]);
    expect(schedule).to.include({ maxDoseMg: 4.5, limit: 'maximum', finalDoseMg: 4.5 });
  });

  it("follows the page's step and interval, and lands 1.5 + 1.5 + 1.5 exactly on 4.5", () => {
    const schedule = buildTitrationSchedule({ stepDoseMg: 1.5, stepDays: 7 });
    expect(schedule.usesExampleStep).to.be.false;
    expect(schedule.steps).to.deep.equal([
      { step: 1, doseMg: 1.5, startDay: 1, endDay: 7 },
      { step: 2, doseMg: 3, startDay: 8, endDay: 14 },
      { step: 3, doseMg: 4.5, startDay: 15 },
    ]);
  });

  it('marks only the missing half of the step as an example', () => {
    expect(buildTitrationSchedule({ stepDoseMg: 0.5 }).exampleStepParts).to.deep.equal(['stepDays']);
    expect(buildTitrationSchedule({ stepDays: 10 }).exampleStepParts).to.deep.equal(['stepDoseMg']);
  });

  it('needs no step when the start is the target', () => {
    const schedule = buildTitrationSchedule({ startDoseMg: 3, targetDoseMg: 3 });
    expect(schedule.steps).to.deep.equal([{ step: 1, doseMg: 3, startDay: 1 }]);
    expect(schedule.usesExampleStep).to.be.false;
  });

  it('starts at a lower target when the page sets only the target', () => {
    expect(doses({ targetDoseMg: 1 })).to.deep.equal([1]);
  });

  it('counts in hundredths of a mg: no floating-point drift, partial last step', () => {
    const tenths = doses({ stepDoseMg: 0.1, stepDays: 1 });
    expect(tenths).to.have.length(31);
    tenths.forEach((dose, i) => expect(dose).to.equal(Math.round(150 + i * 10) / 100));
    expect(doses({ stepDoseMg: 0.3, stepDays: 3 })).to.deep.equal([
      1.5, 1.8, 2.1, 2.4, 2.7, 3, 3.3, 3.6, 3.9, 4.2, 4.5,
    ]);
    expect(doses({ stepDoseMg: 2, stepDays: 7 })).to.deep.equal([1.5, 3.5, 4.5]);
    expect(doses({ startDoseMg: 0.5, targetDoseMg: 1.75, stepDoseMg: 0.5, stepDays: 7 })).to.deep.equal([
      0.5, 1, 1.5, 1.75,
    ]);
  });

  it('caps a target above 4.5 mg and says why (D1)', () => {
    const schedule = buildTitrationSchedule({ targetDoseMg: 6, stepDoseMg: 1.5, stepDays: 7 });
    expect(schedule.steps.map((s) => s.doseMg)).to.deep.equal([1.5, 3, 4.5]);
    expect(schedule.caps).to.deep.equal([
      {
        kind: 'maximum',
        property: 'targetDoseMg',
        requestedMg: 6,
        maxMg: 4.5,
        reason: kb.dosing.maximum.reason,
        factIds: ['D1'],
        sourceIds: ['verywell-2023'],
      },
    ]);
    expect(schedule.input.targetDoseMg, 'the request is kept for display').to.equal(6);
  });

  it('caps at 3 mg with spasticity, even the default target, and says why (D2)', () => {
    const schedule = buildTitrationSchedule({ spasticity: true });
    expect(schedule.steps.map((s) => s.doseMg)).to.deep.equal([1.5, 3]);
    expect(schedule).to.include({ maxDoseMg: 3, limit: 'spasticity', finalDoseMg: 3 });
    expect(schedule.caps).to.have.length(1);
    expect(schedule.caps[0]).to.include({ kind: 'spasticity', property: 'targetDoseMg', requestedMg: 4.5, maxMg: 3 });
    expect(schedule.caps[0]!.factIds).to.deep.equal(['D2']);
    expect(schedule.caps[0]!.reason.en).to.contain('3 mg');
    expect(schedule.caps[0]!.reason.es).to.contain('3 mg');
    expect(buildTitrationSchedule({ spasticity: true, targetDoseMg: 2.5 }).caps).to.deep.equal([]);
  });

  it('caps a start above the limit too', () => {
    const schedule = buildTitrationSchedule({ startDoseMg: 5, targetDoseMg: 8 });
    expect(schedule.steps).to.deep.equal([{ step: 1, doseMg: 4.5, startDay: 1 }]);
    expect(schedule.caps.map((c) => [c.property, c.requestedMg, c.maxMg])).to.deep.equal([
      ['startDoseMg', 5, 4.5],
      ['targetDoseMg', 8, 4.5],
    ]);
    const spastic = buildTitrationSchedule({ startDoseMg: 4, targetDoseMg: 4.5, spasticity: true });
    expect(spastic.steps.map((s) => s.doseMg)).to.deep.equal([3]);
    expect(spastic.caps.every((c) => c.kind === 'spasticity')).to.be.true;
  });

  it('never schedules above its limit nor goes down, for any valid input', () => {
    const dose = fc.integer({ min: 1, max: 1000 }).map((hundredths) => hundredths / 100);
    fc.assert(
      fc.property(
        dose,
        dose,
        dose,
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (a, b, stepDoseMg, stepDays, spasticity) => {
          const [startDoseMg, targetDoseMg] = a <= b ? [a, b] : [b, a];
          const schedule = buildTitrationSchedule({ startDoseMg, targetDoseMg, stepDoseMg, stepDays, spasticity });
          const limit = spasticity ? 3 : 4.5;
          let previous = 0;
          schedule.steps.forEach((step, i) => {
            expect(step.doseMg).to.be.at.most(limit).and.above(previous);
            expect(Math.round(step.doseMg * 100) / 100).to.equal(step.doseMg);
            expect(step.startDay).to.equal(i * stepDays + 1);
            previous = step.doseMg;
          });
          expect(previous).to.equal(Math.min(targetDoseMg, limit));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives mL per dose for the sublingual liquid with a concentration', () => {
    const volumes = (concentrationMgPerMl: number) =>
      buildTitrationSchedule({
        form: 'sublingual-liquid',
        concentrationMgPerMl,
        stepDoseMg: 0.75,
        stepDays: 7,
      }).steps.map((s) => s.volumeMl);
    expect(volumes(1)).to.deep.equal([1.5, 2.25, 3, 3.75, 4.5]);
    expect(volumes(1.5)).to.deep.equal([1, 1.5, 2, 2.5, 3]);
    expect(volumes(3), 'rounded to 0.01 mL').to.deep.equal([0.5, 0.75, 1, 1.25, 1.5]);
    const thirds = buildTitrationSchedule({
      form: 'sublingual-liquid',
      concentrationMgPerMl: 3,
      startDoseMg: 2.2,
      targetDoseMg: 2.2,
    });
    expect(thirds.steps[0]!.volumeMl).to.equal(0.73);
  });

  it('gives no volume for a liquid without a concentration, nor for other forms', () => {
    for (const input of [
      { form: 'sublingual-liquid' },
      { form: 'capsule' },
      { form: 'transdermal' },
      {},
    ] as TitrationInput[]) {
      expect(buildTitrationSchedule(input).steps.every((s) => s.volumeMl === undefined)).to.be.true;
    }
  });

  it('dates steps across month ends, leap days and year ends (UTC, inclusive ends)', () => {
    const dates = (startDate: string, stepDays: number) =>
      buildTitrationSchedule({ startDate, stepDoseMg: 1.5, stepDays }).steps.map((s) => [s.startDate, s.endDate]);
    expect(dates('2025-01-25', 7)).to.deep.equal([
      ['2025-01-25', '2025-01-31'],
      ['2025-02-01', '2025-02-07'],
      ['2025-02-08', undefined],
    ]);
    expect(dates('2024-02-20', 10)).to.deep.equal([
      ['2024-02-20', '2024-02-29'],
      ['2024-03-01', '2024-03-10'],
      ['2024-03-11', undefined],
    ]);
    expect(dates('2025-02-20', 10)[1]).to.deep.equal(['2025-03-02', '2025-03-11']);
    expect(dates('2024-12-25', 7)[1]).to.deep.equal(['2025-01-01', '2025-01-07']);
    expect(addDaysToIsoDate('2100-02-28', 1), '2100 is not a leap year').to.equal('2100-03-01');
    expect(addDaysToIsoDate('2000-02-28', 1), '2000 is').to.equal('2000-02-29');
    expect(addDaysToIsoDate('2025-03-30', 1), 'not moved by a daylight-saving change').to.equal('2025-03-31');
    expect(addDaysToIsoDate('1900-01-01', 365)).to.equal('1901-01-01');
  });

  it('accepts a portal knowledge base and uses its example step', () => {
    const portal: KnowledgeBase = { ...kb, dosing: { ...kb.dosing, exampleStep: { doseMg: 0.5, days: 7 } } };
    const schedule = buildTitrationSchedule({}, { knowledgeBase: portal });
    expect(schedule.steps.map((s) => s.doseMg)).to.deep.equal([1.5, 2, 2.5, 3, 3.5, 4, 4.5]);
    expect(schedule.input.stepDays).to.equal(7);
  });

  it('fails closed on a portal protocol that would loosen the limits', () => {
    const portal = {
      ...kb,
      dosing: { ...kb.dosing, spasticityMaximum: { ...kb.dosing.spasticityMaximum, maxMg: 10 } },
    };
    const error = rejectionOf({ spasticity: true }, { knowledgeBase: portal });
    expect(error.issues[0]!.path).to.deep.equal(['dosing', 'spasticityMaximum', 'maxMg']);
  });
});

describe('buildTitrationSchedule: doses too small to count (regression: 0 mg step, endless loop)', () => {
  // Each of these passed the old "at most 2 decimals" check (within its rounding tolerance) and
  // rounded to 0 hundredths: a 0 mg dose threw a plain Error, a 0 mg step looped forever.
  const tiny = [2.220446049250313e-16, 1e-9, Number.MIN_VALUE, 0.004, 0.009];
  for (const property of ['startDoseMg', 'targetDoseMg', 'stepDoseMg'] as const) {
    it(`rejects a ${property} below 0.01 mg with LdnValidationError naming it`, () => {
      for (const value of tiny) {
        const error = rejectionOf({ [property]: value });
        expect(error.issues[0]!.path, String(value)).to.deep.equal([property]);
        expect(error.message, String(value)).to.contain(property).and.contain('at least 0.01 mg');
      }
    });
  }

  it('returns instead of looping on a step of 1e-9 mg', () => {
    expect(rejectionOf({ stepDoseMg: 1e-9 }).issues[0]!.path).to.deep.equal(['stepDoseMg']);
  });

  it('still accepts 0.01 mg, the finest dose, and builds the longest schedule (450 steps)', () => {
    expect(doses({ startDoseMg: 0.01, targetDoseMg: 0.01 })).to.deep.equal([0.01]);
    const finest = doses({ startDoseMg: 0.01, stepDoseMg: 0.01, stepDays: 1 });
    expect(finest).to.have.length(450);
    expect(finest.at(-1)).to.equal(4.5);
  });

  it('refuses a portal protocol that raises the article’s limits (4.5 mg; 3 mg with spasticity)', () => {
    const withMaximum = (maxMg: number): KnowledgeBase => ({
      ...kb,
      dosing: { ...kb.dosing, maximum: { ...kb.dosing.maximum, maxMg } },
    });
    const error = rejectionOf({ targetDoseMg: 4.5 }, { knowledgeBase: withMaximum(10) });
    expect(error.issues[0]!.path).to.deep.equal(['dosing', 'maximum', 'maxMg']);
    // Lowering is allowed: a portal may be stricter than the article.
    const stricter = buildTitrationSchedule({ targetDoseMg: 4.5 }, { knowledgeBase: withMaximum(3.5) });
    expect(Math.max(...stricter.steps.map((s) => s.doseMg))).to.equal(3.5);
    // ${MAX_TITRATION_STEPS} bounds the loop as a second guard; 450 steps of 0.01 mg are the most the limits allow.
    expect(MAX_TITRATION_STEPS).to.be.greaterThan(450);
  });
});

describe('buildTitrationSchedule: options (regression: null options threw TypeError)', () => {
  it('treats null or undefined options as none', () => {
    const expected = buildTitrationSchedule({});
    expect(buildTitrationSchedule({}, null as never)).to.deep.equal(expected);
    expect(buildTitrationSchedule({}, undefined)).to.deep.equal(expected);
    expect(buildTitrationSchedule({}, { knowledgeBase: undefined })).to.deep.equal(expected);
  });

  it('rejects options that are not an object, and unknown options (a typo must not be ignored)', () => {
    for (const options of ['kb', 5, true, [], () => undefined]) {
      expect(() => buildTitrationSchedule({}, options as never), String(options)).to.throw(LdnValidationError);
    }
    const typo = rejectionOf({}, { knowledgebase: kb });
    expect(typo.issues[0]!.code).to.equal('unrecognized_keys');
    expect(typo.message).to.contain('titration options');
  });

  it('fails closed on a portal knowledge base that is null, empty or only partly there', () => {
    // Before, `null` quietly fell back to the built-in data and only `dosing` was checked.
    for (const knowledgeBase of [null, {}, 'kb', { dosing: kb.dosing }, { ...kb, statements: 'none' }]) {
      expect(
        () => buildTitrationSchedule({}, { knowledgeBase } as never),
        JSON.stringify(knowledgeBase)?.slice(0, 40),
      ).to.throw(LdnValidationError);
    }
  });
});

describe('buildTitrationSchedule: nonsense is rejected with the property named, never guessed', () => {
  const cases: [string, unknown, string, string?][] = [
    ['a negative start', { startDoseMg: -1 }, 'startDoseMg'],
    ['a zero start', { startDoseMg: 0 }, 'startDoseMg'],
    ['NaN', { targetDoseMg: Number.NaN }, 'targetDoseMg'],
    ['Infinity', { targetDoseMg: Number.POSITIVE_INFINITY }, 'targetDoseMg'],
    ['a dose in text', { targetDoseMg: '4.5' }, 'targetDoseMg'],
    ['three decimals', { startDoseMg: 1.555 }, 'startDoseMg', 'decimals'],
    ['a zero step', { stepDoseMg: 0 }, 'stepDoseMg'],
    ['a negative step', { stepDoseMg: -0.5 }, 'stepDoseMg'],
    ['zero days', { stepDays: 0 }, 'stepDays'],
    ['part of a day', { stepDays: 1.5 }, 'stepDays'],
    ['more than a year between steps', { stepDays: 366 }, 'stepDays'],
    ['a start above the target', { startDoseMg: 3, targetDoseMg: 1.5 }, 'startDoseMg', 'start-above-target'],
    ['an unknown form', { form: 'tablet' }, 'form'],
    ['spasticity as text', { spasticity: 'yes' }, 'spasticity'],
    ['an impossible date', { startDate: '2025-02-30' }, 'startDate'],
    ['29 February in a common year', { startDate: '2023-02-29' }, 'startDate'],
    ['a date in another format', { startDate: '03/01/2025' }, 'startDate'],
    ['an empty date', { startDate: '' }, 'startDate'],
    ['a date far in the future', { startDate: '9999-01-01' }, 'startDate', 'date-range'],
    ['a zero concentration', { form: 'sublingual-liquid', concentrationMgPerMl: 0 }, 'concentrationMgPerMl'],
    [
      'a concentration for capsules',
      { form: 'capsule', concentrationMgPerMl: 1 },
      'concentrationMgPerMl',
      'concentration-without-liquid',
    ],
    [
      'a concentration without a form',
      { concentrationMgPerMl: 1 },
      'concentrationMgPerMl',
      'concentration-without-liquid',
    ],
    [
      'a concentration too strong to measure',
      { form: 'sublingual-liquid', concentrationMgPerMl: 50 },
      'concentrationMgPerMl',
      'volume-too-small',
    ],
  ];
  for (const [what, input, property, rule] of cases) {
    it(`rejects ${what}`, () => {
      const error = rejectionOf(input);
      expect(error.issues[0]!.path).to.deep.equal([property]);
      expect(error.message).to.contain(property);
      if (rule) expect((error.issues[0] as { params?: { rule?: string } }).params?.rule).to.equal(rule);
    });
  }

  it('rejects an unknown property (a typo must not be ignored silently)', () => {
    const error = rejectionOf({ startDose: 1.5 });
    expect(error.issues[0]!.code).to.equal('unrecognized_keys');
  });

  it('reports every bad property at once', () => {
    const error = rejectionOf({ startDoseMg: -1, form: 'x', stepDays: 0 });
    expect(error.issues.map((i) => i.path[0])).to.have.members(['startDoseMg', 'form', 'stepDays']);
  });

  it('exports the input schema for portals to validate with', () => {
    expect(TitrationInputSchema.safeParse({ startDoseMg: 1.5, form: 'transdermal', startDate: '2024-02-29' }).success)
      .to.be.true;
    expect(TitrationInputSchema.safeParse({ startDate: '2025-02-30' }).success).to.be.false;
  });
});
