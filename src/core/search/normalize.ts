/**
 * Text folding shared by the typeahead and the checker, so both agree on what "the same name"
 * means: case, accents, compatibility forms (NFKD: fullwidth "ＯＸＹ", ligatures "ﬁ", "㎎"), punctuation
 * and spacing do not matter.
 */

/** Folded text plus, for every folded character, the [start, end) it came from in the input. */
export interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}/gu;
/** Trademark signs: NFKD spells ™ as "TM", which glued to a name ("Copaxone™") would hide it. */
const TRADEMARK_SIGNS = new Set(['\u2122', '\u2120']);

/**
 * Lower-cases, strips accents and turns every run of other characters into one space, keeping a
 * map back to the input so matches can be highlighted in the name as written.
 */
export function foldText(input: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  const keep = (piece: string, start: number, end: number) => {
    text += piece;
    starts.push(start);
    ends.push(end);
  };
  for (const char of input) {
    const end = index + char.length;
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      // ASCII, most of what is typed: the same result as the general path below, much faster.
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) keep(char, index, end);
      else if (code >= 0x41 && code <= 0x5a) keep(String.fromCharCode(code + 0x20), index, end);
      else if (text.length > 0 && !text.endsWith(' ')) keep(' ', index, end);
    } else if (TRADEMARK_SIGNS.has(char)) {
      if (text.length > 0 && !text.endsWith(' ')) keep(' ', index, end);
    } else {
      // NFKD, not NFD: fullwidth and other compatibility forms must fold to the plain letters, or
      // "ＯＸＹＣＯＤＯＮＥ" would not be recognised. Each piece still maps back to its input character.
      const folded = char.normalize('NFKD').replace(MARKS, '').toLowerCase();
      for (const piece of folded) {
        if (LETTER_OR_DIGIT.test(piece)) keep(piece, index, end);
        else if (text.length > 0 && !text.endsWith(' ')) keep(' ', index, end);
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

/**
 * True for a dose ("50", "10mg", "5/325" folds to "5 325") or an extra word: the typeahead drops
 * them from a query. The checker is stricter: see dose-grammar.ts.
 */
export function isExtraWord(word: string): boolean {
  return /^[0-9]/.test(word) || EXTRA_WORDS.has(word);
}

/** True for a word that joins the parts of a combination ("and", "with"). */
export function isConnector(word: string): boolean {
  return CONNECTORS.has(word);
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
  for (const char of folded) if (char !== ' ' && !(char >= '0' && char <= '9')) count++;
  return count;
}
