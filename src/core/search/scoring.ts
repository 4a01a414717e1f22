/**
 * How a name matched a typed query, best first. Scores are tiers 100 apart so that any exact
 * match beats any prefix, any prefix beats any word prefix and any of those beats a typo; within
 * a tier, a bonus below 100 prefers names the query covers more of.
 */
export type MatchType = 'exact' | 'contained' | 'prefix' | 'word-prefix' | 'fuzzy';

const TIER: Record<MatchType, number> = {
  exact: 1000,
  contained: 800,
  prefix: 600,
  'word-prefix': 400,
  fuzzy: 200,
};

/** A query that only matched after dropping doses and extra words ranks a little lower. */
const CLEANED_PENALTY = 10;

/**
 * Score of a match: tier, plus up to 89 for coverage (matched length over name length), minus a
 * small penalty when only the cleaned query matched.
 */
export function scoreMatch(type: MatchType, matchedLength: number, nameLength: number, cleaned: boolean): number {
  const coverage = nameLength > 0 ? Math.min(1, matchedLength / nameLength) : 0;
  return TIER[type] + Math.round(coverage * 89) - (cleaned ? CLEANED_PENALTY : 0);
}
