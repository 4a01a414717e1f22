import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildTitrationSchedule, DOSE_FORMS, LdnValidationError } from '../../../src/core/index.js';
import { MAX_STEP_DAYS } from '../../../src/core/schemas/dosing.js';
import {
  anyValue,
  hundredthsOfMg,
  isoDate,
  plausibleTitrationInput as plausibleInput,
  hostileNumber,
  hostileRecord,
  hostileString,
  returnsOrRejects,
  runs,
  keepBuiltInDataAndPrototypesIntact,
} from './arbitraries.js';

const MAXIMUM_MG = 4.5; // D1
const SPASTICITY_MAXIMUM_MG = 3; // D2

const round2 = (value: number) => Math.round(value * 100) / 100;
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('buildTitrationSchedule — properties', () => {
  keepBuiltInDataAndPrototypesIntact();

  it('returns a schedule or throws LdnValidationError for any input', () => {
    const hostileInput = fc.oneof(
      anyValue,
      // Only the numbers, so that one awkward number is often the only thing wrong.
      fc.record(
        { startDoseMg: hostileNumber, targetDoseMg: hostileNumber, stepDoseMg: hostileNumber, stepDays: hostileNumber },
        { requiredKeys: [] },
      ),
      hostileRecord({
        startDoseMg: fc.oneof(hundredthsOfMg(1, 1000), hostileNumber),
        targetDoseMg: fc.oneof(hundredthsOfMg(1, 1000), hostileNumber),
        stepDoseMg: fc.oneof(hundredthsOfMg(1, 600), hostileNumber),
        stepDays: fc.oneof(fc.integer({ min: 1, max: MAX_STEP_DAYS }), hostileNumber),
        spasticity: fc.boolean(),
        form: fc.oneof(fc.constantFrom(...DOSE_FORMS), hostileString),
        concentrationMgPerMl: hostileNumber,
        startDate: fc.oneof(isoDate, hostileString, fc.constantFrom('2024-02-30', '0000-01-01', '+020000-01-01')),
      }),
    );
    fc.assert(
      fc.property(hostileInput, (input) => {
        returnsOrRejects(() => buildTitrationSchedule(input as never));
      }),
      runs(500),
    );
  });

  it('returns a schedule or throws LdnValidationError for any options', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, hostileRecord({ knowledgeBase: anyValue })), (options) => {
        returnsOrRejects(() => buildTitrationSchedule({}, options as never));
      }),
      runs(300),
    );
  });

  it('never schedules a dose above 4.5 mg, nor above 3 mg with spasticity, and says when it capped', () => {
    fc.assert(
      fc.property(plausibleInput, (input) => {
        const outcome = returnsOrRejects(() => buildTitrationSchedule(input));
        if (!outcome.ok) return;
        const schedule = outcome.value;
        const cap = input.spasticity ? SPASTICITY_MAXIMUM_MG : MAXIMUM_MG;
        expect(schedule.maxDoseMg).to.equal(cap);
        expect(schedule.limit).to.equal(input.spasticity ? 'spasticity' : 'maximum');
        for (const step of schedule.steps) expect(step.doseMg, `step ${step.step}`).to.be.at.most(cap);
        expect(schedule.finalDoseMg).to.be.at.most(cap);

        const requestedTarget = input.targetDoseMg ?? MAXIMUM_MG;
        const cappedTarget = schedule.caps.find((c) => c.property === 'targetDoseMg');
        expect(cappedTarget !== undefined, `target ${requestedTarget} capped`).to.equal(requestedTarget > cap);
        if (input.startDoseMg !== undefined) {
          const cappedStart = schedule.caps.find((c) => c.property === 'startDoseMg');
          expect(cappedStart !== undefined, `start ${input.startDoseMg} capped`).to.equal(input.startDoseMg > cap);
        }
        for (const applied of schedule.caps) {
          expect(applied.maxMg).to.equal(cap);
          expect(applied.requestedMg).to.be.above(cap);
          expect(applied.kind).to.equal(schedule.limit);
          expect(applied.reason.en).to.match(/\S/);
          expect(applied.reason.es).to.match(/\S/);
          expect(applied.factIds).to.include(input.spasticity ? 'D2' : 'D1');
        }
        expect(schedule.finalDoseMg).to.equal(Math.min(requestedTarget, cap));
      }),
      runs(500),
    );
  });

  it('orders steps by day without gaps or overlaps, with rising doses, dates and liquid volumes', () => {
    fc.assert(
      fc.property(plausibleInput, (input) => {
        const outcome = returnsOrRejects(() => buildTitrationSchedule(input));
        if (!outcome.ok) return;
        const { steps, finalDoseMg } = outcome.value;
        expect(steps.length).to.be.at.least(1);
        expect(steps[0]!.startDay).to.equal(1);
        steps.forEach((step, i) => {
          expect(step.step).to.equal(i + 1);
          expect(Number.isInteger(Math.round(step.doseMg * 100)) && step.doseMg > 0).to.equal(true);
          expect(round2(step.doseMg)).to.equal(step.doseMg);
          const next = steps[i + 1];
          if (next) {
            expect(step.endDay, `step ${step.step} ends`).to.be.a('number');
            expect(step.endDay!).to.be.at.least(step.startDay);
            expect(next.startDay).to.equal(step.endDay! + 1);
            expect(next.doseMg, 'doses rise').to.be.above(step.doseMg);
          } else {
            expect(step.endDay, 'the last step continues').to.equal(undefined);
            expect(step.doseMg).to.equal(finalDoseMg);
          }
          if (input.startDate !== undefined) {
            if (i === 0) expect(step.startDate).to.equal(input.startDate);
            if (next) expect(nextDay(step.endDate!)).to.equal(next.startDate);
          } else {
            expect(step.startDate).to.equal(undefined);
          }
          if (input.concentrationMgPerMl !== undefined) {
            expect(step.volumeMl, 'volume').to.be.a('number');
            expect(Number.isFinite(step.volumeMl!), `finite volume for ${input.concentrationMgPerMl} mg/mL`).to.equal(
              true,
            );
            expect(step.volumeMl).to.equal(round2(step.doseMg / input.concentrationMgPerMl));
          } else {
            expect(step.volumeMl).to.equal(undefined);
          }
        });
      }),
      runs(500),
    );
  });

  it('rejects every dose too small to count in hundredths of a mg with LdnValidationError', () => {
    // 1e-9 mg passes the "at most two decimals" check (1e-7 hundredths is within its 1e-6
    // tolerance), rounds to 0 mg, and the internal invariant check throws a plain Error.
    fc.assert(
      fc.property(
        fc.double({ min: Number.MIN_VALUE, max: 4.9e-3, noNaN: true }),
        fc.constantFrom('startDoseMg', 'targetDoseMg'),
        (tiny, property) => {
          returnsOrRejects(() => buildTitrationSchedule({ [property]: tiny }));
        },
      ),
      runs(200),
    );
  });

  it('rejects a step too small to count in hundredths of a mg (it once looped forever)', () => {
    expect(() => buildTitrationSchedule({ stepDoseMg: 1e-9 })).to.throw(LdnValidationError);
  });
});
