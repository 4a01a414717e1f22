import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SIDE_EFFECT_CATEGORY_FILTERS, sideEffects, type SideEffectFilter } from '../../../src/core/index.js';
import {
  anyValue,
  hostileRecord,
  hostileString,
  kb,
  returnsOrRejects,
  runs,
  keepBuiltInDataAndPrototypesIntact,
} from './arbitraries.js';

const filter: fc.Arbitrary<SideEffectFilter> = fc.option(
  fc.record(
    { category: fc.constantFrom(...SIDE_EFFECT_CATEGORY_FILTERS), contactProvider: fc.boolean() },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('sideEffects — properties', () => {
  keepBuiltInDataAndPrototypesIntact();

  it('returns a list or throws LdnValidationError for any filter and options', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyValue,
          hostileRecord({
            category: fc.oneof(fc.constantFrom(...SIDE_EFFECT_CATEGORY_FILTERS), hostileString),
            contactProvider: fc.boolean(),
          }),
        ),
        fc.oneof(anyValue, hostileRecord({ knowledgeBase: anyValue })),
        (anyFilter, options) => {
          returnsOrRejects(() => sideEffects(anyFilter as never));
          returnsOrRejects(() => sideEffects(undefined, options as never));
        },
      ),
      runs(400),
    );
  });

  it('returns exactly the side effects that match, in knowledge-base order', () => {
    fc.assert(
      fc.property(filter, (chosen) => {
        const expected = kb.sideEffects.filter(
          (effect) =>
            (chosen?.category === undefined || chosen.category === 'all' || effect.category === chosen.category) &&
            (chosen?.contactProvider === undefined || effect.contactProvider === chosen.contactProvider),
        );
        expect(sideEffects(chosen).map((e) => e.id)).to.deep.equal(expected.map((e) => e.id));
      }),
      runs(100),
    );
  });

  it('splits the list without losing an effect: the categories, and common vs. contact-provider, cover it', () => {
    const all = sideEffects().map((e) => e.id);
    expect(all).to.have.length(kb.sideEffects.length);
    const byCategory = SIDE_EFFECT_CATEGORY_FILTERS.filter((c) => c !== 'all').flatMap((category) =>
      sideEffects({ category }).map((e) => e.id),
    );
    expect([...byCategory].sort()).to.deep.equal([...all].sort());
    const byContact = [true, false].flatMap((contactProvider) => sideEffects({ contactProvider }).map((e) => e.id));
    expect([...byContact].sort()).to.deep.equal([...all].sort());
  });
});
