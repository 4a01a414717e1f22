import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, NonEmptyString } from './common.js';

/**
 * A citable source. `clinical` sources back what the widgets say (the article and its studies);
 * `reference` sources back names and codes (which brands belong to a class, an RxNorm code).
 */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['clinical', 'reference']),
  /** Short label shown next to a statement, e.g. "Verywell Health, 2023". */
  label: NonEmptyString,
  /** Full citation. */
  citation: NonEmptyString,
  url: z.optional(z.url({ protocol: /^https$/ })),
  doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/))),
  /**
   * What an element's one attribution line names, as trusted patient sites do: the article's
   * title, its author and medical reviewer, when it was updated and when this library last
   * checked its own wording against it. All optional: reference sources have none of them.
   */
  title: z.optional(NonEmptyString),
  publisher: z.optional(NonEmptyString),
  author: z.optional(NonEmptyString),
  reviewer: z.optional(NonEmptyString),
  updated: z.optional(IsoDateSchema),
  checked: z.optional(IsoDateSchema),
});
export type Source = z.infer<typeof SourceSchema>;
