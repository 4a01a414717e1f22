import type { MedicationIndex } from './medication-index.js';
import { isDoseFormVocabulary, markDoseFormPhrases } from './dose-grammar.js';
import { fold, isConnector, letterCount, withoutConnectors } from './normalize.js';
import { fuzzySearch, prefixRange } from './sorted-keys.js';

/**
 * What a free-text entry was recognised as, for the interaction checker. An entry may hold several
 * medicines ("Copaxone, Vicodin"), so everything found is reported and the checker decides: the
 * most serious warning wins, and anything left unexplained keeps the entry from reassuring.
 */
export interface Recognition {
  /**
   * Names (indexes into `MedicationIndex.names`) found for certain: the whole text is the name, or
   * the name is a run of whole words in it. Names inside longer names are kept too ("MS Contin" in
   * a portal's "MS Contin aa"), so a nested name can never be hidden by the longer one.
   */
  names: readonly number[];
  /**
   * Names one typo away from a run of words that no certain name covers, each run fitting exactly
   * one medication ("Vicodn" next to "Copaxone"). A guess: it may warn, never reassure.
   */
  typoNames: readonly number[];
  /**
   * Words that no name (certain or guessed) covers, that are not part of a dose or form phrase
   * (see dose-grammar.ts), and that are not a connector between two accounted-for words: possibly
   * a medicine the knowledge base does not list ("Zoloft", "4AP").
   */
  uncoveredWords: readonly string[];
}

const MAX_TYPOS = 1;
const MIN_LETTERS_FOR_TYPOS = 4;
/** A dropped last letter is read as a typo only in a run this long ("oxycodon", not "acti"). */
const MIN_LETTERS_FOR_LAST_LETTER = 6;
/** Recognitions kept per knowledge base, so a list re-checked on every keystroke costs nothing. */
const CACHE_SIZE = 500;

const caches = new WeakMap<MedicationIndex, Map<string, Recognition>>();

/**
 * Recognises the medicines in a free-text entry, only where confident: the whole text is a name
 * (ignoring case, accents, punctuation, spacing, "and"/"with"); names that appear in it as whole
 * words ("tramadol 50 mg"); and, in the words those leave over, word runs one typo away from
 * exactly one medication's full name. A mere prefix ("oxy") is never enough: typeahead may
 * suggest, the checker must not assume. Undefined for text with no letter or digit.
 */
export function recognizeMedicationText(index: MedicationIndex, text: string): Recognition | undefined {
  const folded = fold(text);
  if (folded.length === 0) return undefined;
  let cache = caches.get(index);
  if (!cache) {
    cache = new Map();
    caches.set(index, cache);
  }
  const cached = cache.get(folded);
  if (cached) return cached;

  const recognition = recognizeFolded(index, folded);
  // Oldest first out: Map keeps insertion order.
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(folded, recognition);
  return recognition;
}

function recognizeFolded(index: MedicationIndex, folded: string): Recognition {
  const words = folded.split(' ');
  const covered = new Array<boolean>(words.length).fill(false);
  const names = new Set<number>();

  const asWritten = index.byKey.get(folded);
  const exact =
    asWritten ??
    index.byKeyWithoutConnectors.get(withoutConnectors(folded)) ??
    index.byCompactKey.get(folded.replaceAll(' ', ''));
  if (exact) {
    for (const nameIndex of exact) names.add(nameIndex);
    // Matched with its connectors ignored: a connector still counts only between other words
    // ("Copaxone and" leaves a dangling "and").
    words.forEach((word, i) => (covered[i] = asWritten !== undefined || !isConnector(word)));
  }
  // Even after an exact match: a name of another medication inside it must still be seen.
  for (const run of findContainedNames(index, words)) {
    for (const nameIndex of run.names) names.add(nameIndex);
    for (let i = run.first; i <= run.last; i++) covered[i] = true;
  }

  const typoNames = new Set<number>();
  for (const segment of uncoveredSegments(covered)) {
    for (const run of findSingleTypoRuns(index, words, segment)) {
      for (const nameIndex of run.names) typoNames.add(nameIndex);
      for (let i = run.first; i <= run.last; i++) covered[i] = true;
    }
  }

  const byName = [...covered];
  for (const [from, to] of uncoveredSegments(byName)) markDoseFormPhrases(words, covered, from, to);
  const uncoveredWords = words.filter((word, i) => !covered[i] && !isJoiningConnector(words, covered, i));
  // Cached and shared between calls: frozen so that no caller can change what later calls see.
  return Object.freeze({
    names: Object.freeze([...names]),
    typoNames: Object.freeze([...typoNames]),
    uncoveredWords: Object.freeze(uncoveredWords),
  });
}

