import type { MedicationIndex } from './medication-index.js';
import { fold, isExtraWord, letterCount, withoutConnectors } from './normalize.js';
import { fuzzySearch } from './sorted-keys.js';

/** How confidently a free-text entry was recognised. */
export type RecognitionKind = 'exact' | 'contained' | 'typo';

/** Names (indexes into `MedicationIndex.names`) a text was recognised as, all equally good. */
export interface Recognition {
  kind: RecognitionKind;
  nameIndexes: number[];
}

const MAX_TYPOS = 1;
const MIN_LETTERS_FOR_TYPOS = 4;

/**
 * Recognises free text as a medication only when confident, for the interaction checker: the
 * whole text is a name (ignoring case, accents, punctuation, spacing, "and"/"with"); or a name
 * appears in it as whole words ("tramadol 50 mg"); or one word run is one typo away from exactly
 * one medication's full name. A mere prefix ("oxy") is never enough: typeahead may suggest, the
 * checker must not assume. Undefined means not recognised.
 */
export function recognizeMedicationText(index: MedicationIndex, text: string): Recognition | undefined {
  const folded = fold(text);
  if (folded.length === 0) return undefined;

  const exact =
    index.byKey.get(folded) ??
    index.byKeyWithoutConnectors.get(withoutConnectors(folded)) ??
    index.byCompactKey.get(folded.replaceAll(' ', ''));
  if (exact) return { kind: 'exact', nameIndexes: exact };

  const contained = findContainedNames(index, withoutConnectors(folded).split(' '));
  if (contained.length > 0) return { kind: 'contained', nameIndexes: contained };

  const typo = findSingleTypoMedication(
    index,
    folded.split(' ').filter((word) => !isExtraWord(word)),
  );
  return typo ? { kind: 'typo', nameIndexes: typo } : undefined;
}

/** Names found as word runs, keeping only the longest where runs overlap ("tylenol with codeine", not "codeine"). */
function findContainedNames(index: MedicationIndex, words: string[]): number[] {
  const runs: { first: number; last: number; names: number[] }[] = [];
  for (let first = 0; first < words.length; first++) {
    for (let last = first; last < words.length && last - first < index.maxWords; last++) {
      const names = index.byKeyWithoutConnectors.get(words.slice(first, last + 1).join(' '));
      if (names) runs.push({ first, last, names });
    }
  }
  const outermost = runs.filter(
    (run) =>
      !runs.some(
        (other) =>
          other !== run &&
          other.first <= run.first &&
          other.last >= run.last &&
          other.last - other.first > run.last - run.first,
      ),
  );
  return [...new Set(outermost.flatMap((run) => run.names))];
}

/** Word runs one typo away from a whole name; accepted only when they all point to one medication. */
function findSingleTypoMedication(index: MedicationIndex, words: string[]): number[] | undefined {
  const names = new Set<number>();
  for (let first = 0; first < words.length; first++) {
    for (let last = first; last < words.length && last - first < index.maxWords; last++) {
      const run = words.slice(first, last + 1).join(' ');
      if (letterCount(run) < MIN_LETTERS_FOR_TYPOS) continue;
      for (const range of fuzzySearch(index.suffixes, run, MAX_TYPOS, 'whole')) {
        for (let i = range.start; i < range.end; i++) {
          // A whole name, not the last words of one ("contin" is not MS Contin), and not a
          // name cut short ("acti" is a prefix of Actiq, not a typo of it).
          const nameIndex = index.suffixName[i]!;
          if (index.suffixOffset[i] === 0 && !index.names[nameIndex]!.key.startsWith(run)) names.add(nameIndex);
        }
      }
    }
  }
  const medications = new Set([...names].map((nameIndex) => index.names[nameIndex]!.medicationIndex));
  return medications.size === 1 ? [...names] : undefined;
}
