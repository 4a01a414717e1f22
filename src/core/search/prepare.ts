import { resolveKnowledgeBase } from '../knowledge-base.js';
import type { KnowledgeBase } from '../schemas/knowledge-base.js';
import { advanceMedicationIndex, getMedicationIndex, hasMedicationIndex } from './medication-index.js';

/**
 * Validates a knowledge base and builds its search index now, so the first `searchMedications`
 * on it finds both ready (a 10,000-name formulary otherwise pays ~70 ms on its first keystroke).
 * Throws `LdnValidationError` for an invalid base, as the first search would.
 */
export function prepareMedicationSearch(knowledgeBase: KnowledgeBase | undefined): void {
  getMedicationIndex(resolveKnowledgeBase(knowledgeBase));
}

/**
 * `prepareMedicationSearch` a slice at a time: validates the base (once), then builds its index
 * for about `budgetMs`. True once the index is ready. A search before then is still correct: it
 * finishes the build itself, from where the slices left it.
 */
export function advanceMedicationSearch(knowledgeBase: KnowledgeBase | undefined, budgetMs: number): boolean {
  return advanceMedicationIndex(resolveKnowledgeBase(knowledgeBase), budgetMs);
}

/** Whether a search on this base is only a search (validated, index built); never throws. */
export function isMedicationSearchReady(knowledgeBase: KnowledgeBase | undefined): boolean {
  try {
    return hasMedicationIndex(resolveKnowledgeBase(knowledgeBase));
  } catch {
    return false;
  }
}