/**
 * A connector ("and", "with", "y") is accounted for only between two accounted-for words
 * ("Copaxone and Glatopa"); a dangling one ("Copaxone and") is left over.
 */
function isJoiningConnector(words: readonly string[], covered: readonly boolean[], i: number): boolean {
  if (!isConnector(words[i]!)) return false;
  const side = (step: number): boolean => {
    for (let j = i + step; j >= 0 && j < words.length; j += step) {
      if (!isConnector(words[j]!)) return covered[j]!;
    }
    return false;
  };
  return side(-1) && side(1);
}

/** A run of words [first, last] (indexes into the entry's words) and the names it matched. */
interface WordRun {
  first: number;
  last: number;
  names: readonly number[];
}

/**
 * Names found as runs of whole words, connectors ignored ("tylenol with codeine" is "tylenol
 * codeine"). Every run is kept, also one inside a longer one: the checker picks the most serious.
 */
function findContainedNames(index: MedicationIndex, words: readonly string[]): WordRun[] {
  // Positions of the words that are not connectors: a name is looked up without its connectors,
  // but covers the connectors between its words.
  const positions: number[] = [];
  words.forEach((word, i) => {
    if (!isConnector(word)) positions.push(i);
  });
  const runs: WordRun[] = [];
  for (let first = 0; first < positions.length; first++) {
    let window = '';
    for (let last = first; last < positions.length && last - first < index.maxWords; last++) {
      window = last === first ? words[positions[last]!]! : `${window} ${words[positions[last]!]!}`;
      const names = index.byKeyWithoutConnectors.get(window);
      if (names) runs.push({ first: positions[first]!, last: positions[last]!, names });
    }
  }
  return runs;
}

/** [first, last] of each stretch of words no name covers yet. */
function uncoveredSegments(covered: readonly boolean[]): [number, number][] {
  const segments: [number, number][] = [];
  let start = -1;
  covered.forEach((isCovered, i) => {
    if (!isCovered && start < 0) start = i;
    if (isCovered && start >= 0) {
      segments.push([start, i - 1]);
      start = -1;
    }
  });
  if (start >= 0) segments.push([start, covered.length - 1]);
  return segments;
}

/**
 * Word runs within one segment that are one typo away from a whole name ("vicodn", "xtampa er"),
 * each accepted only when every name it is that close to belongs to one medication ("zentru" could
 * be Zentra or Zentro: refused). A run of doses, filler and connectors only is not searched. The
 * work is bounded: runs are at most as many words as the longest name, and a run is not searched
 * when its length is more than one off every name's length, or when it has three or more words
 * and none of them is a word of any name.
 */
