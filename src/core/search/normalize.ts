/**
 * Text folding shared by the typeahead and the checker, so both agree on what "the same name"
 * means: case, accents (NFD, marks removed), punctuation and spacing do not matter.
 */

/** Folded text plus, for every folded character, the [start, end) it came from in the input. */
export interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}/gu;

/**
 * Lower-cases, strips accents and turns every run of other characters into one space, keeping a
 * map back to the input so matches can be highlighted in the name as written.
 */
export function foldText(input: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of input) {
    const end = index + char.length;
    const folded = char.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (const piece of folded) {
      if (LETTER_OR_DIGIT.test(piece)) {
        text += piece;
        starts.push(index);
        ends.push(end);
      } else if (text.length > 0 && !text.endsWith(' ')) {
        text += ' ';
        starts.push(index);
        ends.push(end);
      }
    }
    index = end;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { text, starts, ends };
}

/** Folded text only. */
export function fold(input: string): string {
  return foldText(input).text;
}

/** Words that join the parts of a combination ("hydrocodone and acetaminophen", "w/ codeine"). */
const CONNECTORS = new Set(['and', 'with', 'w', 'plus', 'y', 'con']);

/** Folded text without connector words, so "oxycodone/acetaminophen" equals "oxycodone and acetaminophen". */
export function withoutConnectors(folded: string): string {
  return folded
    .split(' ')
    .filter((word) => !CONNECTORS.has(word))
    .join(' ');
}

/** Folded text without spaces, so "ms contin" equals "mscontin". */
export function compact(folded: string): string {
  return folded.replaceAll(' ', '');
}

/** Units, release forms and filler a person adds around a name ("tramadol 50 mg", "my oxycodone ER"). */
const EXTRA_WORDS = new Set([
  'mg',
  'mcg',
  'ug',
  'g',
  'ml',
  'iu',
  'unit',
  'units',
  'tab',
  'tabs',
  'tablet',
  'tablets',
  'cap',
  'caps',
  'capsule',
  'capsules',
  'pill',
  'pills',
  'er',
  'xr',
  'sr',
  'cr',
  'ir',
  'la',
  'hcl',
  'dose',
  'daily',
  'my',
  'the',
  'a',
  'an',
]);

/** True for a dose ("50", "10mg", "5/325" folds to "5 325") or an extra word. */
export function isExtraWord(word: string): boolean {
  return /^[0-9]/.test(word) || EXTRA_WORDS.has(word);
}

/** Folded query without doses and extra words: what is left should be (part of) a name. */
export function withoutExtraWords(folded: string): string {
  return folded
    .split(' ')
    .filter((word) => word.length > 0 && !isExtraWord(word))
    .join(' ');
}

/** Number of letters (not digits or spaces): typo tolerance needs at least four. */
export function letterCount(folded: string): number {
  let count = 0;
  for (const char of folded) if (char !== ' ' && !/[0-9]/.test(char)) count++;
  return count;
}
