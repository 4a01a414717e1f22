import * as z from 'zod/mini';
import { FactIdSchema, IdSchema, LocalizedTextSchema } from './common.js';

/** One numbered fact of the clinical brief, restated in plain language, with its sources. */
export const FactSchema = z.strictObject({
  id: FactIdSchema,
  text: LocalizedTextSchema,
  sourceIds: z.array(IdSchema).check(z.minLength(1)),
});
export type Fact = z.infer<typeof FactSchema>;
