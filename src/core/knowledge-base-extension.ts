import * as z from 'zod/mini';
import { LdnValidationError, parseOrThrow, type ValidationIssue } from './errors.js';
import { builtInKnowledgeBase, resolveKnowledgeBase, sealParsedKnowledgeBase } from './knowledge-base.js';
import { IdSchema } from './schemas/common.js';
import { FactSchema } from './schemas/fact.js';
import { InteractionRuleSchema } from './schemas/interaction.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';
import {
  MedicationClassSchema,
  MedicationNameSchema,
  MedicationSchema,
  type MedicationName,
} from './schemas/medication.js';
import { SourceSchema } from './schemas/source.js';

/**
 * What a portal may add to a knowledge base: its own sources, extra names for known medications
 * (local formulary or brand names), new medications and classes, and rules that cite facts.
 * The dosing protocol and the built-in facts stay as they are.
 */
export const KnowledgeBaseExtensionSchema = z.strictObject({
  sources: z.optional(z.array(SourceSchema)),
  facts: z.optional(z.array(FactSchema)),
  medicationClasses: z.optional(z.array(MedicationClassSchema)),
  medications: z.optional(z.array(MedicationSchema)),
  /** Extra names for medications already in the base: `{ medicationId, name: { text, kind, sourceId } }`. */
  aliases: z.optional(z.array(z.strictObject({ medicationId: IdSchema, name: MedicationNameSchema }))),
  interactionRules: z.optional(z.array(InteractionRuleSchema)),
});
export type KnowledgeBaseExtension = z.infer<typeof KnowledgeBaseExtensionSchema>;

/**
 * Returns a new knowledge base: `base` (the built-in one by default) plus the portal's
 * extension, validated as a whole. Invalid data throws `LdnValidationError`; nothing is merged
 * half-way, so an element given the result either has sound data or shows "could not check".
 * For a large formulary in a page, `extendKnowledgeBaseInSlices` gives the same result without
 * one long task.
 */
export function extendKnowledgeBase(
  extension: KnowledgeBaseExtension,
  baseKnowledgeBase: KnowledgeBase = builtInKnowledgeBase,
): KnowledgeBase {
  const base = resolveKnowledgeBase(baseKnowledgeBase);
  const ext = parseOrThrow(KnowledgeBaseExtensionSchema, extension, 'knowledge-base extension');
  return sealParsedKnowledgeBase(mergeParsedExtension(base, ext));
}

/**
 * The rest of `extendKnowledgeBase` once zod has parsed the extension into `ext` (a fresh copy):
 * refuses reassuring rules and aliases of unknown medications, and merges. The result still needs
 * `sealParsedKnowledgeBase` (references, freezing) before any engine may see it.
 */
export function mergeParsedExtension(base: KnowledgeBase, ext: KnowledgeBaseExtension): KnowledgeBase {
  const reassuring = (ext.interactionRules ?? []).findIndex((rule) => rule.severity === 'compatible');
  if (reassuring >= 0) {
    // A portal may add warnings, never reassurance: only the article's fact I2 says "no known conflict".
    throw new LdnValidationError('Invalid knowledge-base extension: a portal rule cannot be "compatible"', [
      {
        code: 'custom',
        path: ['interactionRules', reassuring, 'severity'],
        message: 'a portal rule cannot be "compatible"; only avoid or caution',
        input: 'compatible',
      } as ValidationIssue,
    ]);
  }
  const aliasIssues: ValidationIssue[] = [];
  const medications = [...base.medications, ...(ext.medications ?? [])];
  // The first medication with an id, as a search from the start would find it (ids may repeat
  // until the reference check below reports the duplicate).
  const indexById = new Map<string, number>();
  medications.forEach((m, index) => {
    if (!indexById.has(m.id)) indexById.set(m.id, index);
  });
  // Only a medication that gets aliases is copied: the others stay the base's frozen records or
  // zod's fresh copies, so a 10,000-name formulary is not copied (and frozen) twice.
  const aliasNames = new Map<number, MedicationName[]>();
  (ext.aliases ?? []).forEach((alias, index) => {
    const target = indexById.get(alias.medicationId);
    if (target !== undefined) {
      const names = aliasNames.get(target);
      if (names) names.push(alias.name);
      else aliasNames.set(target, [alias.name]);
    } else
      aliasIssues.push({
        code: 'custom',
        path: ['aliases', index, 'medicationId'],
        message: `unknown medication "${alias.medicationId}"`,
        input: alias.medicationId,
      } as ValidationIssue);
  });
  if (aliasIssues.length > 0)
    throw new LdnValidationError(`Invalid knowledge-base extension: ${aliasIssues[0]!.message}`, aliasIssues);
  for (const [index, names] of aliasNames) {
    const medication = medications[index]!;
    medications[index] = { ...medication, names: [...medication.names, ...names] };
  }

  // Every record here is either the validated base's (frozen) or zod's fresh copy of the
  // extension's, so the shape is known sound: only references remain to check (no second parse).
  return {
    ...base,
    version: `${base.version}+portal`,
    sources: [...base.sources, ...(ext.sources ?? [])],
    facts: [...base.facts, ...(ext.facts ?? [])],
    medicationClasses: [...base.medicationClasses, ...(ext.medicationClasses ?? [])],
    medications,
    interactionRules: [...base.interactionRules, ...(ext.interactionRules ?? [])],
  };
}
