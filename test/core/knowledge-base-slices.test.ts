import { expect } from '@open-wc/testing';
import { builtInKnowledgeBase as whole } from '../../src/core/data/index.js';
import { builtInKnowledgeBase as doseCardSlice } from '../../src/core/data/slices/dose-card.js';
import { builtInKnowledgeBase as checkerSlice } from '../../src/core/data/slices/interaction-checker.js';
import { builtInKnowledgeBase as sideEffectListSlice } from '../../src/core/data/slices/side-effect-list.js';
import { findReferenceIssues, validateKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { KnowledgeBase } from '../../src/core/schemas/index.js';

// The one-element scripts carry a slice of the built-in base (vite.config.ts, knowledgeBaseSlice):
// each must be a sound knowledge base on its own, hold the whole base's records unchanged for
// everything its element reads, and leave out only what that element never reads.
type Collection = Exclude<keyof KnowledgeBase, 'version' | 'dosing'>;
const slices: [string, KnowledgeBase, Collection[]][] = [
  ['dose card', doseCardSlice, ['medicationClasses', 'medications', 'conditions', 'interactionRules', 'sideEffects']],
  ['side-effect list', sideEffectListSlice, ['medicationClasses', 'medications', 'conditions', 'interactionRules']],
  ['interaction checker', checkerSlice, ['sideEffects']],
];

/** Every fact id any record of a base cites. */
function factIdsCitedBy(kb: KnowledgeBase): string[] {
  const ids: string[] = [];
  JSON.stringify(kb, (key, value: unknown) => {
    if (key === 'factIds' && Array.isArray(value)) ids.push(...(value as string[]));
    return value;
  });
  return ids;
}

/** Every source id any record of a base (sources aside) cites, as `sourceId` or in `sourceIds`. */
function sourceIdsCitedBy(kb: KnowledgeBase): string[] {
  const ids: string[] = [];
  JSON.stringify({ ...kb, sources: [] }, (key, value: unknown) => {
    if (key === 'sourceId' && typeof value === 'string') ids.push(value);
    if (key === 'sourceIds' && Array.isArray(value)) ids.push(...(value as string[]));
    return value;
  });
  return ids;
}

describe('built-in knowledge base slices of the element scripts', () => {
  for (const [element, slice, leftOut] of slices) {
    describe(`the ${element}'s`, () => {
      it('is a sound knowledge base: it passes the schemas and every reference resolves', () => {
        expect(() => validateKnowledgeBase(slice)).not.to.throw();
        expect(findReferenceIssues(slice)).to.deep.equal([]);
      });

      it("has the whole base's version and dosing, and sources and facts taken from it unchanged", () => {
        expect(slice.version).to.equal(whole.version);
        expect(slice.dosing).to.deep.equal(whole.dosing);
        for (const source of slice.sources) expect(whole.sources).to.deep.include(source);
        for (const fact of slice.facts) expect(whole.facts).to.deep.include(fact);
      });

      it("keeps exactly the sources its records cite, and the article (every element's attribution line), in the whole base's order", () => {
        const cited = new Set(['verywell-2023', ...sourceIdsCitedBy(slice)]);
        expect(slice.sources.map((s) => s.id)).to.deep.equal(
          whole.sources.map((s) => s.id).filter((id) => cited.has(id)),
        );
      });

      it('keeps every fact its records cite, in the brief order', () => {
        const wholeOrder = whole.facts.map((f) => f.id);
        const ids = slice.facts.map((f) => f.id);
        expect(ids).to.deep.equal(wholeOrder.filter((id) => ids.includes(id)));
        expect(factIdsCitedBy(slice).every((id) => ids.includes(id))).to.be.true;
      });

      it(`leaves out only ${leftOut.join(', ')}; every record it has is the whole base's`, () => {
        const collections: Collection[] = [
          'statements',
          'medicationClasses',
          'medications',
          'conditions',
          'interactionRules',
          'sideEffects',
        ];
        for (const collection of collections) {
          if (leftOut.includes(collection)) {
            expect(slice[collection], collection).to.deep.equal([]);
          } else if (collection === 'statements') {
            // The checker shows no statement: it keeps only the dosing ones every base must have.
            for (const statement of slice.statements) expect(whole.statements).to.deep.include(statement);
          } else {
            expect(slice[collection], collection).to.deep.equal(whole[collection]);
          }
        }
      });

      it('is frozen, as the whole base is', () => {
        expect(Object.isFrozen(slice)).to.be.true;
        expect(Object.isFrozen(slice.dosing.maximum)).to.be.true;
      });
    });
  }

  it('the dose card keeps every statement (background and dosing)', () => {
    expect(doseCardSlice.statements).to.deep.equal(whole.statements);
  });

  it('the side-effect list keeps its introduction and the dosing statements the dosing protocol names', () => {
    expect(sideEffectListSlice.statements.map((s) => s.id)).to.deep.equal([
      'side-effects-uncommon',
      ...whole.dosing.statementIds,
    ]);
  });

  it('the checker keeps the dosing statements the dosing protocol names', () => {
    expect(checkerSlice.statements.map((s) => s.id)).to.deep.equal(whole.dosing.statementIds);
  });

  it('the dose card and side-effect list keep only the article, the one source their records cite', () => {
    for (const slice of [doseCardSlice, sideEffectListSlice]) {
      expect(slice.sources.map((s) => s.id)).to.deep.equal(['verywell-2023']);
    }
  });
});
