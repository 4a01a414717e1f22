import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, NonEmptyString, ProvenanceShape } from './common.js';
import { VerifiedCodeSchema } from './coding.js';

/** What kind of name a person may type. */
export const NameKindSchema = z.enum(['generic', 'brand', 'other']);
export type NameKind = z.infer<typeof NameKindSchema>;

/** One name of a medication and the reference source it came from. */
export const MedicationNameSchema = z.strictObject({
  text: NonEmptyString,
  kind: NameKindSchema,
  sourceId: IdSchema,
});
export type MedicationName = z.infer<typeof MedicationNameSchema>;

/**
 * A medication (one ingredient or one fixed combination) with every name a person may type.
 * Interaction rules attach to classes, so a member the article never names still gets its finding.
 */
export const MedicationSchema = z.strictObject({
  id: IdSchema,
  /** The generic name as shown ("hydrocodone and acetaminophen"). */
  genericName: NonEmptyString,
  names: z.array(MedicationNameSchema).check(z.minLength(1)),
  classIds: z.array(IdSchema),
  codes: z.array(VerifiedCodeSchema),
});
export type Medication = z.infer<typeof MedicationSchema>;

/** A pharmacological class (interferon beta, opioids); membership is recorded per medication. */
export const MedicationClassSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  ...ProvenanceShape,
});
export type MedicationClass = z.infer<typeof MedicationClassSchema>;
