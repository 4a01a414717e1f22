import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, ProvenanceShape } from './common.js';

export const SIDE_EFFECT_CATEGORIES = ['sleep', 'digestive', 'other'] as const;
export const SideEffectCategorySchema = z.enum(SIDE_EFFECT_CATEGORIES);
export type SideEffectCategory = z.infer<typeof SideEffectCategorySchema>;

/** A side effect (S1–S7) or a warning sign (S10), with what to expect and what may help. */
export const SideEffectSchema = z.strictObject({
  id: IdSchema,
  category: SideEffectCategorySchema,
  name: LocalizedTextSchema,
  whatToExpect: LocalizedTextSchema,
  whatHelps: z.optional(LocalizedTextSchema),
  /** Listed under "when to contact your provider" instead of the common effects. */
  contactProvider: z.boolean(),
  ...ProvenanceShape,
});
export type SideEffect = z.infer<typeof SideEffectSchema>;

export const SideEffectFilterSchema = z.optional(
  z.strictObject({
    category: z.optional(z.enum([...SIDE_EFFECT_CATEGORIES, 'all'])),
  }),
);
export type SideEffectFilter = z.infer<typeof SideEffectFilterSchema>;
