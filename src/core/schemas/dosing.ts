import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, ProvenanceShape } from './common.js';

export const DOSE_FORMS = ['capsule', 'sublingual-liquid', 'transdermal'] as const;
export const DoseFormSchema = z.enum(DOSE_FORMS);
export type DoseForm = z.infer<typeof DoseFormSchema>;

/** The only form measured in mL, so the only one a concentration (mg/mL) belongs to. */
export const LIQUID_FORM: DoseForm = 'sublingual-liquid';

/** Longest interval between dose steps the schedule accepts (a year); more is a typo, not a plan. */
export const MAX_STEP_DAYS = 365;

/** Start dates outside these bounds are typos (a schedule in year 20250 cannot be a plan). */
export const MIN_START_DATE = '1900-01-01';
export const MAX_START_DATE = '2999-12-31';

/**
 * The smallest dose the schedule counts: doses are whole hundredths of a mg. "Above zero" is not
 * enough, because 1e-9 mg passes the two-decimal check (within its rounding tolerance) and then
 * rounds to 0 mg, which would make a 0 mg dose or a step that never rises.
 */
export const MIN_DOSE_MG = 0.01;

/** True when a number has at most two decimals (0.01 mg is the finest dose the schedule shows). */
export function hasAtMostTwoDecimals(value: number): boolean {
  const hundredths = value * 100;
  return Math.abs(hundredths - Math.round(hundredths)) < 1e-6;
}

/** A dose in mg: finite, at least 0.01 mg, at most two decimals. */
export const DoseMgSchema = z.number({ error: 'must be a number of mg' }).check(
  z.gte(MIN_DOSE_MG, `must be at least ${MIN_DOSE_MG} mg`),
  z.refine(hasAtMostTwoDecimals, {
    message: 'must have at most 2 decimals (0.01 mg steps)',
    params: { rule: 'decimals' },
  }),
);

/** A form LDN comes in (D5), described for patients. */
export const DoseFormInfoSchema = z.strictObject({
  id: DoseFormSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  ...ProvenanceShape,
});
export type DoseFormInfo = z.infer<typeof DoseFormInfoSchema>;

/** A dose limit the schedule enforces, with why (D1: 4.5 mg; D2: 3 mg with spasticity). */
export const DoseLimitSchema = z.strictObject({
  maxMg: DoseMgSchema,
  reason: LocalizedTextSchema,
  ...ProvenanceShape,
});
export type DoseLimit = z.infer<typeof DoseLimitSchema>;

/** The article's limits (D1, D2): the most a schedule may ever reach, whatever the data says. */
export const ARTICLE_MAXIMUM_MG = 4.5;
export const ARTICLE_SPASTICITY_MAXIMUM_MG = 3;

/**
 * The dosing protocol D1–D10. Numbers the article gives are data here; the example step is the
 * widget's own default, shown as an example because the article gives no step size (D3).
 * The checks below keep a portal's protocol coherent: the spasticity limit can never be the
 * looser one, and every form the dose card accepts has a description.
 */
