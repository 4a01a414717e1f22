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
 * Why a medication belongs to a class, in words a person can check ("contains buprenorphine, an
 * opioid"), and the reference that says so. The article names only a few members of each class.
 */
export const ClassMembershipSchema = z.strictObject({
  classId: IdSchema,
  /** Completes "<name> …": "contains buprenorphine, an opioid" / "contiene buprenorfina, un opioide". */
  reason: LocalizedTextSchema,
  sourceId: IdSchema,
});
export type ClassMembership = z.infer<typeof ClassMembershipSchema>;

/**
 * A medication (one ingredient or one fixed combination) with every name a person may type.
 * Interaction rules attach to classes, so a member the article never names still gets its finding.
 */
export const MedicationSchema = z
  .strictObject({
    id: IdSchema,
    /** The generic name as shown ("hydrocodone and acetaminophen"). */
    genericName: NonEmptyString,
    /** The generic name in Spanish as US Spanish patient sources write it ("hidrocodona y acetaminofén"). */
    genericNameEs: z.optional(NonEmptyString),
    names: z.array(MedicationNameSchema).check(z.minLength(1)),
    classIds: z.array(IdSchema),
    /** Why it is in each class and where that comes from; a class with none is credited to the class's sources. */
    memberships: z.optional(z.array(ClassMembershipSchema)),
    codes: z.array(VerifiedCodeSchema),
  })
  // A reason for a class the medication is not in would credit the wrong finding.
  .check(
    z.refine((m) => (m.memberships ?? []).every((entry) => m.classIds.includes(entry.classId)), {
      message: "a membership must name one of the medication's classes",
      path: ['memberships'],
    }),
  );
export type Medication = z.infer<typeof MedicationSchema>;

/** A pharmacological class (interferon beta, opioids); membership is recorded per medication. */
export const MedicationClassSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  ...ProvenanceShape,
});
export type MedicationClass = z.infer<typeof MedicationClassSchema>;
