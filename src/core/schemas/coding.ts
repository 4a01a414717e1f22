import * as z from 'zod/mini';
import { IdSchema, NonEmptyString } from './common.js';

import { RXNORM_SYSTEM, SNOMED_SYSTEM } from './code-systems.js';

export { RXNORM_SYSTEM, SNOMED_SYSTEM };

/** A code in a terminology, with the reference source that verified it. Unverified codes are left out. */
export const VerifiedCodeSchema = z.strictObject({
  system: z.enum([RXNORM_SYSTEM, SNOMED_SYSTEM]),
  code: z.string().check(z.regex(/^[0-9]{1,18}$/, 'must be a numeric code')),
  display: NonEmptyString,
  /** Id of the `reference` source where this code was checked. */
  sourceId: IdSchema,
});
export type VerifiedCode = z.infer<typeof VerifiedCodeSchema>;

/** A coded medication as a portal or FHIR resource gives it. */
export const CodedMedicationSchema = z.strictObject({
  system: NonEmptyString,
  code: NonEmptyString,
  display: z.optional(z.string()),
});
export type CodedMedication = z.infer<typeof CodedMedicationSchema>;
