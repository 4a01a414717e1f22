import { expect } from '@open-wc/testing';
import { LdnValidationError } from '../../src/core/errors.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { KnowledgeBase, SideEffectFilter } from '../../src/core/schemas/index.js';
import { sideEffects } from '../../src/core/side-effects.js';

const COMMON_IDS = [
  'vivid-dreams',
  'sleep-trouble',
  'nausea',
  'bowel-changes',
  'headache',
  'morning-stiffness',
  'dry-mouth',
];

function ids(effects: { id: string }[]): string[] {
  return effects.map((e) => e.id);
}

describe('sideEffects()', () => {
  it('returns every side effect by default, in knowledge-base order', () => {
    expect(ids(sideEffects())).to.deep.equal(ids(builtInKnowledgeBase.sideEffects));
    expect(ids(sideEffects({ category: 'all' }))).to.deep.equal(ids(builtInKnowledgeBase.sideEffects));
  });

  it('lists the seven common side effects S1–S7, each with its fact', () => {
    const common = sideEffects({ contactProvider: false });
    expect(ids(common)).to.deep.equal(COMMON_IDS);
    const factOf = Object.fromEntries(common.map((e) => [e.id, e.factIds]));
    ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'].forEach((fact, i) => expect(factOf[COMMON_IDS[i]!]).to.include(fact));
  });

  it('covers every side-effect fact S1–S11 and cites the article', () => {
    const all = sideEffects();
    const facts = new Set(all.flatMap((e) => e.factIds));
    for (let n = 1; n <= 11; n++) expect(facts.has(`S${n}`), `S${n}`).to.be.true;
    for (const effect of all) expect(effect.sourceIds, effect.id).to.include('verywell-2023');
  });

  it('filters by category', () => {
    expect(ids(sideEffects({ category: 'sleep' }))).to.deep.equal(['vivid-dreams', 'sleep-trouble']);
    expect(ids(sideEffects({ category: 'digestive', contactProvider: false }))).to.deep.equal([
      'nausea',
      'bowel-changes',
    ]);
    expect(ids(sideEffects({ category: 'other', contactProvider: false }))).to.deep.equal([
      'headache',
      'morning-stiffness',
      'dry-mouth',
    ]);
    for (const category of ['sleep', 'digestive', 'other'] as const) {
      expect(sideEffects({ category }).every((e) => e.category === category)).to.be.true;
    }
  });

  it('puts the rare symptom increase (S10) and lasting digestive trouble (S8) under "contact your provider"', () => {
    const warnings = sideEffects({ contactProvider: true });
    expect(ids(warnings)).to.have.members(['symptom-increase', 'lasting-digestive-trouble']);
    const increase = warnings.find((e) => e.id === 'symptom-increase')!;
    expect(increase.factIds).to.include('S10');
    expect(increase.whatToExpect.en).to.contain('fewer than 1 in 10').and.contain('three months');
    expect(increase.whatHelps?.en).to.match(/lower dose/);
  });

  it('says what to expect and what may help where the brief says so (S3, S8, S9, S11)', () => {
    const byId = Object.fromEntries(sideEffects().map((e) => [e.id, e]));
    expect(byId['nausea']!.whatToExpect.en).to.contain('two weeks');
    expect(byId['nausea']!.whatToExpect.es).to.contain('dos semanas');
    expect(byId['nausea']!.factIds).to.include('S8');
    expect(byId['bowel-changes']!.factIds).to.include('S8');
    expect(byId['nausea']!.whatHelps?.en)
      .to.match(/under your tongue/)
      .and.match(/through the skin/);
    expect(byId['vivid-dreams']!.factIds).to.include('S9');
    expect(byId['sleep-trouble']!.factIds).to.include.members(['S9', 'S11']);
    expect(byId['sleep-trouble']!.whatHelps?.en).to.match(/time of day/);
    expect(byId['sleep-trouble']!.whatToExpect.en).to.match(/nightmares/);
  });

  it('throws LdnValidationError with issues on a filter it does not understand', () => {
    const bad = [{ category: 'skin' }, { category: 'SLEEP' }, { unknown: true }, 'sleep', { contactProvider: 'yes' }];
    for (const filter of bad) {
      let caught: unknown;
      try {
        sideEffects(filter as unknown as SideEffectFilter);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(filter)).to.be.instanceOf(LdnValidationError);
      expect((caught as LdnValidationError).issues).not.to.be.empty;
    }
  });

  it("uses a portal's knowledge base and fails closed when it is invalid", () => {
    const portal: KnowledgeBase = structuredClone(builtInKnowledgeBase);
    portal.sideEffects = portal.sideEffects.filter((e) => e.category === 'sleep');
    expect(ids(sideEffects(undefined, { knowledgeBase: portal }))).to.deep.equal(['vivid-dreams', 'sleep-trouble']);

    const broken = structuredClone(builtInKnowledgeBase);
    broken.sideEffects[0]!.sourceIds = ['no-such-source'];
    expect(() => sideEffects(undefined, { knowledgeBase: broken })).to.throw(LdnValidationError);
    expect(() => sideEffects(undefined, { knowledgeBase: null as unknown as KnowledgeBase })).to.throw(
      LdnValidationError,
    );
  });

  it('returns copies of the list, so a caller cannot reorder the knowledge base', () => {
    const list = sideEffects();
    list.reverse();
    expect(ids(sideEffects())).to.deep.equal(ids(builtInKnowledgeBase.sideEffects));
  });
});
