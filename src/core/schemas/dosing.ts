import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, ProvenanceShape } from './common.js';

export const DOSE_FORMS = ['capsule', 'sublingual-liquid', 'transdermal'] as const;
export const DoseFormSchema = z.enum(DOSE_FORMS);
export type DoseForm = z.infer<typeof DoseFormSchema>;

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
  maxMg: z.number().check(z.positive()),
  reason: LocalizedTextSchema,
  ...ProvenanceShape,
});
export type DoseLimit = z.infer<typeof DoseLimitSchema>;

/**
 * The dosing protocol D1–D10. Numbers the article gives are data here; the example step is the
 * widget's own default, shown as an example because the article gives no step size (D3).
 */
export const DosingProtocolSchema = z.strictObject({
  usualStartMg: z.number().check(z.positive()),
  maximum: DoseLimitSchema,
  spasticityMaximum: DoseLimitSchema,
  exampleStep: z.strictObject({
    doseMg: z.number().check(z.positive()),
    days: z.number().check(z.int(), z.positive()),
  }),
  monthlyCostUsd: z.strictObject({
    min: z.number().check(z.positive()),
    max: z.number().check(z.positive()),
  }),
  forms: z.array(DoseFormInfoSchema).check(z.minLength(1)),
  /** Ids of statements (in the knowledge base's `statements`) the dose card shows, in order. */
  statementIds: z.array(IdSchema).check(z.minLength(1)),
});
export type DosingProtocol = z.infer<typeof DosingProtocolSchema>;
