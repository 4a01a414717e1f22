/**
 * Shared generators and checks for the property-based tests of the core (issue #8, "Hostile
 * input"). The generators produce what a careless or malicious page could pass: markup, script
 * URLs, bidi overrides, invisible characters, lone surrogates, NUL, emoji, SQL-ish text,
 * prototype-pollution keys, any JSON or JS value, and every awkward number.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { builtInKnowledgeBase, LdnValidationError } from '../../../src/core/index.js';
import { DOSE_FORMS, type TitrationInput } from '../../../src/core/index.js';
import { MAX_STEP_DAYS } from '../../../src/core/schemas/dosing.js';
import type { KnowledgeBase, Medication, Severity } from '../../../src/core/schemas/index.js';
import { fold, withoutConnectors } from '../../../src/core/search/normalize.js';

/**
 * One seed for every property, so a failure reproduces run after run (fast-check prints the
 * seed and the shrunk counterexample). Change it locally to explore other inputs.
 */
export const SEED = 8_2025;

/** fast-check parameters: the fixed seed and how many inputs to try. */
export const runs = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, includeErrorInReport: true });

// ---------------------------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------------------------

/** Markup, script URLs and template syntax a page might pass, or an attacker might type. */
export const MARKUP_SNIPPETS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  '[click me](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '<https://evil.example>',
  'www.evil.example',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '#{7*7}',
  '&lt;b&gt;&amp;',
  '&#x3C;script&#x3E;',
] as const;

/** Replacement patterns of String.prototype.replace: they must never be interpreted. */
export const REPLACEMENT_PATTERNS = ['$&', "$'", '$`', '$1', '$<name>', '$$'] as const;

/** Markdown that changes structure when not escaped. */
export const MARKDOWN_SNIPPETS = [
  '**bold**',
  '_em_',
  '`code`',
  '# heading',
  '> quote',
  '- item',
  '1. item',
  '| a | b |',
  '~~strike~~',
  '\\',
  '\n===\n',
  '\n---\n',
  '\n\n',
  '    indented',
] as const;

export const SQLISH_SNIPPETS = [
  "'; DROP TABLE medications; --",
  '" OR 1=1 --',
  "1' UNION SELECT password FROM users --",
  "Robert'); DROP TABLE Students;--",
] as const;

/** Keys that pollute prototypes when a parser or a merge assigns them naively. */
export const POLLUTION_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
] as const;

/** Characters that are invisible, reorder text, break encodings or end lines. */
export const TRICKY_CHARACTERS = [
  '\u202E', // right-to-left override
  '\u202D', // left-to-right override
  '\u2066', // left-to-right isolate
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // byte-order mark
  '\u00AD', // soft hyphen
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u2028',
  '\u2029',
  '\u0301', // combining acute accent, on its own
  '\u3000', // ideographic space
  '😀',
  '👩‍⚕️',
  '🏳️‍🌈',
  'İ',
  'ß',
  'ﬁ',
  'Ω',
  '؟',
  'ー',
] as const;

/** Any single UTF-16 code unit, including lone surrogates. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Strings mixing every kind of hostile fragment with ordinary words. */
const hostileFragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP_SNIPPETS, ...MARKDOWN_SNIPPETS, ...SQLISH_SNIPPETS) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_CHARACTERS, ...REPLACEMENT_PATTERNS, ...POLLUTION_KEYS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', ', ', '; ', '/', '-', '#', '%', '"', "'") },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z]{1,10}$/) },
);

/**
 * A hostile string: random Unicode (any code point, any code unit including lone surrogates,
 * graphemes, ASCII), mixtures of hostile fragments, or very long text.
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(hostileFragment, { maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(hostileFragment, fc.integer({ min: 20, max: 400 }))
      .map(([fragment, times]) => (fragment.length > 0 ? fragment : 'x').repeat(times)),
  },
);

/** A hostile string of at most `max` UTF-16 code units (the limit the core accepts). */
export const hostileStringUpTo = (max: number): fc.Arbitrary<string> => hostileString.map((s) => s.slice(0, max));

// ---------------------------------------------------------------------------------------------
// Hostile numbers and values
// ---------------------------------------------------------------------------------------------

