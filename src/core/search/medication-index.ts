import type { KnowledgeBase, MedicationName } from '../schemas/index.js';
import { compact, foldText, withoutConnectors } from './normalize.js';

/**
 * The key `byCode` files a code under: system and code without surrounding spaces, the system
 * without a trailing slash. A code written " 7804" or under "…/rxnorm/" is still the code it is:
 * missing it would leave only the entry's display to decide, which may reassure.
 */
export function codeKey(system: string, code: string): string {
  return `${system.trim().replace(/\/+$/, '')}|${code.trim()}`;
}

/** One name of one medication, folded once. */
export interface IndexedName {
  medicationIndex: number;
  name: MedicationName;
  /** Folded name ("tylenol 3" for "Tylenol #3"), with its map back to `name.text`. */
  key: string;
  starts: number[];
  ends: number[];
  /** Key without spaces, and for each of its characters the position in `key`. */
  compactKey: string;
  compactToKey: number[];
}

/**
 * Everything the typeahead and the checker look names up in, built once per knowledge base.
 * Exact lookups are maps; prefix and typo lookups use sorted arrays of every word-start suffix
 * ("ms contin" and "contin"), so "contin" finds MS Contin by a word prefix.
 */
export interface MedicationIndex {
  names: IndexedName[];
  byKey: Map<string, number[]>;
  byKeyWithoutConnectors: Map<string, number[]>;
  byCompactKey: Map<string, number[]>;
  /** Sorted word-start suffixes of every key, with the name and offset each came from. */
  suffixes: string[];
  suffixName: Int32Array;
  suffixOffset: Int32Array;
  /** Sorted compact keys, for prefixes typed without spaces ("mscont"). */
  compactKeys: string[];
  compactName: Int32Array;
  /** "system|code" of every verified medication code, to the medication's index. */
  byCode: Map<string, number>;
  /** Most words in any key without connectors: longer windows of a query cannot be a name. */
  maxWords: number;
  /** Sorted whole keys (the word-start suffixes at offset 0) and their names, for typo matching of whole names. */
  wholeKeys: string[];
  wholeKeyName: Int32Array;
  /** Most words in any key, connectors included ("tylenol with codeine" is three). */
  maxKeyWords: number;
  /** `hasKeyOfLength[n]` is 1 when some key is n characters long: a typo changes the length by one at most. */
  hasKeyOfLength: Uint8Array;
}

const cache = new WeakMap<KnowledgeBase, MedicationIndex>();
/** Builds under way, a step at a time (`advanceMedicationIndex`); a synchronous use finishes them. */
const underWay = new WeakMap<KnowledgeBase, Iterator<void, MedicationIndex>>();

/** The index for a knowledge base, built on first use and kept as long as the knowledge base lives. */
export function getMedicationIndex(kb: KnowledgeBase): MedicationIndex {
  let index = cache.get(kb);
  if (!index) {
    // A build begun in slices goes on from where it is; what it did is not done again.
    const steps = underWay.get(kb) ?? indexSteps(kb);
    underWay.delete(kb);
    let step = steps.next();
    while (!step.done) step = steps.next();
    index = step.value;
    cache.set(kb, index);
  }
  return index;
}

/** Whether the index for `kb` is built (a search then costs only the search). */
export function hasMedicationIndex(kb: KnowledgeBase): boolean {
  return cache.has(kb);
}

/**
 * Builds some of the index for `kb`: steps of ~200 names each until `budgetMs` has passed, so a
 * page can build a 10,000-name index between frames without a long task. True once it is built.
 */
export function advanceMedicationIndex(kb: KnowledgeBase, budgetMs: number): boolean {
  if (cache.has(kb)) return true;
  let steps = underWay.get(kb);
  if (!steps) {
    steps = indexSteps(kb);
    underWay.set(kb, steps);
  }
  const start = performance.now();
  do {
    const step = steps.next();
    if (step.done) {
      underWay.delete(kb);
      cache.set(kb, step.value);
      return true;
    }
  } while (performance.now() - start < budgetMs);
  return false;
}

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  if (key.length === 0) return;
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Names folded per step of an index build in slices. */
const NAMES_PER_STEP = 200;