export const DosingProtocolSchema = z
  .strictObject({
    usualStartMg: DoseMgSchema,
    maximum: DoseLimitSchema,
    spasticityMaximum: DoseLimitSchema,
    exampleStep: z.strictObject({
      doseMg: DoseMgSchema,
      days: z.number().check(z.int(), z.positive(), z.lte(MAX_STEP_DAYS)),
    }),
    monthlyCostUsd: z.strictObject({
      min: z.number().check(z.positive()),
      max: z.number().check(z.positive()),
    }),
    forms: z.array(DoseFormInfoSchema).check(z.minLength(1)),
    /** Ids of statements (in the knowledge base's `statements`) the dose card shows, in order. */
    statementIds: z.array(IdSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((protocol, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.issues.push({ code: 'custom', path, message, input: protocol });
      // No data may loosen the article's limits (D1: 4.5 mg; D2: 3 mg with spasticity); a portal may only lower them.
      if (protocol.maximum.maxMg > ARTICLE_MAXIMUM_MG)
        issue(['maximum', 'maxMg'], `must not be above ${ARTICLE_MAXIMUM_MG} mg (D1)`);
      if (protocol.spasticityMaximum.maxMg > ARTICLE_SPASTICITY_MAXIMUM_MG) {
        issue(['spasticityMaximum', 'maxMg'], `must not be above ${ARTICLE_SPASTICITY_MAXIMUM_MG} mg (D2)`);
      }
      if (protocol.spasticityMaximum.maxMg > protocol.maximum.maxMg) {
        issue(['spasticityMaximum', 'maxMg'], 'must not be above maximum.maxMg');
      }
      if (protocol.usualStartMg > protocol.maximum.maxMg) issue(['usualStartMg'], 'must not be above maximum.maxMg');
      if (protocol.monthlyCostUsd.min > protocol.monthlyCostUsd.max) {
        issue(['monthlyCostUsd', 'min'], 'must not be above monthlyCostUsd.max');
      }
      DOSE_FORMS.forEach((form) => {
        const count = protocol.forms.filter((f) => f.id === form).length;
        if (count !== 1) issue(['forms'], `must describe the form "${form}" exactly once`);
      });
    }),
  );
export type DosingProtocol = z.infer<typeof DosingProtocolSchema>;

/**
 * What `buildTitrationSchedule` accepts. Every field is optional: the start defaults to the
 * usual 1.5 mg (D3), the target to the 4.5 mg maximum (D1), the step to the knowledge base's
 * example. Anything nonsensical is rejected (never guessed); issue paths name the property.
 */
export const TitrationInputSchema = z
  .strictObject({
    /** First daily dose, mg. */
    startDoseMg: z.optional(DoseMgSchema),
    /** Daily dose to reach, mg (capped at 4.5 mg, or 3 mg with spasticity). */
    targetDoseMg: z.optional(DoseMgSchema),
    /** How much the daily dose goes up at each step, mg. */
    stepDoseMg: z.optional(DoseMgSchema),
    /** Days at each dose before the next step. */
    stepDays: z.optional(
      z
        .number({ error: 'must be a number of days' })
        .check(
          z.int('must be a whole number of days'),
          z.positive('must be at least 1 day'),
          z.lte(MAX_STEP_DAYS, `must be at most ${MAX_STEP_DAYS} days`),
        ),
    ),
    /** Any form of spasticity: the daily dose is capped at 3 mg (D2). */
    spasticity: z.optional(z.boolean({ error: 'must be true or false' })),
    /** The form (D5). */
    form: z.optional(z.enum(DOSE_FORMS, { error: `must be one of ${DOSE_FORMS.join(', ')}` })),
    /** Strength of the sublingual liquid, mg per mL: gives mL per dose. */
    concentrationMgPerMl: z.optional(
      z.number({ error: 'must be a number of mg per mL' }).check(z.positive('must be more than 0 mg/mL')),
    ),
    /** First day of the schedule (YYYY-MM-DD, a real calendar date): gives calendar dates. */
    startDate: z.optional(
      z.iso.date({ error: 'must be a real calendar date written YYYY-MM-DD' }).check(
        z.refine((date) => date >= MIN_START_DATE && date <= MAX_START_DATE, {
          message: `must be between ${MIN_START_DATE} and ${MAX_START_DATE}`,
          params: { rule: 'date-range' },
        }),
      ),
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (
        input.startDoseMg !== undefined &&
        input.targetDoseMg !== undefined &&
        input.startDoseMg > input.targetDoseMg
      ) {
        ctx.issues.push({
          code: 'custom',
          path: ['startDoseMg'],
          message: 'must not be above targetDoseMg',
          params: { rule: 'start-above-target' },
          input: input.startDoseMg,
        });
      }
      // A strength in mg/mL only means something for a liquid; with another form (or none) the
      // page has contradicted itself, and a clinician would rather be asked than have us pick.
      if (input.concentrationMgPerMl !== undefined && input.form !== LIQUID_FORM) {
        ctx.issues.push({
          code: 'custom',
          path: ['concentrationMgPerMl'],
          message: `only applies to form "${LIQUID_FORM}"`,
          params: { rule: 'concentration-without-liquid' },
          input: input.concentrationMgPerMl,
        });
      }
    }),
  );
export type TitrationInput = z.input<typeof TitrationInputSchema>;

/**
 * What `buildTitrationSchedule` accepts as options. Strict: a misspelt `knowledgeBase` must not
 * silently fall back to the built-in data. The knowledge base itself is validated in full by the
 * engine (it is `unknown` here so that its issues keep their own paths).
 */
export const TitrationOptionsSchema = z.strictObject({
  /** A portal's knowledge base, validated before use. */
  knowledgeBase: z.optional(z.unknown()),
});
