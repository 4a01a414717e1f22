import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { searchMedications, type MedicationMatch } from '../../../src/core/index.js';
import { fold } from '../../../src/core/search/normalize.js';
import {
  anyValue,
  caseAndAccentVariant,
  hostileRecord,
  hostileString,
  kb,
  returnsOrRejects,
  runs,
  keepBuiltInDataAndPrototypesIntact,
} from './arbitraries.js';

const DEFAULT_LIMIT = 8;
const allNames = kb.medications.flatMap((m) =>
  m.names.map((n) => ({ text: n.text, kind: n.kind, medicationId: m.id })),
);
const everyMedication = kb.medications.length + 1;

/** What a person types into the typeahead: hostile text, names, prefixes, names with typos. */
const query: fc.Arbitrary<string> = fc.oneof(
  hostileString,
  fc.constantFrom(...allNames.map((n) => n.text)),
  fc
    .tuple(fc.constantFrom(...allNames.map((n) => n.text)), fc.nat())
    .map(([name, cut]) => name.slice(0, 1 + (cut % name.length))),
);

/** Checks the shape every result list must have, whatever the query. */
function expectWellFormed(results: MedicationMatch[], limit: number): void {
  expect(results.length).to.be.at.most(limit);
  const ids = results.map((r) => r.medication.id);
  expect(new Set(ids).size, `one result per medication: ${ids.join(', ')}`).to.equal(ids.length);
  results.forEach((result, i) => {
    if (i > 0) expect(result.score).to.be.at.most(results[i - 1]!.score);
    const name = result.medication.names.find((n) => n.text === result.matchedName);
    expect(name, `matchedName "${result.matchedName}" is a name of ${result.medication.id}`).to.not.equal(undefined);
    expect(result.matchedKind).to.equal(name!.kind);
    expect(result.fuzzy).to.equal(result.matchType === 'fuzzy');
    let previousEnd = 0;
    for (const [start, end] of result.highlights) {
      expect(Number.isInteger(start) && Number.isInteger(end), 'integer highlight').to.equal(true);
      expect(start, `highlight in "${result.matchedName}"`).to.be.at.least(previousEnd);
      expect(end).to.be.above(start);
      expect(end).to.be.at.most(result.matchedName.length);
      previousEnd = end;
    }
    expect(result.highlights.length).to.be.at.least(1);
  });
}

describe('searchMedications — properties', () => {
  keepBuiltInDataAndPrototypesIntact();

  it('returns results or throws LdnValidationError for any query and options', () => {
    fc.assert(
      fc.property(
        anyValue,
        fc.oneof(anyValue, hostileRecord({ limit: fc.integer({ min: -5, max: 50 }), knowledgeBase: anyValue })),
        (anyQuery, options) => {
          returnsOrRejects(() => searchMedications(anyQuery as never));
          returnsOrRejects(() => searchMedications('oxy', options as never));
        },
      ),
      runs(400),
    );
  });

  it('returns at most `limit` results, each medication once, ranked, with valid sorted highlights', () => {
    fc.assert(
      fc.property(query, fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), (text, limit) => {
        const results = searchMedications(text, { limit });
        expectWellFormed(results, limit ?? DEFAULT_LIMIT);
      }),
      runs(400),
    );
  });

  it('finds every name first when it is typed exactly, highlighted whole', () => {
    for (const name of allNames) {
      const [first] = searchMedications(name.text);
      expect(first?.medication.id, name.text).to.equal(name.medicationId);
      expect(first!.matchType, name.text).to.equal('exact');
      if (/^[\p{L}\p{N}][\s\S]*[\p{L}\p{N}]$/u.test(name.text)) {
        expect(first!.highlights, name.text).to.deep.equal([[0, name.text.length]]);
      }
    }
  });

  it('finds the medication for every prefix of 3+ characters of any of its names', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allNames), fc.nat(), (name, cut) => {
        const prefix = name.text.slice(0, 3 + (cut % Math.max(1, name.text.length - 2)));
        fc.pre(fold(prefix).length >= 3);
        // With room for every medication, nothing can push it out of the list.
        const everything = searchMedications(prefix, { limit: everyMedication }).map((r) => r.medication.id);
        expect(everything, JSON.stringify(prefix)).to.include(name.medicationId);
        // With the default limit, it is listed whenever the list is not full.
        const shown = searchMedications(prefix).map((r) => r.medication.id);
        if (shown.length < DEFAULT_LIMIT) expect(shown, JSON.stringify(prefix)).to.include(name.medicationId);
      }),
      runs(400),
    );
  });

  it('ignores case and accents', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...allNames.map((n) => n.text)).map((name) => name.slice(0, 40)),
    );
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), caseAndAccentVariant(t))),
        ([original, variant]) => {
          const summary = (results: MedicationMatch[]) =>
            results.map((r) => [r.medication.id, r.matchedName, r.matchType, r.score, r.highlights]);
          expect(summary(searchMedications(variant)), JSON.stringify(variant)).to.deep.equal(
            summary(searchMedications(original)),
          );
        },
      ),
      runs(300),
    );
  });

  it('returns nothing for text without a letter or digit', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(' ', '\t', '\n', '-', '#', '/', '\u200B', '\u202E', '\u0301', '😀', '<', '>'),
        }),
        (text) => {
          expect(searchMedications(text)).to.deep.equal([]);
        },
      ),
      runs(200),
    );
  });
});
