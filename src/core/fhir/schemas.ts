import * as z from 'zod/mini';

/**
 * The parts of FHIR R4 resources the adapter reads. Objects are loose: real resources carry
 * many more fields, and rejecting them would make the adapter useless. What we read is typed.
 */
export const CodingSchema = z.looseObject({
  system: z.optional(z.string()),
  code: z.optional(z.string()),
  display: z.optional(z.string()),
});
export type Coding = z.infer<typeof CodingSchema>;

export const CodeableConceptSchema = z.looseObject({
  coding: z.optional(z.array(CodingSchema)),
  text: z.optional(z.string()),
});
export type CodeableConcept = z.infer<typeof CodeableConceptSchema>;

const ReferenceSchema = z.looseObject({ reference: z.optional(z.string()), display: z.optional(z.string()) });

export const MedicationResourceSchema = z.looseObject({
  resourceType: z.literal('Medication'),
  id: z.optional(z.string()),
  code: z.optional(CodeableConceptSchema),
});
export type MedicationResource = z.infer<typeof MedicationResourceSchema>;

const medicationFields = {
  id: z.optional(z.string()),
  status: z.string(),
  medicationCodeableConcept: z.optional(CodeableConceptSchema),
  medicationReference: z.optional(ReferenceSchema),
  contained: z.optional(z.array(z.looseObject({ resourceType: z.string(), id: z.optional(z.string()) }))),
};

export const MedicationStatementSchema = z.looseObject({
  resourceType: z.literal('MedicationStatement'),
  ...medicationFields,
});
export const MedicationRequestSchema = z.looseObject({
  resourceType: z.literal('MedicationRequest'),
  ...medicationFields,
});
export type MedicationUseResource = z.infer<typeof MedicationStatementSchema> | z.infer<typeof MedicationRequestSchema>;

export const ConditionResourceSchema = z.looseObject({
  resourceType: z.literal('Condition'),
  id: z.optional(z.string()),
  code: z.optional(CodeableConceptSchema),
  clinicalStatus: z.optional(CodeableConceptSchema),
  verificationStatus: z.optional(CodeableConceptSchema),
});
export type ConditionResource = z.infer<typeof ConditionResourceSchema>;

export const ObservationResourceSchema = z.looseObject({
  resourceType: z.literal('Observation'),
  id: z.optional(z.string()),
  status: z.string(),
  code: CodeableConceptSchema,
  valueBoolean: z.optional(z.boolean()),
  valueCodeableConcept: z.optional(CodeableConceptSchema),
  valueString: z.optional(z.string()),
});
export type ObservationResource = z.infer<typeof ObservationResourceSchema>;

/** Any resource: validated by type when it is one we read, passed over otherwise. */
export const AnyResourceSchema = z.looseObject({ resourceType: z.string(), id: z.optional(z.string()) });

export const BundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z.optional(
    z.array(z.looseObject({ fullUrl: z.optional(z.string()), resource: z.optional(AnyResourceSchema) })),
  ),
});

export const FhirInputSchema = z.union([BundleSchema, z.array(AnyResourceSchema)]);
