import * as z from 'zod/mini';

/**
 * The parts of FHIR R4 resources the adapter reads. Objects are loose (real resources carry many
 * more fields) and each field we read is lenient: a field of the wrong type reads as absent
 * instead of failing the resource, so the rest of it is still read, and what is then missing
 * (no code, no medication) is reported in `skipped` rather than guessed.
 */
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const text = lenient(z.string());

export const CodingSchema = z.looseObject({ system: text, code: text, display: text });
export type Coding = z.infer<typeof CodingSchema>;

/** A list whose malformed items are dropped, not fatal. */
const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((items) =>
      items.flatMap((value) => {
        const parsed = item.safeParse(value);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    ),
  );

export const CodeableConceptSchema = z.looseObject({ coding: z.optional(listOf(CodingSchema)), text });
export type CodeableConcept = z.infer<typeof CodeableConceptSchema>;
const concept = lenient(CodeableConceptSchema);

export const ReferenceSchema = z.looseObject({ reference: text, display: text });
export type Reference = z.infer<typeof ReferenceSchema>;
const reference = lenient(ReferenceSchema);

/** Any resource: what every entry must have to be read at all. */
export const AnyResourceSchema = z.looseObject({ resourceType: z.string(), id: text });
export type AnyResource = z.infer<typeof AnyResourceSchema>;

const contained = z.optional(listOf(z.looseObject({ resourceType: z.string(), id: text })));

export const IngredientSchema = z.looseObject({ itemCodeableConcept: concept, itemReference: reference });

export const MedicationResourceSchema = z.looseObject({
  resourceType: z.literal('Medication'),
  id: text,
  code: concept,
  ingredient: z.optional(listOf(IngredientSchema)),
  contained,
});
export type MedicationResource = z.infer<typeof MedicationResourceSchema>;

export const SubstanceResourceSchema = z.looseObject({ resourceType: z.literal('Substance'), id: text, code: concept });

/** The resources that say a person takes (or was given) a medicine. */
export const MEDICATION_USE_TYPES = [
  'MedicationStatement',
  'MedicationRequest',
  'MedicationDispense',
  'MedicationAdministration',
] as const;
export type MedicationUseType = (typeof MEDICATION_USE_TYPES)[number];

export const MedicationUseSchema = z.looseObject({
  resourceType: z.enum(MEDICATION_USE_TYPES),
  id: text,
  status: text,
  medicationCodeableConcept: concept,
  medicationReference: reference,
  contained,
});
export type MedicationUseResource = z.infer<typeof MedicationUseSchema>;

export const ConditionResourceSchema = z.looseObject({
  resourceType: z.literal('Condition'),
  id: text,
  code: concept,
  clinicalStatus: concept,
  verificationStatus: concept,
});
export type ConditionResource = z.infer<typeof ConditionResourceSchema>;

export const ObservationResourceSchema = z.looseObject({
  resourceType: z.literal('Observation'),
  id: text,
  status: text,
  code: concept,
  valueBoolean: lenient(z.boolean()),
  valueCodeableConcept: concept,
  valueString: text,
});
export type ObservationResource = z.infer<typeof ObservationResourceSchema>;

/** A Bundle as far as the walk needs it: entries are read one by one, so each (and the list) may be anything. */
export const BundleSchema = z.looseObject({ resourceType: z.literal('Bundle'), id: text, entry: z.unknown() });

export const BundleEntrySchema = z.looseObject({ fullUrl: text, resource: z.optional(z.unknown()) });
