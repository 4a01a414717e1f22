import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, ProvenanceShape } from './common.js';

export const SIDE_EFFECT_CATEGORIES = ['sleep', 'digestive', 'other'] as const;
export const SideEffectCategorySchema = z.enum(SIDE_EFFECT_CATEGORIES);
export type SideEffectCategory = z.infer<typeof SideEffectCategorySchema>;

/** A category filter: one of the categories, or `all`. */
export const SIDE_EFFECT_CATEGORY_FILTERS = ['all', ...SIDE_EFFECT_CATEGORIES] as const;
export const SideEffectCategoryFilterSchema = z.enum(SIDE_EFFECT_CATEGORY_FILTERS);
export type SideEffectCategoryFilter = z.infer<typeof SideEffectCategoryFilterSchema>;

/** A side effect (S1–S7) or a warning sign (S10), with what to expect and what may help. */
export const SideEffectSchema = z
  .strictObject({
    id: IdSchema,
    category: SideEffectCategorySchema,
    name: LocalizedTextSchema,
    whatToExpect: LocalizedTextSchema,
    whatHelps: z.optional(LocalizedTextSchema),
    /** Listed under "when to contact your provider" instead of the common effects. */
    contactProvider: z.boolean(),
    ...ProvenanceShape,
  })
  // A side effect must rest on at least one side-effect fact (S1–S11), not only on dosing facts.
  .check(
    z.refine((effect) => effect.factIds.some((id) => id.startsWith('S')), {
      message: 'a side effect needs at least one side-effect fact (S1–S11)',
      path: ['factIds'],
    }),
  );
export type SideEffect = z.infer<typeof SideEffectSchema>;

/**
 * What `sideEffects()` may be asked for: a category (`all` by default) and, optionally, only the
 * common effects (`contactProvider: false`) or only the warning signs (`contactProvider: true`).
 */
export const SideEffectFilterSchema = z.optional(
  z.strictObject({
    category: z.optional(SideEffectCategoryFilterSchema),
    contactProvider: z.optional(z.boolean()),
  }),
);
export type SideEffectFilter = z.infer<typeof SideEffectFilterSchema>;
