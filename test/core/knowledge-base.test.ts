import { expect } from '@open-wc/testing';
import { LdnValidationError } from '../../src/core/errors.js';
import { factTexts } from '../../src/core/data/fact-texts.js';
import { builtInKnowledgeBase, findReferenceIssues, validateKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { KnowledgeBase } from '../../src/core/schemas/index.js';

/** Every numbered fact of shared/clinical-brief.md, written out so a missing one is a failure. */
// prettier-ignore
const BRIEF_FACT_IDS = [
  'B1', 'B2', 'B3',
  'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10',
  'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11',
  'I1', 'I2', 'I3', 'I4', 'I5', 'I6',
  'X1',
];

/** Fact ids cited by every record that shows text to people (everything except the facts list). */
function factIdsUsedByRecords(kb: KnowledgeBase): Set<string> {
  const cited = [
    ...kb.statements,
    ...kb.sideEffects,
    ...kb.interactionRules,
    ...kb.medicationClasses,
    ...kb.conditions,
    ...kb.dosing.forms,
    kb.dosing.maximum,
    kb.dosing.spasticityMaximum,
  ];
  return new Set(cited.flatMap((record) => record.factIds));
}

/** A deep copy of the built-in base that a test may break without touching the real one. */
function copyOfBuiltIn(): KnowledgeBase {
  return structuredClone(builtInKnowledgeBase);
}

/**
 * Messages of the reference checks alone. `validateKnowledgeBase` reports shape problems first,
 * so this names the broken reference even while some other part of the data is incomplete.
 */
function referenceMessages(kb: KnowledgeBase): string[] {
  return findReferenceIssues(kb).map((i) => i.message);
}

/** Runs `validateKnowledgeBase` and returns the error it must throw. */
function validationErrorFor(input: unknown): LdnValidationError {
  try {
    validateKnowledgeBase(input);
  } catch (error) {
    expect(error).to.be.instanceOf(LdnValidationError);
    return error as LdnValidationError;
  }
  throw new Error('validateKnowledgeBase accepted invalid data');
}

describe('built-in knowledge base', () => {
  it('passes the schemas and has no reference issues', () => {
    expect(() => validateKnowledgeBase(builtInKnowledgeBase)).not.to.throw();
    expect(findReferenceIssues(builtInKnowledgeBase)).to.deep.equal([]);
  });

  it('restates every fact of the brief exactly once, in both languages, with a clinical source (X1: the labels)', () => {
    expect(builtInKnowledgeBase.facts.map((f) => f.id)).to.deep.equal(BRIEF_FACT_IDS);
    const clinical = new Set(builtInKnowledgeBase.sources.filter((s) => s.kind === 'clinical').map((s) => s.id));
    // The restated sentences live beside the data, not in it (no element shows them): one per fact.
    expect(Object.keys(factTexts)).to.deep.equal(BRIEF_FACT_IDS);
    for (const fact of builtInKnowledgeBase.facts) {
      expect(fact.text, `${fact.id} ships without its restated sentence`).to.equal(undefined);
      const text = factTexts[fact.id]!;
      expect(text.en.trim(), fact.id).not.to.equal('');
      expect(text.es.trim(), fact.id).not.to.equal('');
      expect(text.es, `${fact.id} is translated`).not.to.equal(text.en);
      // X1 is an ingredient fact: it rests on the product labels, reference sources.
      const expected = fact.id === 'X1' ? ['dailymed-nlm', 'medlineplus-drugs'] : undefined;
      if (expected) expect(fact.sourceIds).to.deep.equal(expected);
      else
        expect(
          fact.sourceIds.some((id) => clinical.has(id)),
          `${fact.id} cites a clinical source`,
        ).to.be.true;
    }
  });

  it('cites the article for the 2018 review, whose exact paper the article does not name (B3, S11)', () => {
    for (const id of ['B3', 'S11']) {
      expect(builtInKnowledgeBase.facts.find((f) => f.id === id)?.sourceIds).to.include('verywell-2023');
    }
  });

  it('uses every fact of the brief in at least one record besides the facts list', () => {
    const used = factIdsUsedByRecords(builtInKnowledgeBase);
    const missing = BRIEF_FACT_IDS.filter((id) => !used.has(id));
    expect(missing, `facts no record uses: ${missing.join(', ')}`).to.deep.equal([]);
  });

  it('has background statements for what LDN is, its off-label use, and the mixed 2018 results', () => {
    const background = builtInKnowledgeBase.statements.filter((s) => s.factIds.some((id) => id.startsWith('B')));
    const backgroundFacts = new Set(background.flatMap((s) => s.factIds));
    expect([...backgroundFacts].filter((id) => id.startsWith('B')).sort()).to.deep.equal(['B1', 'B2', 'B3']);
    const english = background.map((s) => s.text.en).join(' ');
    expect(english).to.match(/off-label/i);
    expect(english).to.match(/not a disease-modifying therapy/i);
    expect(english).to.match(/not all results agree/i);
  });
});

describe('validateKnowledgeBase fails closed', () => {
  it('rejects data that is not a knowledge base at all', () => {
    for (const input of [undefined, null, 42, 'kb', [], {}]) {
      expect(validationErrorFor(input).issues).not.to.be.empty;
    }
  });

  it('rejects a record with a missing field', () => {
    const kb = copyOfBuiltIn() as unknown as { sideEffects: Record<string, unknown>[] };
    delete kb.sideEffects[0]!['whatToExpect'];
    const error = validationErrorFor(kb);
    expect(error.issues.some((i) => i.path.join('.') === 'sideEffects.0.whatToExpect')).to.be.true;
  });

  it('rejects a medication whose class does not exist', () => {
    const kb = copyOfBuiltIn();
    kb.medications.push({
      id: 'made-up-medicine',
      genericName: 'made-up medicine',
      names: [{ text: 'Madeup', kind: 'brand', sourceId: 'verywell-2023' }],
      classIds: ['no-such-class'],
      codes: [],
    });
    expect(validationErrorFor(kb).issues).not.to.be.empty;
    expect(referenceMessages(kb)).to.include('unknown class "no-such-class"');
  });

  it('rejects a rule whose target class does not exist', () => {
    const kb = copyOfBuiltIn();
    kb.interactionRules.push({
      id: 'dangling-rule',
      target: { kind: 'class', classId: 'no-such-class' },
      severity: 'caution',
      explanation: { en: 'Text.', es: 'Texto.' },
      whatToDo: { en: 'Text.', es: 'Texto.' },
      factIds: ['I1'],
      sourceIds: ['verywell-2023'],
    });
    expect(validationErrorFor(kb).issues).not.to.be.empty;
    const issues = findReferenceIssues(kb);
    expect(issues.some((i) => i.path[0] === 'interactionRules' && /no-such-class/.test(i.message))).to.be.true;
  });

  it('rejects a duplicate id', () => {
    const kb = copyOfBuiltIn();
    kb.sideEffects.push(structuredClone(kb.sideEffects[0]!));
    expect(validationErrorFor(kb).issues).not.to.be.empty;
    expect(referenceMessages(kb)).to.include(`duplicate id "${kb.sideEffects[0]!.id}"`);
  });

  it('rejects blank text', () => {
    const kb = copyOfBuiltIn();
    // A portal may restate a fact; then both languages must be real text.
    kb.facts[0]!.text = { en: 'A restated fact.', es: '   ' };
    const error = validationErrorFor(kb);
    expect(error.issues.some((i) => i.path.join('.') === 'facts.0.text.es')).to.be.true;
  });

  it('rejects a fact or source id that does not exist', () => {
    const kb = copyOfBuiltIn();
    kb.sideEffects[0]!.factIds.push('S99');
    kb.statements[0]!.sourceIds.push('no-such-source');
    expect(validationErrorFor(kb).issues).not.to.be.empty;
    expect(referenceMessages(kb)).to.include('unknown fact "S99"').and.include('unknown source "no-such-source"');
  });

  it('rejects a side effect that rests on no side-effect fact', () => {
    const kb = copyOfBuiltIn();
    kb.sideEffects[0]!.factIds = ['D4'];
    const error = validationErrorFor(kb);
    expect(error.issues.some((i) => i.path.join('.') === 'sideEffects.0.factIds')).to.be.true;
  });

  it('leaves the built-in knowledge base untouched', () => {
    expect(() => validateKnowledgeBase(builtInKnowledgeBase)).not.to.throw();
  });
});
