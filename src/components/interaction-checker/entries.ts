import { issuesAt, type ValidationIssue } from '../../core/errors.js';
import type { Language } from '../../core/schemas/common.js';
import { fold } from '../../core/search/normalize.js';
import { formatList } from '../../shared/format.js';
import { CONDITION_IDS, ConditionIdSchema, type ConditionId } from '../../core/schemas/condition.js';

/**
 * What the person (or the page) entered, kept apart from rendering: the medication list and the
 * condition ids, with the checks that decide what is passed to the core.
 */

/**
 * Same name written twice? Folded as the core folds names (case, accents, punctuation and spacing
 * do not matter), so the element and the checker agree; text with no letters is compared as typed.
 */
export function normaliseEntry(text: string): string {
  return fold(text) || text.trim().toLowerCase();
}

/** Whether `text` is already on `list` (as typed, ignoring case and spacing). */
export function hasEntry(list: readonly string[], text: string): boolean {
  const wanted = normaliseEntry(text);
  return list.some((item) => normaliseEntry(item) === wanted);
}

export interface ConditionListResult {
  /** Known condition ids, each once, in the order given. */
  valid: ConditionId[];
  /** What could not be used, as given. */
  invalid: string[];
  issues: ValidationIssue[];
}

/** Reads the `conditions` property: known ids are kept, unknown ones reported (never guessed). */
export function readConditionList(value: unknown): ConditionListResult {
  if (value === undefined || value === null) return { valid: [], invalid: [], issues: [] };
  const list: unknown[] = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value];
  const valid: ConditionId[] = [];
  const invalid: string[] = [];
  const issues: ValidationIssue[] = [];
  list.forEach((item, index) => {
    const candidate = typeof item === 'string' ? item.trim() : item;
    if (candidate === '') return;
    const parsed = ConditionIdSchema.safeParse(candidate);
    if (parsed.success) {
      if (!valid.includes(parsed.data)) valid.push(parsed.data);
      return;
    }
    invalid.push(String(item));
    issues.push(...issuesAt(['conditions', index], parsed.error.issues));
  });
  return { valid, invalid, issues };
}

/** The accepted condition ids for an input problem: '"liver-disease", "pregnancy" or "breastfeeding"'. */
export function acceptedConditionIds(lang: Language): string {
  return formatList(
    CONDITION_IDS.map((id) => `"${id}"`),
    lang,
    'disjunction',
  );
}