export function buildMedicationIndex(kb: KnowledgeBase): MedicationIndex {
  const steps = indexSteps(kb);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The index build as steps (a few hundred names, then each sort): the same work, in order. */
function* indexSteps(kb: KnowledgeBase): Generator<void, MedicationIndex> {
  const names: IndexedName[] = [];
  const byKey = new Map<string, number[]>();
  const byKeyWithoutConnectors = new Map<string, number[]>();
  const byCompactKey = new Map<string, number[]>();
  const byCode = new Map<string, number>();
  const suffixEntries: { suffix: string; name: number; offset: number }[] = [];
  const compactEntries: { key: string; name: number }[] = [];
  let maxWords = 1;
  let maxKeyWords = 1;

  let sinceStep = 0;
  for (let medicationIndex = 0; medicationIndex < kb.medications.length; medicationIndex++) {
    const medication = kb.medications[medicationIndex]!;
    if (sinceStep >= NAMES_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    sinceStep += medication.names.length;
    for (const code of medication.codes) byCode.set(codeKey(code.system, code.code), medicationIndex);
    for (const name of medication.names) {
      const folded = foldText(name.text);
      if (folded.text.length === 0) continue;
      const nameIndex = names.length;
      const compactToKey: number[] = [];
      for (let i = 0; i < folded.text.length; i++) if (folded.text[i] !== ' ') compactToKey.push(i);
      const compactKey = compact(folded.text);
      names.push({
        medicationIndex,
        name,
        key: folded.text,
        starts: folded.starts,
        ends: folded.ends,
        compactKey,
        compactToKey,
      });

      const stripped = withoutConnectors(folded.text);
      addTo(byKey, folded.text, nameIndex);
      addTo(byKeyWithoutConnectors, stripped, nameIndex);
      addTo(byCompactKey, compactKey, nameIndex);
      maxWords = Math.max(maxWords, stripped.split(' ').length);
      maxKeyWords = Math.max(maxKeyWords, folded.text.split(' ').length);

      for (let offset = 0; offset < folded.text.length; offset++) {
        if (offset === 0 || folded.text[offset - 1] === ' ') {
          suffixEntries.push({ suffix: folded.text.slice(offset), name: nameIndex, offset });
        }
      }
      compactEntries.push({ key: compactKey, name: nameIndex });
    }
  }

  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  yield;
  suffixEntries.sort((a, b) => byText(a.suffix, b.suffix) || a.name - b.name);
  yield;
  compactEntries.sort((a, b) => byText(a.key, b.key) || a.name - b.name);
  yield;
  // Already in key order: filtering the sorted suffixes needs no second sort.
  const wholeEntries = suffixEntries.filter((e) => e.offset === 0);
  const hasKeyOfLength = new Uint8Array(names.reduce((longest, n) => Math.max(longest, n.key.length), 0) + 1);
  for (const name of names) hasKeyOfLength[name.key.length] = 1;

  return {
    names,
    byKey,
    byKeyWithoutConnectors,
    byCompactKey,
    suffixes: suffixEntries.map((e) => e.suffix),
    suffixName: Int32Array.from(suffixEntries, (e) => e.name),
    suffixOffset: Int32Array.from(suffixEntries, (e) => e.offset),
    compactKeys: compactEntries.map((e) => e.key),
    compactName: Int32Array.from(compactEntries, (e) => e.name),
    byCode,
    maxWords,
    wholeKeys: wholeEntries.map((e) => e.suffix),
    wholeKeyName: Int32Array.from(wholeEntries, (e) => e.name),
    maxKeyWords,
    hasKeyOfLength,
  };
}