function findSingleTypoRuns(index: MedicationIndex, words: readonly string[], [from, to]: [number, number]): WordRun[] {
  const lookups = getTypoLookups(index);
  const runs: WordRun[] = [];
  for (let first = from; first <= to; first++) {
    let run = '';
    let sharesKeyWord = false;
    let onlyFiller = true;
    for (let last = first; last <= to && last - first < index.maxKeyWords; last++) {
      const word = words[last]!;
      run = last === first ? word : `${run} ${word}`;
      sharesKeyWord ||= lookups.keyWords.has(word);
      onlyFiller &&= isDoseFormVocabulary(word) || isConnector(word);
      if (onlyFiller || letterCount(run) < MIN_LETTERS_FOR_TYPOS) continue;
      if (!nearSomeKeyLength(index, run.length)) continue;
      // One typo changes one word, or the two words around a space: of three or more words, one
      // is left as the name has it.
      if (last - first >= 2 && !sharesKeyWord) continue;
      const names = wholeNamesOneTypoAway(index, lookups, run);
      const medications = new Set(names.map((nameIndex) => index.names[nameIndex]!.medicationIndex));
      if (medications.size === 1) runs.push({ first, last, names });
    }
  }
  return runs;
}

function nearSomeKeyLength(index: MedicationIndex, length: number): boolean {
  const lengths = index.hasKeyOfLength;
  return lengths[length - 1] === 1 || lengths[length] === 1 || lengths[length + 1] === 1;
}

/** Lookups for the typo search only, built on its first use for an index (typeahead never needs them). */
interface TypoLookups {
  /** Names by their key without its first character: typos in the first letter. */
  namesByTail: Map<string, number[]>;
  /** Every word of every key: a run of three or more words one typo from a name shares one with it. */
  keyWords: Set<string>;
}

const typoLookups = new WeakMap<MedicationIndex, TypoLookups>();

function getTypoLookups(index: MedicationIndex): TypoLookups {
  let lookups = typoLookups.get(index);
  if (!lookups) {
    lookups = { namesByTail: new Map(), keyWords: new Set() };
    for (let nameIndex = 0; nameIndex < index.names.length; nameIndex++) {
      const key = index.names[nameIndex]!.key;
      const tail = key.slice(1);
      const list = lookups.namesByTail.get(tail);
      if (list) list.push(nameIndex);
      else lookups.namesByTail.set(tail, [nameIndex]);
      for (const word of key.split(' ')) lookups.keyWords.add(word);
    }
    typoLookups.set(index, lookups);
  }
  return lookups;
}

/**
 * Whole names within one typo of `run`, but not a name cut short ("acti" is a prefix of Actiq,
 * not a typo of it). A name one typo away starts with the run's first or second letter, unless the
 * typo is in its first letter (a wrong or a missing one): then the rest of the name is the rest of
 * the run, or the whole run. So the trie is walked under two letters only, and the first-letter
 * typos are two map lookups: an exact split of the search, not a heuristic.
 */
function wholeNamesOneTypoAway(index: MedicationIndex, lookups: TypoLookups, run: string): number[] {
  const names: number[] = [];
  const add = (nameIndex: number) => {
    const key = index.names[nameIndex]!.key;
    // A name cut short is a prefix, not a typo ("acti" for Actiq); only a long run missing just
    // its last letter ("oxycodon") is the typo of a whole name.
    const cutShort =
      key.startsWith(run) && !(key.length === run.length + 1 && letterCount(run) >= MIN_LETTERS_FOR_LAST_LETTER);
    if (key !== run && !cutShort && !names.includes(nameIndex)) names.push(nameIndex);
  };
  const firstLetters = run[1] === undefined || run[1] === run[0] ? [run[0]!] : [run[0]!, run[1]];
  for (const first of firstLetters) {
    const [start, end] = prefixRange(index.wholeKeys, first);
    if (start === end) continue;
    for (const range of fuzzySearch(index.wholeKeys, run, MAX_TYPOS, 'whole', start, end)) {
      for (let i = range.start; i < range.end; i++) add(index.wholeKeyName[i]!);
    }
  }
  for (const nameIndex of lookups.namesByTail.get(run.slice(1)) ?? []) add(nameIndex);
  for (const nameIndex of lookups.namesByTail.get(run) ?? []) add(nameIndex);
  return names;
}
