import { deepFreeze } from './deep-freeze.js';
import { LdnValidationError, parseOrThrow, type ValidationIssue } from './errors.js';
import type { FactId, LocalizedText } from './schemas/common.js';
import {
  LIQUID_FORM,
  TitrationInputSchema,
  TitrationOptionsSchema,
  type DoseForm,
  type DoseLimit,
  type DosingProtocol,
  type TitrationInput,
} from './schemas/dosing.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';
import { resolveKnowledgeBase } from './knowledge-base.js';

export type { TitrationInput };

/** Smallest liquid volume a step may need: below it, two-decimal mL would be too coarse to show. */
export const MIN_VOLUME_ML = 0.1;

/**
 * Most steps a schedule may have. The finest schedule the built-in limits allow (0.01 mg steps
 * from 0.01 mg up to 4.5 mg) has 450; only a portal protocol with a far higher maximum could ask
 * for more, and a table of thousands of rows is not a plan. It also bounds the loop below.
 */
export const MAX_TITRATION_STEPS = 1000;

/** Which limit capped a dose: the 4.5 mg maximum (D1) or the 3 mg spasticity limit (D2). */
export type DoseCapKind = 'maximum' | 'spasticity';

/** A dose the page asked for that the schedule lowered, and why. */
export interface DoseCap {
  kind: DoseCapKind;
  /** The input that was lowered. */
  property: 'startDoseMg' | 'targetDoseMg';
  /** What the page asked for, mg per day. */
  requestedMg: number;
  /** What the schedule uses instead: the limit, mg per day. */
  maxMg: number;
  reason: LocalizedText;
  factIds: FactId[];
  sourceIds: string[];
}

/** One dose of the schedule and how long it lasts. Day 1 is the first day of the schedule. */
export interface TitrationStep {
  /** Position in the schedule, from 1. */
  step: number;
  /** Daily dose, mg (a multiple of 0.01). */
  doseMg: number;
  /** First day on this dose. */
  startDay: number;
  /** Last day on this dose (inclusive). Absent on the last step: that dose continues. */
  endDay?: number;
  /** `startDay` as a date (YYYY-MM-DD) when the input has a `startDate`. */
  startDate?: string;
  /** `endDay` as a date (YYYY-MM-DD, inclusive) when the input has a `startDate`. */
  endDate?: string;
  /** mL of liquid per dose, rounded to 0.01 mL: only for the sublingual liquid with a concentration. */
  volumeMl?: number;
}

/** The input with every default filled in, as the schedule used it (before capping). */
export interface ResolvedTitrationInput {
  startDoseMg: number;
  targetDoseMg: number;
  stepDoseMg: number;
  stepDays: number;
  spasticity: boolean;
  form?: DoseForm;
  concentrationMgPerMl?: number;
  startDate?: string;
}

export interface TitrationSchedule {
  input: ResolvedTitrationInput;
  /** Ordered by day; doses rise and never exceed `maxDoseMg`. The last step continues. */
  steps: TitrationStep[];
  /** Inputs lowered to the limit, with the reason (empty when nothing was capped). */
  caps: DoseCap[];
  /** The limit in force: 4.5 mg a day, or 3 mg with spasticity. */
  maxDoseMg: number;
  /** Which limit is in force. */
  limit: DoseCapKind;
  /** The daily dose the schedule reaches and stays on. */
  finalDoseMg: number;
  /**
   * True when the schedule rises and the page did not give the step size or the interval: the
   * knowledge base's example filled the gap, and it must be shown as an example (D3).
   */
  usesExampleStep: boolean;
  /** Which of the two step inputs came from the example. */
  exampleStepParts: ('stepDoseMg' | 'stepDays')[];
}

export interface TitrationOptions {
  /** A portal's knowledge base; it is validated in full (once per object) before use. */
  knowledgeBase?: KnowledgeBase;
}

/**
 * The dosing protocol to use. Options are parsed strictly, and a portal's knowledge base is
 * validated in full, so `null`, a typo or bad data fails closed with `LdnValidationError`
 * instead of quietly falling back to the built-in limits.
 */
function protocolOf(options: unknown): DosingProtocol {
  const { knowledgeBase } = parseOrThrow(TitrationOptionsSchema, options ?? {}, 'titration options');
  return resolveKnowledgeBase(knowledgeBase).dosing;
}

