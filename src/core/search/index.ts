import * as z from 'zod/mini';
import { parseOrThrow } from '../errors.js';
import type { KnowledgeBase, Medication, NameKind } from '../schemas/index.js';
import { closestPrefixLength } from './edit-distance.js';
import { resolveKnowledgeBase } from '../knowledge-base.js';
import { getMedicationIndex, type IndexedName, type MedicationIndex } from './medication-index.js';
import { fold, letterCount, withoutConnectors, withoutExtraWords } from './normalize.js';
import { scoreMatch, type MatchType } from './scoring.js';
import { fuzzySearch, prefixRange } from './sorted-keys.js';

export type { MatchType } from './scoring.js';

export interface SearchOptions {
  /** Most results to return (default 8); a positive integer. */
  limit?: number;
  /** Knowledge base to search (default: the built-in one). A portal's is validated on first use. */
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
  /** How the name matched: exact > contained in the query > prefix > word prefix > typo. */
  matchType: MatchType;
}

const DEFAULT_LIMIT = 8;
/** Longer input is cut: no medication name is this long, and typeahead must stay fast. */
const MAX_QUERY_LENGTH = 100;
/** One typo, and only for queries of at least this many letters (shorter ones match too much). */
const MAX_TYPOS = 1;
const MIN_LETTERS_FOR_TYPOS = 4;

const QuerySchema = z.string();
const SearchOptionsSchema = z.object({
  limit: z.optional(z.int().check(z.positive())),
  knowledgeBase: z.optional(z.unknown()),
});

/** The best way one medication matched so far. */
interface Candidate {
  nameIndex: number;
  score: number;
  type: MatchType;
  /** Matched [start, end) in the name's folded key; for typos, computed at the end. */
  keyStart: number;
  keyEnd: number;
  /** For typo matches: the folded query and the word offset in the key it was matched from. */
  typoQuery?: string;
}

/**
 * Ranked typeahead over every medication name (brand, generic, other): exact names first, then
 * names the query contains ("tramadol 50 mg"), prefixes ("vic" -> Vicodin), word prefixes
 * ("contin" -> MS Contin) and one-typo matches. Tolerant of case, accents, punctuation, spacing
 * and doses. Each medication appears once, under its best-matching name. Blank query: [].
 */
export function searchMedications(query: string, options?: SearchOptions): MedicationMatch[] {
  const text = parseOrThrow(QuerySchema, query, 'search query');
  const parsedOptions = parseOrThrow(SearchOptionsSchema, options ?? {}, 'search options');
  const limit = parsedOptions.limit ?? DEFAULT_LIMIT;
  const kb = resolveKnowledgeBase(parsedOptions.knowledgeBase);
  const index = getMedicationIndex(kb);

  const raw = fold(text.slice(0, MAX_QUERY_LENGTH));
  if (raw.length === 0) return [];
  const cleaned = withoutExtraWords(raw);

  const best = new Map<number, Candidate>();
  const offer = (candidate: Candidate) => {
    const medicationIndex = index.names[candidate.nameIndex]!.medicationIndex;
    const current = best.get(medicationIndex);
    if (!current || candidate.score > current.score) best.set(medicationIndex, candidate);
  };

  const variants = cleaned.length > 0 && cleaned !== raw ? [raw, cleaned] : [raw];
  variants.forEach((variant, i) => {
    const isCleaned = i > 0;
    findExact(index, variant, isCleaned, offer);
    findPrefixes(index, variant, isCleaned, offer);
  });
  findContained(index, raw, offer);

  const typoQuery = cleaned.length > 0 ? cleaned : raw;
  if (best.size < limit && letterCount(typoQuery) >= MIN_LETTERS_FOR_TYPOS) {
    findTypos(index, typoQuery, typoQuery !== raw, offer);
  }

  return [...best.values()]
    .sort((a, b) => b.score - a.score || compareNames(index.names[a.nameIndex]!, index.names[b.nameIndex]!))
    .slice(0, limit)
    .map((candidate) => toMatch(kb, index, candidate));
}