/** NaN, ±Infinity, -0, huge, tiny (below what any rounding can see), near the limits, random. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      0,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.EPSILON,
      Number.MAX_SAFE_INTEGER,
      2 ** 53 + 2,
      1e300,
      1e-9,
      5e-9,
      -1e-9,
      0.001,
      0.005,
      0.01,
      0.1 + 0.2,
      1.5,
      2.999999999,
      3,
      3.01,
      4.5,
      4.500000001,
      4.51,
      366,
      365,
    ),
  },
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -1000, max: 1000 }).map((hundredths) => hundredths / 100),
  fc.double({ min: 0, max: 10, noNaN: true }),
);

/** An object whose keys (including `__proto__`) are own properties, as `JSON.parse` makes them. */
export function withOwnKeys(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return object;
}

/** Objects built on prototype-pollution keys, both as own keys and through JSON.parse. */
export const pollutingObject: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 6 })),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      {
        maxLength: 5,
      },
    )
    .map(withOwnKeys),
  fc
    .constantFrom(
      '{"__proto__":{"polluted":"yes","length":1}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '[{"__proto__":{"resourceType":"MedicationStatement","status":"active"}}]',
      '{"resourceType":"Bundle","entry":[{"resource":{"__proto__":{"resourceType":"Condition"}}}]}',
    )
    .map((json): unknown => JSON.parse(json)),
);

/**
 * Any value at all: every JS value fast-check knows (boxed values, Map/Set, null-prototype
 * objects, sparse arrays, typed arrays, dates, bigints), JSON, hostile strings and numbers,
 * polluting objects, functions and symbols.
 */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
    }),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: pollutingObject },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      undefined,
      null,
      Symbol('hostile'),
      () => 'called',
      new Date(Number.NaN),
      [],
      {},
    ),
  },
);

/**
 * An object with the keys a function reads, each either a plausible value (`valid`) or any
 * value, sometimes missing, and sometimes with an extra key: hostile input that gets past
 * the first `typeof` check.
 */
export function hostileRecord(valid: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const slots = Object.fromEntries(
    Object.entries(valid).map(([key, arbitrary]) => [
      key,
      fc.oneof({ weight: 3, arbitrary }, { weight: 1, arbitrary: anyValue }),
    ]),
  );
  return fc
    .tuple(
      fc.record(slots, { requiredKeys: [] }),
      fc.option(fc.tuple(fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 5 })), anyValue), {
        freq: 5,
      }),
    )
    .map(([record, extra]) => (extra ? withOwnKeys([...Object.entries(record), extra]) : record));
}

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

/**
 * Runs a core function on hostile input: it must return, or throw `LdnValidationError` with a
 * list of issues. Any other throw (TypeError, RangeError, a plain Error) fails the property.
 */