/** Doses are counted in whole hundredths of a mg so that 1.5 + 1.5 + 1.5 is exactly 4.5. */
const toHundredths = (mg: number): number => Math.round(mg * 100);
const fromHundredths = (hundredths: number): number => hundredths / 100;

/** Adds days to a YYYY-MM-DD date in UTC, so month ends, leap years and time zones cannot shift it. */
export function addDaysToIsoDate(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + days);
  const yyyy = String(date.getUTCFullYear()).padStart(4, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(date.getUTCDate()).padStart(2, '0');
  return `${yyyy}-${mm}-${dd}`;
}

function capFor(kind: DoseCapKind, limit: DoseLimit, property: DoseCap['property'], requestedMg: number): DoseCap {
  return {
    kind,
    property,
    requestedMg,
    maxMg: limit.maxMg,
    reason: limit.reason,
    factIds: [...limit.factIds],
    sourceIds: [...limit.sourceIds],
  };
}

/** An issue on the step size, thrown before any loop runs (see `countSteps`). */
function stepIssue(message: string, rule: string, stepDoseMg: number): LdnValidationError {
  const issue = { code: 'custom', path: ['stepDoseMg'], message, params: { rule }, input: stepDoseMg };
  return new LdnValidationError(`Invalid titration input at stepDoseMg: ${message}`, [issue as ValidationIssue]);
}

/**
 * How many steps go from `start` to `target` (hundredths of a mg). Checked before building so
 * that no input can make the loop run unbounded: a step that rounds to 0 hundredths would never
 * reach the target. The schema already rejects such steps; this guard keeps the engine safe on
 * its own.
 */
function countSteps(startHundredths: number, targetHundredths: number, stepHundredths: number, stepDoseMg: number) {
  if (!(stepHundredths >= 1)) {
    throw stepIssue(`must be at least ${fromHundredths(1)} mg`, 'step-too-small', stepDoseMg);
  }
  const count = 1 + Math.ceil(Math.max(0, targetHundredths - startHundredths) / stepHundredths);
  if (!(count <= MAX_TITRATION_STEPS)) {
    throw stepIssue(
      `gives ${count} steps; a schedule may have at most ${MAX_TITRATION_STEPS}`,
      'too-many-steps',
      stepDoseMg,
    );
  }
  return count;
}

function volumeIssue(concentration: number, doseMg: number): ValidationIssue {
  return {
    code: 'custom',
    path: ['concentrationMgPerMl'],
    message: `gives less than ${MIN_VOLUME_ML} mL for a ${doseMg} mg dose, too small to show precisely`,
    params: { rule: 'volume-too-small' },
    input: concentration,
  } as ValidationIssue;
}

/** Fails loudly if a schedule ever breaks the rules it exists to keep (a bug, never shown). */
function assertSafe(schedule: TitrationSchedule): void {
  let previous = 0;
  for (const step of schedule.steps) {
    if (step.doseMg > schedule.maxDoseMg || step.doseMg <= previous) {
      throw new Error(`Titration invariant broken at step ${step.step} (${step.doseMg} mg)`);
    }
    previous = step.doseMg;
  }
  if (previous !== schedule.finalDoseMg) throw new Error('Titration schedule does not end on its final dose');
}

/**
 * Builds the titration schedule: from the start dose, up by the step every interval, to the
 * target. The daily dose never goes above 4.5 mg (D1), nor above 3 mg with spasticity (D2): a
 * start or target above the limit is lowered to it and reported in `caps` with the reason. The
 * last step may be smaller than the others so the schedule lands exactly on the target.
 *
 * Invalid input (NaN, a dose below 0.01 mg, a start above the target, an unknown form, an
 * impossible date, a concentration for a form that is not the liquid, a step so small the
 * schedule would pass `MAX_TITRATION_STEPS`) throws `LdnValidationError`; its issues' paths name
 * the input property (`['startDoseMg']`). So do unknown options (`null` means none) and an
 * invalid portal knowledge base, whose issue paths point into it (`['dosing', 'maximum', …]`).
 */
