import { deepFreeze } from '../../deep-freeze.js';
import type { KnowledgeBase } from '../../schemas/index.js';
import { facts } from '../facts.js';
import { BUILT_IN_VERSION } from '../version.js';

/**
 * A slice of the built-in knowledge base for one element script: the records given, and of the
 * brief's facts only those they cite, so the slice is a sound knowledge base on its own (every
 * reference resolves). Frozen, as the whole base is.
 */
export function builtInSlice(records: Omit<KnowledgeBase, 'version' | 'facts'>): KnowledgeBase {
  const { statements, medicationClasses, conditions, interactionRules, sideEffects, dosing } = records;
  const cited = new Set(
    [
      ...statements,
      ...medicationClasses,
      ...conditions,
      ...interactionRules,
      ...sideEffects,
      ...dosing.forms,
      dosing.maximum,
      dosing.spasticityMaximum,
    ].flatMap((record) => record.factIds),
  );
  return deepFreeze({
    version: BUILT_IN_VERSION,
    sources: records.sources,
    facts: facts.filter((fact) => cited.has(fact.id)),
    statements,
    medicationClasses,
    medications: records.medications,
    conditions,
    interactionRules,
    sideEffects,
    dosing,
  });
}