function compareNames(a: IndexedName, b: IndexedName): number {
  return a.key.length - b.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

type Offer = (candidate: Candidate) => void;

function wholeName(nameIndex: number, index: MedicationIndex, score: number, type: MatchType): Candidate {
  return { nameIndex, score, type, keyStart: 0, keyEnd: index.names[nameIndex]!.key.length };
}

/** The query is a name: as folded, without connector words, or without spaces. */
function findExact(index: MedicationIndex, query: string, cleaned: boolean, offer: Offer): void {
  const score = scoreMatch('exact', 1, 1, cleaned);
  const lookups = [
    index.byKey.get(query),
    index.byKeyWithoutConnectors.get(withoutConnectors(query)),
    index.byCompactKey.get(query.replaceAll(' ', '')),
  ];
  for (const list of lookups) for (const nameIndex of list ?? []) offer(wholeName(nameIndex, index, score, 'exact'));
}

/** A name is a whole run of words inside the query ("my tylenol with codeine", "Percocet 5/325"). */
function findContained(index: MedicationIndex, query: string, offer: Offer): void {
  const stripped = withoutConnectors(query);
  const words = stripped.split(' ');
  for (let first = 0; first < words.length; first++) {
    for (let last = first; last < words.length && last - first < index.maxWords; last++) {
      if (first === 0 && last === words.length - 1) continue; // the whole query: an exact match
      const window = words.slice(first, last + 1).join(' ');
      const names = index.byKeyWithoutConnectors.get(window);
      if (!names) continue;
      const score = scoreMatch('contained', window.length, stripped.length, false);
      for (const nameIndex of names) offer(wholeName(nameIndex, index, score, 'contained'));
    }
  }
}

/** Names, or words inside names, that start with the query; and names typed without spaces. */
function findPrefixes(index: MedicationIndex, query: string, cleaned: boolean, offer: Offer): void {
  const [start, end] = prefixRange(index.suffixes, query);
  for (let i = start; i < end; i++) {
    const nameIndex = index.suffixName[i]!;
    const offset = index.suffixOffset[i]!;
    const type: MatchType = offset === 0 ? 'prefix' : 'word-prefix';
    const score = scoreMatch(type, query.length, index.names[nameIndex]!.key.length, cleaned);
    offer({ nameIndex, score, type, keyStart: offset, keyEnd: offset + query.length });
  }
  const compactQuery = query.replaceAll(' ', '');
  if (compactQuery === query) {
    const [compactStart, compactEnd] = prefixRange(index.compactKeys, compactQuery);
    for (let i = compactStart; i < compactEnd; i++) {
      const nameIndex = index.compactName[i]!;
      const name = index.names[nameIndex]!;
      const score = scoreMatch('prefix', compactQuery.length, name.compactKey.length, cleaned);
      const keyEnd = name.compactToKey[compactQuery.length - 1]! + 1;
      offer({ nameIndex, score, type: 'prefix', keyStart: 0, keyEnd });
    }
  }
}

/** Names or words that start with something one typo away from the query. */
function findTypos(index: MedicationIndex, query: string, cleaned: boolean, offer: Offer): void {
  for (const range of fuzzySearch(index.suffixes, query, MAX_TYPOS, 'prefix')) {
    for (let i = range.start; i < range.end; i++) {
      const nameIndex = index.suffixName[i]!;
      const offset = index.suffixOffset[i]!;
      // A typo at the start of the name beats one at the start of a later word.
      const score =
        scoreMatch('fuzzy', query.length, index.names[nameIndex]!.key.length, cleaned) - (offset > 0 ? 5 : 0);
      offer({ nameIndex, score, type: 'fuzzy', keyStart: offset, keyEnd: offset, typoQuery: query });
    }
  }
}

function toMatch(kb: KnowledgeBase, index: MedicationIndex, candidate: Candidate): MedicationMatch {
  const name = index.names[candidate.nameIndex]!;
  let keyEnd = candidate.keyEnd;
  if (candidate.typoQuery !== undefined) {
    const suffix = name.key.slice(candidate.keyStart);
    keyEnd = candidate.keyStart + (closestPrefixLength(candidate.typoQuery, suffix, MAX_TYPOS) ?? suffix.length);
  }
  const highlight: [number, number] = [name.starts[candidate.keyStart]!, name.ends[keyEnd - 1]!];
  return {
    medication: kb.medications[name.medicationIndex]!,
    matchedName: name.name.text,
    matchedKind: name.name.kind,
    highlights: [highlight],
    score: candidate.score,
    fuzzy: candidate.type === 'fuzzy',
    matchType: candidate.type,
  };
}
