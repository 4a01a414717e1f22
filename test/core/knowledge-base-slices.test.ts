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

describe('built-in knowledge base slices of the element scripts', () => {
  for (const [element, slice, leftOut] of slices) {
    describe(`the ${element}'s`, () => {
      it('is a sound knowledge base: it passes the schemas and every reference resolves', () => {
        expect(() => validateKnowledgeBase(slice)).not.to.throw();
        expect(findReferenceIssues(slice)).to.deep.equal([]);
      });

      it('has the same version, sources, facts and dosing as the whole base', () => {
        expect(slice.version).to.equal(whole.version);
        expect(slice.sources).to.deep.equal(whole.sources);
        expect(slice.facts).to.deep.equal(whole.facts);
        expect(slice.dosing).to.deep.equal(whole.dosing);
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

  it('the dose card and side-effect list keep every statement (background and dosing)', () => {
    expect(doseCardSlice.statements).to.deep.equal(whole.statements);
    expect(sideEffectListSlice.statements).to.deep.equal(whole.statements);
  });

  it('the checker keeps the dosing statements the dosing protocol names', () => {
    expect(checkerSlice.statements.map((s) => s.id)).to.deep.equal(whole.dosing.statementIds);
  });
});
