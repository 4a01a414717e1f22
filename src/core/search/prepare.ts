import { resolveKnowledgeBase } from '../knowledge-base.js';
import type { KnowledgeBase } from '../schemas/knowledge-base.js';
import { getMedicationIndex } from './medication-index.js';

/**
 * Validates a knowledge base and builds its search index now, so the first `searchMedications`
 * on it finds both ready (a 10,000-name formulary otherwise pays ~70 ms on its first keystroke).
 * Throws `LdnValidationError` for an invalid base, as the first search would.
 */
export function prepareMedicationSearch(knowledgeBase: KnowledgeBase | undefined): void {
  getMedicationIndex(resolveKnowledgeBase(knowledgeBase));
}
