import * as z from 'zod/mini';

/** Languages every clinical and interface text is written in. */
export const LANGUAGES = ['en', 'es'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * A string with something other than white space: knowledge-base text may never be blank. One
 * check (an empty string has no non-space character either), as it runs for every name of a
 * 10,000-name formulary.
 */
export const NonEmptyString = z.string().check(z.regex(/\S/, 'must not be blank'));

/** Text written once per language; both are required so a language can never show a gap. */
export const LocalizedTextSchema = z.strictObject({ en: NonEmptyString, es: NonEmptyString });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Kebab-case identifiers for records (`opioid`, `liver-disease`, `hydrocodone-acetaminophen`). */
export const IdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));

/** Numbered facts of the clinical brief: B1–B3, D1–D10, S1–S11, I1–I6, X1. */
export const FactIdSchema = z.string().check(z.regex(/^[BDSIX][1-9][0-9]?$/, 'must be a fact id such as D2'));
export type FactId = z.infer<typeof FactIdSchema>;

/** A calendar date written YYYY-MM-DD (when an article was updated, when we checked it). */
export const IsoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date YYYY-MM-DD'));

/** Every record that states something clinical says which facts and which sources back it. */
export const ProvenanceShape = {
  factIds: z.array(FactIdSchema).check(z.minLength(1)),
  sourceIds: z.array(IdSchema).check(z.minLength(1)),
};
