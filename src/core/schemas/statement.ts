import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, ProvenanceShape } from './common.js';

/** A sentence a widget may show (background, dosing facts), tied to its facts and sources. */
export const StatementSchema = z.strictObject({
  id: IdSchema,
  text: LocalizedTextSchema,
  ...ProvenanceShape,
});
export type Statement = z.infer<typeof StatementSchema>;
