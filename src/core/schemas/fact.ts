import * as z from 'zod/mini';
import { FactIdSchema, IdSchema, LocalizedTextSchema } from './common.js';

/**
 * One numbered fact of the clinical brief, with its sources. `text` (the fact restated in plain
 * language) is optional: no element shows it, so the built-in base leaves it out to keep pages
 * small; a portal may still give it, and then it must be a real sentence in both languages.
 */
export const FactSchema = z.strictObject({
  id: FactIdSchema,
  text: z.optional(LocalizedTextSchema),
  sourceIds: z.array(IdSchema).check(z.minLength(1)),
});
export type Fact = z.infer<typeof FactSchema>;
