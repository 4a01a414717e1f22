import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, NonEmptyString, ProvenanceShape } from './common.js';
import { CodedMedicationSchema } from './coding.js';
import { ConditionIdSchema } from './condition.js';

/** Severities a rule can assign. `unknown` is never a rule: it is what no rule means. */
export const RULE_SEVERITIES = ['avoid', 'caution', 'compatible'] as const;
export const RuleSeveritySchema = z.enum(RULE_SEVERITIES);

/** Every severity a finding can carry, most serious first (also the display order). */
export const SEVERITIES = ['avoid', 'caution', 'unknown', 'compatible'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const RuleTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('class'), classId: IdSchema }),
  z.strictObject({ kind: z.literal('medication'), medicationId: IdSchema }),
  z.strictObject({ kind: z.literal('condition'), conditionId: ConditionIdSchema }),
]);
export type RuleTarget = z.infer<typeof RuleTargetSchema>;

/** What LDN does with a class, a medication or a condition: one of I1–I5. */
export const InteractionRuleSchema = z.strictObject({
  id: IdSchema,
  target: RuleTargetSchema,
  severity: RuleSeveritySchema,
  explanation: LocalizedTextSchema,
  whatToDo: LocalizedTextSchema,
  ...ProvenanceShape,
});
export type InteractionRule = z.infer<typeof InteractionRuleSchema>;

/** The answer for one input: a medication or a condition. */
export const FindingSchema = z.strictObject({
  kind: z.enum(['medication', 'condition']),
  /** What the person or portal entered, as entered (the first entry this finding answers). */
  input: z.string(),
  /** Every entry this finding answers, as entered; `checkInteractions` always fills it. */
  inputs: z.optional(z.array(z.string())),
  /** The knowledge-base record it was recognised as, if any. */
  medicationId: z.optional(IdSchema),
  conditionId: z.optional(ConditionIdSchema),
  /** Display name of what was recognised ("Vicodin (hydrocodone and acetaminophen)"). */
  name: NonEmptyString,
  severity: SeveritySchema,
  ruleId: z.optional(IdSchema),
  explanation: LocalizedTextSchema,
  whatToDo: LocalizedTextSchema,
  factIds: z.array(z.string()),
  sourceIds: z.array(IdSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Longest free-text medication entry accepted (no real name is close to this long). */
export const MAX_MEDICATION_TEXT_LENGTH = 200;
/** Most entries one check accepts: more is a portal bug, not a person's medication list. */
export const MAX_CHECK_ENTRIES = 100;

/** A medication to check: free text as a person typed it, or a code (RxNorm) from a portal. */
export const MedicationInputSchema = z.union([
  z.string().check(z.maxLength(MAX_MEDICATION_TEXT_LENGTH), z.regex(/\S/, 'must not be blank')),
  CodedMedicationSchema,
]);

/** Input of `checkInteractions`: medications and conditions; unknown keys are an error. */
export const InteractionInputSchema = z.strictObject({
  medications: z.optional(z.array(MedicationInputSchema).check(z.maxLength(MAX_CHECK_ENTRIES))),
  conditions: z.optional(z.array(ConditionIdSchema).check(z.maxLength(MAX_CHECK_ENTRIES))),
});
