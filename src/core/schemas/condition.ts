import * as z from 'zod/mini';
import { LocalizedTextSchema, NonEmptyString, ProvenanceShape } from './common.js';
import { VerifiedCodeSchema } from './coding.js';

export const CONDITION_IDS = ['liver-disease', 'pregnancy', 'breastfeeding'] as const;
export const ConditionIdSchema = z.enum(CONDITION_IDS);
export type ConditionId = z.infer<typeof ConditionIdSchema>;

/** A health condition the checker asks about, with synonyms (hepatitis, cirrhosis) and codes. */
export const ConditionSchema = z.strictObject({
  id: ConditionIdSchema,
  name: LocalizedTextSchema,
  /** Longer label for the checkbox ("Liver disease, including hepatitis or cirrhosis"). */
  label: LocalizedTextSchema,
  synonyms: z.array(NonEmptyString),
  codes: z.array(VerifiedCodeSchema),
  /** FHIR resource that records it: breastfeeding is an Observation, not a Condition. */
  fhirResourceType: z.enum(['Condition', 'Observation']),
  ...ProvenanceShape,
});
export type Condition = z.infer<typeof ConditionSchema>;