export function returnsOrRejects<T>(
  run: () => T,
  what = 'the core',
): { ok: true; value: T } | { ok: false; error: LdnValidationError } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!(error instanceof LdnValidationError)) {
      throw new Error(`expected a result or LdnValidationError from ${what}, got ${describeError(error)}`, {
        cause: error,
      });
    }
    expect(error.issues, 'LdnValidationError.issues').to.be.an('array');
    return { ok: false, error };
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.constructor.name}: ${error.message}`;
  return `a thrown ${typeof error}: ${String(error)}`;
}

/** Own keys of Object.prototype, to prove afterwards that no input polluted it. */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

/** Fails if anything added keys to Object.prototype or Array.prototype since `before`. */
export function expectNoPrototypePollution(before: readonly string[]): void {
  expect(prototypeKeys()).to.deep.equal(before);
  expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype.polluted').to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>)['polluted'], 'Array.prototype.polluted').to.equal(undefined);
}

// ---------------------------------------------------------------------------------------------
// The knowledge base, as the oracle for "the truth for a known medication"
// ---------------------------------------------------------------------------------------------

export const kb: KnowledgeBase = builtInKnowledgeBase;

/** Medications of a class in the built-in knowledge base. */
export const medicationsOfClass = (classId: string): Medication[] =>
  kb.medications.filter((medication) => medication.classIds.includes(classId));

/** Every name of every medication of a class, with the medication it belongs to. */
export const namesOfClass = (classId: string): { text: string; medicationId: string }[] =>
  medicationsOfClass(classId).flatMap((medication) =>
    medication.names.map((name) => ({ text: name.text, medicationId: medication.id })),
  );

/** The severity each class's rule gives (I1 caution, I2 compatible, I3 avoid). */
export const CLASS_SEVERITY: Record<string, Severity> = {
  opioid: 'avoid',
  'interferon-beta': 'caution',
  glatiramer: 'compatible',
  // Other naltrexone medicines (X1): naltrexone twice.
  naltrexone: 'caution',
};

/** Ids of the glatiramer medications: the only ones that may ever be `compatible` (I2). */
export const GLATIRAMER_IDS = new Set(medicationsOfClass('glatiramer').map((m) => m.id));

/** Every folded word of every name in the knowledge base (and the names without spaces). */
const KNOWLEDGE_BASE_WORDS = new Set(
  kb.medications.flatMap((medication) =>
    medication.names.flatMap((name) => {
      const key = fold(name.text);
      return [...key.split(' '), key.replaceAll(' ', '')];
    }),
  ),
);

/** True when `word` folds to something that is no part of any knowledge-base name. */
export const isForeignWord = (word: string): boolean =>
  fold(word)
    .split(' ')
    .every((piece) => !KNOWLEDGE_BASE_WORDS.has(piece));

/**
 * True when the text contains the name as a run of whole words (folded, without connector
 * words), or is the name written without spaces: the ways the checker may recognise a name.
 */
export function containsNameAsWords(text: string, name: string): boolean {
  const haystack = ` ${withoutConnectors(fold(text))} `;
  const needle = withoutConnectors(fold(name));
  if (needle.length === 0) return false;
  return haystack.includes(` ${needle} `) || fold(text).replaceAll(' ', '') === needle.replaceAll(' ', '');
}

/** Dose and form phrases a person types around a medication name: strengths, forms, timing. */
export const DOSE_FORM_PHRASES = [
  '50 mg',
  '5/325',
  '10mg',
  '0.5 ml',
  '40mg/mL',
  '20 mg per ml',
  'ER',
  'XR',
  'extended release',
  'HCl',
  'tablets',
  '1 tab',
  'daily',
  'twice a day',
  'three times a week',
  'every other day',
  'every 12 hours',
  'at night',
  'at bedtime',
  'as needed',
  'PRN',
  'patch',
  'syringe',
  'prefilled syringe',
  'cada noche',
  'una vez al día',
  '24 HR',
] as const;

/**
 * Words beside a name that are not a dose or form phrase, though some look like one: filler, a
 * bare number, a number glued to letters (4-AP is dalfampridine), a count with no period. Each
 * keeps an entry from being "no known conflict".
 */
export const NOT_DOSE_FORM = [
  'my',
  'the',
  '(generic)',
  'mañana',
  '2x',
  '#30',
  '4AP',
  '4-AP',
  'cough',
  'and',
  'a',
  'mg',
  'every',
  'other',
] as const;

/** A random word that is no part of any knowledge-base name: to the checker, maybe an unlisted medicine. */
export const foreignWord: fc.Arbitrary<string> = fc.stringMatching(/^[a-z]{2,9}$/).filter(isForeignWord);

/** A filler phrase, or a random word that is no part of any knowledge-base name. */
const fillerWord: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...DOSE_FORM_PHRASES), foreignWord);

const SEPARATORS = [' ', '  ', ', ', ' / ', ' - ', ' + ', '\t', ' (', ') ', ': '] as const;

const ACUTE = '\u0301';
const PRECOMPOSED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', n: 'ñ', c: 'ç' };

/**
 * Changes case and adds accents only to ASCII letters (case-mapping other letters may change
 * the length, like ß to SS), so the result folds to the same text as the input.
 */
export const caseAndAccentVariant = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom('keep', 'upper', 'lower', 'acute', 'precomposed'), {
      minLength: text.length,
      maxLength: text.length,
    })
    .map((modes) =>
      [...text]
        .map((char, i) => {
          if (!/[A-Za-z]/.test(char)) return char;
          switch (modes[i]) {
            case 'upper':
              return char.toUpperCase();
            case 'lower':
              return char.toLowerCase();
            case 'acute':
              return char + ACUTE;
            case 'precomposed': {
              const accented = PRECOMPOSED[char.toLowerCase()];
              if (!accented) return char;
              return char === char.toUpperCase() ? accented.toUpperCase() : accented;
            }
            default:
              return char;
          }
        })
        .join(''),
    );

/**
 * A name as a person might type it: in any case, with accents, between doses and other words
 * that are no part of any knowledge-base name (only doses and filler phrases when `foreignWords`
 * is false). At most `max` code units long.
 */
export const embeddedName = (name: string, max = 200, { foreignWords = true } = {}): fc.Arbitrary<string> =>
  fc
    .record({
      name: caseAndAccentVariant(name),
      before: fc.array(foreignWords ? fillerWord : fc.constantFrom(...DOSE_FORM_PHRASES), { maxLength: 3 }),
      after: fc.array(foreignWords ? fillerWord : fc.constantFrom(...DOSE_FORM_PHRASES), { maxLength: 3 }),
      separator: fc.constantFrom(...SEPARATORS),
    })
    .map(({ name: typed, before, after, separator }) => [...before, typed, ...after].join(separator))
    .filter((text) => text.length <= max);

// ---------------------------------------------------------------------------------------------
// Titration input a page might really pass
// ---------------------------------------------------------------------------------------------

/** A real calendar date between the bounds the titration schema accepts, as YYYY-MM-DD. */
export const isoDate: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A dose in whole hundredths of a mg, from `min` to `max` hundredths. */
export const hundredthsOfMg = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min, max }).map((h) => h / 100);

/** Every field as a page might really set it: two-decimal doses (some far too high), whole days, real dates, any form. */
export const plausibleTitrationInput: fc.Arbitrary<TitrationInput> = fc
  .record(
    {
      startDoseMg: fc.oneof(hundredthsOfMg(1, 1000), fc.constantFrom(1.5, 3, 4.5, 4.51, 1e6)),
      targetDoseMg: fc.oneof(hundredthsOfMg(1, 1000), fc.constantFrom(1.5, 3, 3.01, 4.5, 4.51, 1e6)),
      stepDoseMg: fc.oneof(hundredthsOfMg(1, 600), fc.constant(1e6)),
      stepDays: fc.integer({ min: 1, max: MAX_STEP_DAYS }),
      spasticity: fc.boolean(),
      form: fc.constantFrom(...DOSE_FORMS),
      concentrationMgPerMl: fc.oneof(hundredthsOfMg(1, 10_000), fc.double({ min: 1e-3, max: 1e3, noNaN: true })),
      startDate: isoDate,
    },
    { requiredKeys: [] },
  )
  .map((input) => {
    // A concentration only belongs with the liquid: keep the combinations the schema accepts.
    if (input.concentrationMgPerMl !== undefined) return { ...input, form: 'sublingual-liquid' as const };
    return input;
  });

// ---------------------------------------------------------------------------------------------
// The built-in knowledge base must come out of every test exactly as it went in
// ---------------------------------------------------------------------------------------------

/** A deep copy of the built-in knowledge base, to compare with after hostile use. */
export const snapshotKnowledgeBase = (): KnowledgeBase => structuredClone(builtInKnowledgeBase);

/**
 * Copies `source` back into `target` in place (same objects, so caches keyed on them stay
 * valid): lets a test that caught a mutation repair it so later tests see the real data.
 */
export function restoreInPlace(target: unknown, source: unknown): void {
  if (typeof target !== 'object' || target === null || typeof source !== 'object' || source === null) return;
  const into = target as Record<string, unknown>;
  const from = source as Record<string, unknown>;
  if (Array.isArray(into) && Array.isArray(from)) into.length = from.length;
  for (const key of Object.keys(into)) if (!(key in from)) delete into[key];
  for (const [key, value] of Object.entries(from)) {
    const current = into[key];
    const sameKind =
      typeof current === 'object' &&
      current !== null &&
      typeof value === 'object' &&
      value !== null &&
      Array.isArray(current) === Array.isArray(value);
    if (sameKind) restoreInPlace(current, value);
    else into[key] = structuredClone(value);
  }
}

/** Fails if the built-in knowledge base differs from the snapshot, repairing it first (it is frozen, so normally it cannot differ). */
export function expectBuiltInUnchanged(snapshot: KnowledgeBase): void {
  try {
    expect(builtInKnowledgeBase, 'the built-in knowledge base is unchanged').to.deep.equal(snapshot);
  } catch (error) {
    restoreInPlace(builtInKnowledgeBase, snapshot);
    throw error;
  }
}

/**
 * Registers, for the enclosing suite, the checks that hostile input left the built-in knowledge
 * base and the object prototypes exactly as they were.
 */
export function keepBuiltInDataAndPrototypesIntact(): void {
  const prototypeBefore = prototypeKeys();
  const knowledgeBaseBefore = snapshotKnowledgeBase();
  after(() => expectNoPrototypePollution(prototypeBefore));
  after(() => expectBuiltInUnchanged(knowledgeBaseBefore));
}
