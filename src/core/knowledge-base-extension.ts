import * as z from 'zod/mini';
import { LdnValidationError, parseOrThrow, type ValidationIssue } from './errors.js';
import { builtInKnowledgeBase, resolveKnowledgeBase, validateKnowledgeBase } from './knowledge-base.js';
import { IdSchema } from './schemas/common.js';
import { FactSchema } from './schemas/fact.js';
import { InteractionRuleSchema } from './schemas/interaction.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';
import { MedicationClassSchema, MedicationNameSchema, MedicationSchema } from './schemas/medication.js';
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
 */
export function extendKnowledgeBase(
  extension: KnowledgeBaseExtension,
  baseKnowledgeBase: KnowledgeBase = builtInKnowledgeBase,
): KnowledgeBase {
  const base = resolveKnowledgeBase(baseKnowledgeBase);
  const ext = parseOrThrow(KnowledgeBaseExtensionSchema, extension, 'knowledge-base extension');
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
  const medications = [...base.medications, ...(ext.medications ?? [])].map((m) => ({ ...m, names: [...m.names] }));
  (ext.aliases ?? []).forEach((alias, index) => {
    const target = medications.find((m) => m.id === alias.medicationId);
    if (target) target.names.push(alias.name);
    else
      aliasIssues.push({
        code: 'custom',
        path: ['aliases', index, 'medicationId'],
        message: `unknown medication "${alias.medicationId}"`,
        input: alias.medicationId,
      } as ValidationIssue);
  });
  if (aliasIssues.length > 0)
    throw new LdnValidationError(`Invalid knowledge-base extension: ${aliasIssues[0]!.message}`, aliasIssues);

  return validateKnowledgeBase({
    ...base,
    version: `${base.version}+portal`,
    sources: [...base.sources, ...(ext.sources ?? [])],
    facts: [...base.facts, ...(ext.facts ?? [])],
    medicationClasses: [...base.medicationClasses, ...(ext.medicationClasses ?? [])],
    medications,
    interactionRules: [...base.interactionRules, ...(ext.interactionRules ?? [])],
  });
}
