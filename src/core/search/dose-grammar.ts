/**
 * The strict grammar of what may stand beside a medicine's name in an entry without being a
 * medicine itself: strengths ("20 mg", "40mg/mL", "5/325"), release forms ("ER", "extended
 * release"), dosage forms ("tablet", "prefilled syringe"), salts ("HCl") and how often
 * ("twice daily", "every other day", "una vez al día"). It reads folded words (see `fold`).
 *
 * Rule: a word is accounted for only inside one of these phrases. A lone filler word ("my",
 * "the"), a bare number ("4"), a number glued to letters that are not a unit ("4ap": 4-AP is a
 * medicine), a unit without a number, or any other word is left over, and a leftover word keeps
 * an entry from being "no known conflict". Never add a word that is, or abbreviates, a medicine.
 */

/** Units that may follow a number, spaced ("20 mg") or glued ("20mg"). */
const UNITS = new Set([
  'mg',
  'mgs',
  'mcg',
  'mcgs',
  'ug',
  'g',
  'gm',
  'ml',
  'l',
  'iu',
  'u',
  'unit',
  'units',
  'meq',
  'milligram',
  'milligrams',
  'microgram',
  'micrograms',
  'gram',
  'grams',
  'hr',
  'hrs',
  'hour',
  'hours',
  'h',
  'miligramos',
  'microgramos',
  'gramos',
  'unidades',
  'horas',
]);

const GLUED_STRENGTH = new RegExp(`^[0-9]+(?:${[...UNITS].join('|')})$`);
const NUMBER = /^[0-9]+$/;

/** Release forms, said as one word ("ER") in names and on labels. */
const RELEASE_WORDS = new Set(['er', 'xr', 'sr', 'cr', 'ir', 'la', 'xl', 'dr', 'ec', 'odt']);

/** Dosage forms and routes, English and Spanish, one word each. */
const FORM_WORDS = new Set([
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
  'liquid',
  'solution',
  'suspension',
  'syrup',
  'elixir',
  'drops',
  'injection',
  'injections',
  'injectable',
  'syringe',
  'syringes',
  'prefilled',
  'pen',
  'pens',
  'autoinjector',
  'kit',
  'vial',
  'vials',
  'patch',
  'patches',
  'film',
  'spray',
  'lozenge',
  'oral',
  'sublingual',
  'transdermal',
  'subcutaneous',
  'intramuscular',
  'nasal',
  'tableta',
  'tabletas',
  'pastilla',
  'pastillas',
  'capsula',
  'capsulas',
  'jarabe',
  'gotas',
  'inyeccion',
  'inyecciones',
  'inyectable',
  'jeringa',
  'jeringas',
  'pluma',
  'parche',
  'parches',
  'liquido',
  'solucion',
]);

/** Salt forms that labels add to a generic name ("oxycodone HCl"). */
const SALT_WORDS = new Set(['hcl', 'hydrochloride', 'sulfate', 'bitartrate', 'phosphate', 'citrate', 'tartrate']);

/** How often, as one word. */
const FREQUENCY_WORDS = new Set([
  'daily',
  'nightly',
  'weekly',
  'monthly',
  'qd',
  'bid',
  'tid',
  'qid',
  'qhs',
  'qod',
  'qam',
  'qpm',
  'prn',
  'diario',
  'diaria',
  'diariamente',
  'semanal',
  'mensual',
]);

const PERIODS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'night', 'nights', 'morning', 'evening'];
const PERIODS_ES = ['dia', 'dias', 'semana', 'semanas', 'mes', 'meses', 'noche', 'noches', 'manana', 'tarde'];

/**
 * Multi-word phrases, each a list of alternatives per position; `#` is any number. Longest match
 * wins at each position, so "every other day" is one phrase, not "every" plus leftovers.
 */
