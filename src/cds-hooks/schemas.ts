import * as z from 'zod/mini';

/**
 * Requests as CDS Hooks 2.0 defines them ("HTTP Request", "Feedback"), validated before any use.
 * Objects are loose: a client may send fields of later versions or of other hooks.
 */
const NonBlank = z.string().check(z.minLength(1), z.regex(/\S/, 'must not be blank'));

/** A FHIR Bundle as far as this service needs to trust its shape; entries are read one by one. */
export const BundleShapeSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z.optional(z.array(z.unknown())),
});

export const HookRequestSchema = z
  .looseObject({
    hook: NonBlank,
    hookInstance: NonBlank,
    fhirServer: z.optional(z.url()),
    fhirAuthorization: z.optional(
      z.looseObject({
        access_token: NonBlank,
        token_type: z.literal('Bearer'),
        expires_in: z.number(),
        scope: z.string(),
        subject: z.string(),
        patient: z.optional(z.string()),
      }),
    ),
    context: z.looseObject({}),
    prefetch: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  })
  // cds-r-1: authorization details only make sense with the server they are for.
  .check(
    z.refine((request) => request.fhirAuthorization === undefined || request.fhirServer !== undefined, {
      message: 'fhirAuthorization requires fhirServer (cds-r-1)',
      path: ['fhirAuthorization'],
    }),
  );
export type HookRequest = z.infer<typeof HookRequestSchema>;

/** `order-select` context (hook version 1.0): the selected orders and every draft of the session. */
export const OrderSelectContextSchema = z.looseObject({
  userId: NonBlank,
  patientId: NonBlank,
  encounterId: z.optional(z.string()),
  selections: z.array(NonBlank).check(z.minLength(1)),
  draftOrders: BundleShapeSchema,
});
export type OrderSelectContext = z.infer<typeof OrderSelectContextSchema>;

/** `patient-view` context (hook version 1.0). */
export const PatientViewContextSchema = z.looseObject({
  userId: NonBlank,
  patientId: NonBlank,
  encounterId: z.optional(z.string()),
});

const CodingSchema = z.looseObject({ system: z.optional(z.string()), code: NonBlank, display: z.optional(z.string()) });
const UuidSchema = z.uuid();

/** One feedback entry; cds-fb-1 (outcome), cds-fb-2 (accepted names suggestions), cds-fb-3 (override). */
export const FeedbackEntrySchema = z
  .looseObject({
    card: UuidSchema,
    outcome: z.enum(['accepted', 'overridden']),
    acceptedSuggestions: z.optional(z.array(z.looseObject({ id: UuidSchema }))),
    overrideReason: z.optional(
      z.looseObject({ reason: z.optional(CodingSchema), userComment: z.optional(z.string()) }).check(
        z.refine((o) => o.reason !== undefined || o.userComment !== undefined, {
          message: 'an overrideReason needs a reason, a userComment, or both (cds-fb-3)',
        }),
      ),
    ),
    outcomeTimestamp: z.iso.datetime({ offset: true }),
  })
  .check(
    z.refine((f) => f.outcome !== 'accepted' || (f.acceptedSuggestions?.length ?? 0) > 0, {
      message: "an 'accepted' outcome names its acceptedSuggestions (cds-fb-2)",
      path: ['acceptedSuggestions'],
    }),
  );
export type FeedbackEntry = z.infer<typeof FeedbackEntrySchema>;

export const FeedbackRequestSchema = z.looseObject({
  feedback: z.array(FeedbackEntrySchema).check(z.minLength(1), z.maxLength(100)),
});
