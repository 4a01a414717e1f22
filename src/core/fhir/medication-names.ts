import type { MedicationInput } from '../interactions.js';
import { builtInKnowledgeBase } from '../knowledge-base.js';
import type { KnowledgeBase } from '../schemas/knowledge-base.js';

/**
 * A name for a medication input that a text-based list (like the checker's chips) can show and
 * check again with the same result: a verified code becomes the medication's generic name; any
 * other code its display text, or `system|code` when it has none (which is then "unknown", as
 * an unrecognised code must be).
 */
export function medicationInputName(
  input: MedicationInput,
  knowledgeBase: KnowledgeBase = builtInKnowledgeBase,
): string {
  if (typeof input === 'string') return input;
  const known = knowledgeBase.medications.find((m) =>
    m.codes.some((code) => code.system === input.system && code.code === input.code),
  );
  if (known) return known.genericName;
  const display = input.display?.trim();
  return display ? display : `${input.system}|${input.code}`;
}
