// PLACEHOLDER API (owner: interactions-core helper). Replace with the real engine.
import type { KnowledgeBase, Medication, NameKind } from '../schemas/index.js';

export interface SearchOptions {
  /** Most results to return (default 8). */
  limit?: number;
  /** Knowledge base to search (default: the built-in one). */
  knowledgeBase?: KnowledgeBase;
}

export interface MedicationMatch {
  medication: Medication;
  /** The name that matched, as written in the knowledge base. */
  matchedName: string;
  matchedKind: NameKind;
  /** [start, end) ranges of `matchedName` that matched the query, for emphasis. */
  highlights: [number, number][];
  /** Higher is better; only comparable within one query. */
  score: number;
  /** True when the match needed a typo correction. */
  fuzzy: boolean;
}

export function searchMedications(_query: string, _options?: SearchOptions): MedicationMatch[] {
  return [];
}
