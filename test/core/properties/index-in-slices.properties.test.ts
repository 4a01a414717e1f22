import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkInteractions, extendKnowledgeBase, searchMedications } from '../../../src/core/index.js';
import {
  advanceMedicationIndex,
  buildMedicationIndex,
  getMedicationIndex,
  hasMedicationIndex,
  type MedicationIndex,
} from '../../../src/core/search/medication-index.js';
import { runs } from './arbitraries.js';
import { inventedFormulary } from '../../fixtures/invented-formulary.js';

// The search index built in slices (`advanceMedicationIndex`, as the checker does when the
// browser is idle) is the index built at once, however many slices ran before a search or a
// check needed it: a search or check mid-build finishes the build itself, and answers the same.

/** A 1,500-name invented formulary (no real medicine), so a build takes several slices. */
const extension = inventedFormulary(500, (i, word) => `${word(999 - i)}rex`);
const freshBase = () => extendKnowledgeBase(extension);
const reference = freshBase();
const names = reference.medications.flatMap((m) => m.names.map((n) => n.text));

const query = fc.oneof(
  fc.constantFrom(...names),
  fc.tuple(fc.constantFrom(...names), fc.nat()).map(([name, cut]) => name.slice(0, 1 + (cut % name.length))),
  fc.stringMatching(/^[a-z]{1,6}$/),
);

/** The index as text (chai's deep equality on 2,000 indexed names is too slow for a property). */
function fingerprint(index: MedicationIndex): string {
  return JSON.stringify({
    names: index.names.map((n) => [
      n.medicationIndex,
      n.name.text,
      n.key,
      n.starts,
      n.ends,
      n.compactKey,
      n.compactToKey,
    ]),
    maps: [index.byKey, index.byKeyWithoutConnectors, index.byCompactKey, index.byCode].map((m) => [...m]),
    sorted: [index.suffixes, index.compactKeys, index.wholeKeys],
    typed: [index.suffixName, index.suffixOffset, index.compactName, index.wholeKeyName, index.hasKeyOfLength].map(
      (a) => Array.from(a),
    ),
    words: [index.maxWords, index.maxKeyWords],
  });
}

describe('search index built in slices — properties', () => {
  it('searches and checks mid-build answer as with the index built at once, and the index is the same', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.array(query, { minLength: 1, maxLength: 4 }), (slices, queries) => {
        const base = freshBase();
        let ready = false;
        // A budget of 0 ms is one step per call: the finest slicing there is.
        for (let i = 0; i < slices && !ready; i++) ready = advanceMedicationIndex(base, 0);
        expect(hasMedicationIndex(base)).to.equal(ready);
        for (const text of queries) {
          expect(searchMedications(text, { knowledgeBase: base })).to.deep.equal(
            searchMedications(text, { knowledgeBase: reference }),
          );
        }
        expect(checkInteractions({ medications: queries }, { knowledgeBase: base })).to.deep.equal(
          checkInteractions({ medications: queries }, { knowledgeBase: reference }),
        );
        expect(fingerprint(getMedicationIndex(base))).to.equal(fingerprint(buildMedicationIndex(base)));
      }),
      runs(20),
    );
  });

  it('a build in slices ends, and needs more than one slice for a large formulary', () => {
    const base = freshBase();
    let calls = 1;
    while (!advanceMedicationIndex(base, 0)) calls++;
    expect(calls).to.be.greaterThan(3);
    expect(hasMedicationIndex(base)).to.equal(true);
    expect(fingerprint(getMedicationIndex(base))).to.equal(fingerprint(buildMedicationIndex(base)));
  });
});