export function buildTitrationSchedule(input: TitrationInput = {}, options?: TitrationOptions): TitrationSchedule {
  const parsed = parseOrThrow(TitrationInputSchema, input, 'titration input');
  const protocol = protocolOf(options);

  const exampleStepParts: TitrationSchedule['exampleStepParts'] = [];
  if (parsed.stepDoseMg === undefined) exampleStepParts.push('stepDoseMg');
  if (parsed.stepDays === undefined) exampleStepParts.push('stepDays');

  const resolved: ResolvedTitrationInput = {
    startDoseMg: parsed.startDoseMg ?? protocol.usualStartMg,
    targetDoseMg: parsed.targetDoseMg ?? protocol.maximum.maxMg,
    stepDoseMg: parsed.stepDoseMg ?? protocol.exampleStep.doseMg,
    stepDays: parsed.stepDays ?? protocol.exampleStep.days,
    spasticity: parsed.spasticity ?? false,
  };
  if (parsed.form !== undefined) resolved.form = parsed.form;
  if (parsed.concentrationMgPerMl !== undefined) resolved.concentrationMgPerMl = parsed.concentrationMgPerMl;
  if (parsed.startDate !== undefined) resolved.startDate = parsed.startDate;

  // A default start (1.5 mg) above a page's lower target is the page's choice of target, not an
  // error: start at the target then. An explicit start above the target was rejected above.
  if (parsed.startDoseMg === undefined && resolved.startDoseMg > resolved.targetDoseMg) {
    resolved.startDoseMg = resolved.targetDoseMg;
  }

  const limitKind: DoseCapKind = resolved.spasticity ? 'spasticity' : 'maximum';
  const limit = resolved.spasticity ? protocol.spasticityMaximum : protocol.maximum;
  const maxHundredths = toHundredths(limit.maxMg);

  const caps: DoseCap[] = [];
  if (toHundredths(resolved.startDoseMg) > maxHundredths) {
    caps.push(capFor(limitKind, limit, 'startDoseMg', resolved.startDoseMg));
  }
  if (toHundredths(resolved.targetDoseMg) > maxHundredths) {
    caps.push(capFor(limitKind, limit, 'targetDoseMg', resolved.targetDoseMg));
  }
  const startHundredths = Math.min(toHundredths(resolved.startDoseMg), maxHundredths);
  const targetHundredths = Math.min(toHundredths(resolved.targetDoseMg), maxHundredths);
  const stepHundredths = toHundredths(resolved.stepDoseMg);
  const stepCount = countSteps(startHundredths, targetHundredths, stepHundredths, resolved.stepDoseMg);

  const doses: number[] = [startHundredths];
  for (let dose = startHundredths; doses.length < stepCount;) {
    dose = Math.min(dose + stepHundredths, targetHundredths);
    doses.push(dose);
  }

  const liquidConcentration = resolved.form === LIQUID_FORM ? resolved.concentrationMgPerMl : undefined;
  const volumeIssues: ValidationIssue[] = [];
  const steps = doses.map((hundredths, index): TitrationStep => {
    const doseMg = fromHundredths(hundredths);
    const isLast = index === doses.length - 1;
    const startDay = index * resolved.stepDays + 1;
    const step: TitrationStep = { step: index + 1, doseMg, startDay };
    if (!isLast) step.endDay = startDay + resolved.stepDays - 1;
    if (resolved.startDate !== undefined) {
      step.startDate = addDaysToIsoDate(resolved.startDate, startDay - 1);
      if (step.endDay !== undefined) step.endDate = addDaysToIsoDate(resolved.startDate, step.endDay - 1);
    }
    if (liquidConcentration !== undefined) {
      const volume = Math.round((doseMg / liquidConcentration) * 100) / 100;
      if (doseMg / liquidConcentration < MIN_VOLUME_ML) volumeIssues.push(volumeIssue(liquidConcentration, doseMg));
      step.volumeMl = volume;
    }
    return step;
  });
  if (volumeIssues.length > 0) {
    throw new LdnValidationError(
      `Invalid titration input at concentrationMgPerMl: ${volumeIssues[0]!.message}`,
      volumeIssues.slice(0, 1),
    );
  }

  const usesExampleStep = doses.length > 1 && exampleStepParts.length > 0;
  const schedule: TitrationSchedule = {
    input: resolved,
    steps,
    caps,
    maxDoseMg: limit.maxMg,
    limit: limitKind,
    finalDoseMg: fromHundredths(targetHundredths),
    usesExampleStep,
    exampleStepParts: usesExampleStep ? exampleStepParts : [],
  };
  assertSafe(schedule);
  // Frozen: the dose card hands this object to listeners (`ldn-schedule-change`) and to the
  // calendar writer, so no caller can change what the card or its calendar says.
  return deepFreeze(schedule);
}