const PHRASES: readonly (readonly (readonly string[])[])[] = [
  [['extended', 'immediate', 'delayed', 'controlled', 'sustained', 'modified'], ['release']],
  [['long'], ['acting']],
  [['auto'], ['injector']],
  [['pre'], ['filled']],
  [['liberacion'], ['prolongada', 'inmediata']],
  // "once a day", "twice per week", "3 times each day", "two times daily".
  [['once', 'twice', 'thrice'], ['a', 'an', 'per', 'each', 'every'], PERIODS],
  [
    ['once', 'twice', 'thrice'],
    ['daily', 'weekly', 'nightly', 'monthly'],
  ],
  [['#', 'one', 'two', 'three', 'four'], ['times'], ['a', 'an', 'per', 'each', 'every'], PERIODS],
  [['#', 'one', 'two', 'three', 'four'], ['times'], ['daily', 'weekly', 'nightly', 'monthly']],
  [['a', 'an', 'per', 'each', 'every'], PERIODS],
  [['every'], ['other'], PERIODS],
  [['every'], ['#'], ['hours', 'hrs', 'hr', 'h', 'days', 'weeks']],
  [['at'], ['bedtime', 'night', 'noon']],
  [['in'], ['the'], ['morning', 'evening', 'afternoon']],
  [['as', 'when'], ['needed']],
  [['before'], ['bed', 'bedtime']],
  // Spanish: "una vez al día", "dos veces por semana", "cada noche", "por la noche", "al acostarse".
  [['una'], ['vez'], ['al', 'por', 'cada'], PERIODS_ES],
  [['una'], ['vez'], ['a'], ['la'], PERIODS_ES],
  [['#', 'dos', 'tres', 'cuatro'], ['veces'], ['al', 'por', 'cada'], PERIODS_ES],
  [['#', 'dos', 'tres', 'cuatro'], ['veces'], ['a'], ['la'], PERIODS_ES],
  [['al', 'por', 'cada'], PERIODS_ES],
  [['cada'], ['#'], ['horas', 'dias', 'semanas']],
  [['por', 'en'], ['la'], ['noche', 'manana', 'tarde']],
  [['al'], ['acostarse']],
];

function matchesSlot(word: string, slot: readonly string[]): boolean {
  return slot.includes(word) || (slot.includes('#') && NUMBER.test(word));
}

/** Length of the strength at `i` ("20 mg", "40mg ml", "5 325", "0 5 mg per ml"), or 0. */
function strengthLength(words: readonly string[], i: number, end: number): number {
  const first = words[i]!;
  if (!NUMBER.test(first) && !GLUED_STRENGTH.test(first)) return 0;
  let j = i + 1;
  let hasUnit = GLUED_STRENGTH.test(first);
  let numbers = NUMBER.test(first) ? 1 : 0;
  while (j < end) {
    const word = words[j]!;
    if (NUMBER.test(word)) numbers++;
    else if (GLUED_STRENGTH.test(word) || UNITS.has(word)) hasUnit = true;
    else if (word === 'per' && j + 1 < end && UNITS.has(words[j + 1]!)) {
      // "50 mg per ml": "per" only between units.
    } else break;
    j++;
  }
  // A number needs a unit, a second number ("5/325", "0.5") or a form after it ("1 tab"): a bare
  // "4" could be part of a name.
  const countOfForm = j < end && FORM_WORDS.has(words[j]!);
  return hasUnit || numbers >= 2 || countOfForm ? j - i : 0;
}

function phraseLength(words: readonly string[], i: number, end: number): number {
  let best = 0;
  for (const phrase of PHRASES) {
    if (i + phrase.length > end || phrase.length <= best) continue;
    if (phrase.every((slot, k) => matchesSlot(words[i + k]!, slot))) best = phrase.length;
  }
  return best;
}

function isSingleWordTerm(word: string): boolean {
  return RELEASE_WORDS.has(word) || FORM_WORDS.has(word) || SALT_WORDS.has(word) || FREQUENCY_WORDS.has(word);
}

/**
 * Marks, in `covered`, every word of `words[from..to]` that belongs to a dose or form phrase.
 * Only whole phrases count: "every" alone, "a" alone or "4" alone stay unmarked.
 */
export function markDoseFormPhrases(
  words: readonly string[],
  covered: boolean[],
  from = 0,
  to = words.length - 1,
): void {
  const end = to + 1;
  let i = from;
  while (i < end) {
    const length = Math.max(
      strengthLength(words, i, end),
      phraseLength(words, i, end),
      isSingleWordTerm(words[i]!) ? 1 : 0,
    );
    if (length === 0) {
      i++;
      continue;
    }
    for (let k = i; k < i + length; k++) covered[k] = true;
    i += length;
  }
}

/** True when every word of the folded text is part of a dose or form phrase (also for empty text). */
export function isDoseFormPhrase(folded: string): boolean {
  if (folded.length === 0) return true;
  const words = folded.split(' ');
  const covered = new Array<boolean>(words.length).fill(false);
  markDoseFormPhrases(words, covered);
  return covered.every(Boolean);
}

/** Every word some phrase can use: built once, for the typo search's filter. */
const PHRASE_WORDS = new Set(PHRASES.flatMap((phrase) => phrase.flat()));

/** True for a word that can be part of some dose or form phrase (the typo search skips runs of them). */
export function isDoseFormVocabulary(word: string): boolean {
  return (
    NUMBER.test(word) ||
    GLUED_STRENGTH.test(word) ||
    UNITS.has(word) ||
    isSingleWordTerm(word) ||
    PHRASE_WORDS.has(word)
  );
}
