import { expect } from '@open-wc/testing';
import { medications } from '../../src/core/data/medications.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import { LdnValidationError } from '../../src/core/errors.js';
import {
  checkInteractions,
  compareSeverity,
  sortFindings,
  summarizeFindings,
  type MedicationInput,
} from '../../src/core/interactions.js';
import {
  FindingSchema,
  RXNORM_SYSTEM,
  SNOMED_SYSTEM,
  type Finding,
  type KnowledgeBase,
} from '../../src/core/schemas/index.js';

const one = (medication: MedicationInput): Finding => {
  const findings = checkInteractions({ medications: [medication] });
  expect(findings).to.have.length(1);
  return findings[0]!;
};
const severityOf = (medication: MedicationInput) => one(medication).severity;
const rxnorm = (code: string, display?: string) => ({ system: RXNORM_SYSTEM, code, ...(display ? { display } : {}) });

function expectValidationError(run: () => unknown): LdnValidationError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(LdnValidationError);
    expect((error as LdnValidationError).issues.length).to.be.greaterThan(0);
    return error as LdnValidationError;
  }
  throw new Error('expected LdnValidationError');
}

/**
 * The built-in knowledge base with invented medicines, classes and rules in place of the real
 * ones, for paths the built-in data does not take (ambiguous typos, no rule, two classes).
 */
function customKnowledgeBase(): KnowledgeBase {
  const provenance = { factIds: ['I1'], sourceIds: ['verywell-2023'] };
  const text = (en: string) => ({ en, es: `${en} (es)` });
  const name = (value: string) => ({ text: value, kind: 'brand' as const, sourceId: 'rxnorm-nlm' });
  const rule = (id: string, classId: string, severity: 'avoid' | 'caution' | 'compatible') => ({
    id,
    target: { kind: 'class' as const, classId },
    severity,
    explanation: text(`${id} explanation`),
    whatToDo: text(`${id} advice`),
    ...provenance,
  });
  return {
    ...builtInKnowledgeBase,
    medicationClasses: [
      { id: 'mild', name: text('Mild'), ...provenance },
      { id: 'severe', name: text('Severe'), ...provenance },
      { id: 'unruled', name: text('No rule'), ...provenance },
    ],
    medications: [
      { id: 'zentra', genericName: 'zentramab', names: [name('Zentra')], classIds: ['mild'], codes: [] },
      { id: 'zentro', genericName: 'zentromab', names: [name('Zentro')], classIds: ['mild'], codes: [] },
      { id: 'both', genericName: 'bothamide', names: [name('Bothex')], classIds: ['mild', 'severe'], codes: [] },
      { id: 'lonely', genericName: 'lonelamide', names: [name('Lonex')], classIds: ['unruled'], codes: [] },
      { id: 'targeted', genericName: 'targetamide', names: [name('Targex')], classIds: ['mild'], codes: [] },
    ],
    conditions: builtInKnowledgeBase.conditions.filter((c) => c.id === 'pregnancy'),
    interactionRules: [
      rule('mild-rule', 'mild', 'caution'),
      rule('severe-rule', 'severe', 'avoid'),
      { ...rule('targeted-rule', 'unused', 'avoid'), target: { kind: 'medication', medicationId: 'targeted' } },
    ],
  };
}

describe('checkInteractions: severities', () => {
  it('says avoid for opioids, with the I3 rule, its facts and sources', () => {
    const finding = one('Percocet');
    expect(finding).to.include({
      kind: 'medication',
      severity: 'avoid',
      ruleId: 'i3-opioids',
      medicationId: 'oxycodone-acetaminophen',
    });
    expect(finding.factIds).to.deep.equal(['I3']);
    expect(finding.sourceIds).to.deep.equal(['verywell-2023']);
    expect(finding.explanation.en).to.match(/opioid/i);
    expect(finding.explanation.es).to.match(/opioide/i);
  });

  it('says caution for interferon beta medicines (I1), including ones the article does not name', () => {
    for (const name of ['Avonex', 'Rebif', 'Betaseron', 'Plegridy', 'Extavia', 'interferon beta-1b']) {
      const finding = one(name);
      expect(finding.severity, name).to.equal('caution');
      expect(finding.ruleId, name).to.equal('i1-interferon-beta');
    }
  });

  it('says compatible ("no known conflict") only for glatiramer (I2)', () => {
    for (const name of ['Copaxone', 'Glatopa', 'glatiramer acetate']) {
      const finding = one(name);
      expect(finding.severity, name).to.equal('compatible');
      expect(finding.ruleId).to.equal('i2-glatiramer');
      expect(finding.explanation.en).to.match(/no known conflict/i);
    }
  });

  it("says avoid for the article's opioid examples", () => {
    for (const name of [
      'OxyContin',
      'oxycodone',
      'Vicodin',
      'hydrocodone-acetaminophen',
      'Ultram',
      'tramadol',
      'codeine cough syrup',
    ]) {
      expect(severityOf(name), name).to.equal('avoid');
    }
  });

  it('gives every name of every medication the severity of its class, and compatible only to glatiramer', () => {
    const expected: Record<string, string> = {
      opioid: 'avoid',
      'interferon-beta': 'caution',
      glatiramer: 'compatible',
    };
    for (const medication of medications) {
      for (const name of medication.names) {
        const finding = one(name.text);
        expect(finding.medicationId, name.text).to.equal(medication.id);
        expect(finding.severity, name.text).to.equal(expected[medication.classIds[0]!]);
      }
    }
  });

  it('says avoid for liver disease (I4) and caution for pregnancy and breastfeeding (I5)', () => {
    const findings = checkInteractions({ conditions: ['breastfeeding', 'liver-disease', 'pregnancy'] });
    expect(findings.map((f) => [f.conditionId, f.severity, f.ruleId])).to.deep.equal([
      ['liver-disease', 'avoid', 'i4-liver-disease'],
      ['breastfeeding', 'caution', 'i5-breastfeeding'],
      ['pregnancy', 'caution', 'i5-pregnancy'],
    ]);
    expect(findings[0]).to.include({ kind: 'condition', input: 'liver-disease', name: 'Liver disease' });
    expect(findings[0]!.factIds).to.deep.equal(['I4']);
  });

  it('returns findings that match the Finding schema', () => {
    const findings = checkInteractions({
      medications: ['Vicodin', 'Avonex', 'Copaxone', 'something else', rxnorm('7804'), rxnorm('1')],
      conditions: ['pregnancy', 'liver-disease', 'breastfeeding'],
    });
    for (const finding of findings) expect(FindingSchema.safeParse(finding).success, finding.input).to.equal(true);
  });

  it('returns no findings for an empty check', () => {
    expect(checkInteractions({})).to.deep.equal([]);
    expect(checkInteractions({ medications: [], conditions: [] })).to.deep.equal([]);
  });
});

describe('checkInteractions: unknown input fails closed', () => {
  it('calls text it does not recognise unknown, with "ask your pharmacist" in both languages', () => {
    for (const text of ['xyzzy', '???', 'vitamin d', '  aspirin  ']) {
      const finding = one(text);
      expect(finding.severity, text).to.equal('unknown');
      expect(finding.input).to.equal(text);
      expect(finding.name).to.equal(text.trim());
      expect(finding.medicationId).to.equal(undefined);
      expect(finding.explanation.en).to.contain("not in this checker's list — ask your pharmacist");
      expect(finding.explanation.es).to.contain('pregunte a su farmacéutico');
      expect(finding.factIds).to.deep.equal([]);
    }
  });

  it('keeps markup as plain text in input and name', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const finding = one(markup);
    expect(finding).to.include({ severity: 'unknown', input: markup, name: markup });
  });

  it('does not turn a vague prefix or a different product into a medicine', () => {
    expect(severityOf('oxy')).to.equal('unknown');
    expect(severityOf('hydro')).to.equal('unknown');
    // Plain Tylenol is acetaminophen, not Tylenol with Codeine.
    expect(severityOf('Tylenol')).to.equal('unknown');
    expect(severityOf('Tylenol 500 mg')).to.equal('unknown');
  });

  it('recognises names inside doses and extra words', () => {
    expect(one('tramadol 50 mg').medicationId).to.equal('tramadol');
    expect(one('Percocet 5/325').medicationId).to.equal('oxycodone-acetaminophen');
    expect(one('oxycodone 10mg ER').medicationId).to.equal('oxycodone');
    expect(one('my tylenol with codeine').medicationId).to.equal('acetaminophen-codeine');
    expect(one('codeine cough syrup').medicationId).to.equal('codeine');
    expect(one('VICODIN').medicationId).to.equal('hydrocodone-acetaminophen');
    expect(one('hydrocodone/acetaminophen').medicationId).to.equal('hydrocodone-acetaminophen');
    expect(one('Ultrám').medicationId).to.equal('tramadol');
    expect(one('mscontin').medicationId).to.equal('morphine');
  });

  it('accepts an unambiguous single typo', () => {
    expect(one('oxycodne').medicationId).to.equal('oxycodone');
    expect(one('tramdol 50mg').medicationId).to.equal('tramadol');
    expect(one('Percoset').medicationId).to.equal('oxycodone-acetaminophen');
  });

  it('never reassures on a guessed spelling: a typo of a compatible medicine stays unknown', () => {
    expect(one('Copaxnoe').severity).to.equal('unknown');
    expect(one('Copaxone').severity).to.equal('compatible');
  });

  it('refuses a typo that fits two medicines, or a typo in a short word', () => {
    const knowledgeBase = customKnowledgeBase();
    const [finding] = checkInteractions({ medications: ['Zentru'] }, { knowledgeBase });
    expect(finding!.severity).to.equal('unknown');
    expect(checkInteractions({ medications: ['Zentrx'] }, { knowledgeBase })[0]!.severity).to.equal('unknown');
    expect(checkInteractions({ medications: ['Zentra'] }, { knowledgeBase })[0]!.severity).to.equal('caution');
    expect(severityOf('Acti')).to.equal('unknown');
  });

  it('reports a recognised medicine without a rule as unknown, never compatible', () => {
    const [finding] = checkInteractions({ medications: ['Lonex'] }, { knowledgeBase: customKnowledgeBase() });
    expect(finding).to.include({ severity: 'unknown', medicationId: 'lonely', name: 'Lonex (lonelamide)' });
    expect(finding!.ruleId).to.equal(undefined);
    expect(finding!.explanation.en).to.contain('no information');
  });

  it('reports a condition without a rule as unknown', () => {
    const [finding] = checkInteractions({ conditions: ['pregnancy'] }, { knowledgeBase: customKnowledgeBase() });
    expect(finding).to.include({ severity: 'unknown', conditionId: 'pregnancy', kind: 'condition' });
    const [missing] = checkInteractions({ conditions: ['breastfeeding'] }, { knowledgeBase: customKnowledgeBase() });
    expect(missing).to.include({ severity: 'unknown', name: 'breastfeeding' });
  });

  it('applies the most severe rule when a medicine is in several classes', () => {
    const [finding] = checkInteractions({ medications: ['Bothex'] }, { knowledgeBase: customKnowledgeBase() });
    expect(finding).to.include({ severity: 'avoid', ruleId: 'severe-rule' });
  });

  it('applies a rule that targets one medication, over its class rule when more severe', () => {
    const [finding] = checkInteractions({ medications: ['Targex'] }, { knowledgeBase: customKnowledgeBase() });
    expect(finding).to.include({ severity: 'avoid', ruleId: 'targeted-rule', medicationId: 'targeted' });
  });

  it('reports the most serious medicine when one entry names two', () => {
    const finding = one('Copaxone and Percocet');
    expect(finding).to.include({ severity: 'avoid', medicationId: 'oxycodone-acetaminophen' });
  });
});

describe('checkInteractions: coded medications', () => {
  it('recognises the verified RxNorm ingredient codes', () => {
    expect(one(rxnorm('7804'))).to.include({
      severity: 'avoid',
      medicationId: 'oxycodone',
      name: 'oxycodone',
      input: `${RXNORM_SYSTEM}|7804`,
    });
    expect(one(rxnorm('2670')).medicationId).to.equal('codeine');
    expect(one(rxnorm('5489')).medicationId).to.equal('hydrocodone');
    expect(one(rxnorm('10689', 'Ultram 50 mg')).medicationId).to.equal('tramadol');
  });

  it('falls back to the display text when the code is not known', () => {
    const finding = one(rxnorm('99999999', 'Glatopa 20 mg/mL'));
    expect(finding).to.include({
      severity: 'compatible',
      medicationId: 'glatiramer-acetate',
      input: 'Glatopa 20 mg/mL',
    });
    expect(one({ system: SNOMED_SYSTEM, code: '7804', display: 'Rebif' }).severity).to.equal('caution');
  });

  it('calls an unknown code without a usable display unknown', () => {
    expect(one(rxnorm('99999999'))).to.include({ severity: 'unknown', input: `${RXNORM_SYSTEM}|99999999` });
    expect(one({ system: SNOMED_SYSTEM, code: '7804' }).severity).to.equal('unknown');
    expect(one({ ...rxnorm('99999999'), display: '  ' }).name).to.equal(`${RXNORM_SYSTEM}|99999999`);
    expect(one(rxnorm('99999999', 'not a drug')).severity).to.equal('unknown');
  });
});

describe('checkInteractions: one finding per distinct entry, in order', () => {
  it('merges brand and generic of the same medicine', () => {
    const findings = checkInteractions({ medications: ['Vicodin', 'hydrocodone and acetaminophen'] });
    expect(findings).to.have.length(1);
    expect(findings[0]).to.include({ name: 'Vicodin (hydrocodone and acetaminophen)', input: 'Vicodin' });
  });

  it('merges text and code for the same medicine, repeated unknowns and repeated conditions', () => {
    const findings = checkInteractions({
      medications: ['oxycodone', rxnorm('7804'), 'OxyContin', 'Xyz', 'xyz ', rxnorm('1'), rxnorm('1')],
      conditions: ['pregnancy', 'pregnancy'],
    });
    expect(findings.map((f) => f.input)).to.deep.equal(['oxycodone', 'pregnancy', 'Xyz', `${RXNORM_SYSTEM}|1`]);
  });

  it('sorts avoid, caution, unknown, compatible and keeps entry order within a severity', () => {
    const findings = checkInteractions({
      medications: ['Copaxone', 'unheard-of pill', 'Avonex', 'tramadol', 'Vicodin'],
      conditions: ['pregnancy', 'liver-disease'],
    });
    expect(findings.map((f) => [f.severity, f.input])).to.deep.equal([
      ['avoid', 'tramadol'],
      ['avoid', 'Vicodin'],
      ['avoid', 'liver-disease'],
      ['caution', 'Avonex'],
      ['caution', 'pregnancy'],
      ['unknown', 'unheard-of pill'],
      ['compatible', 'Copaxone'],
    ]);
  });

  it('names a recognised medicine by the name entered and its generic name', () => {
    expect(one('Vicodin').name).to.equal('Vicodin (hydrocodone and acetaminophen)');
    expect(one('tramadol 50 mg').name).to.equal('tramadol');
    expect(one('percocet').name).to.equal('Percocet (oxycodone and acetaminophen)');
    expect(one('glatiramer').name).to.equal('glatiramer (glatiramer acetate)');
  });
});

describe('checkInteractions: invalid input', () => {
  const invalid: [string, unknown][] = [
    ['no object', null],
    ['a string', 'Vicodin'],
    ['medications not an array', { medications: 'Vicodin' }],
    ['a blank medication', { medications: ['   '] }],
    ['an empty medication', { medications: [''] }],
    ['a number', { medications: [42] }],
    ['a code without system', { medications: [{ code: '7804' }] }],
    ['an unknown condition', { conditions: ['flu'] }],
    ['an unknown key', { medication: ['Vicodin'] }],
    ['a very long text', { medications: ['x'.repeat(201)] }],
    ['too many entries', { medications: Array.from({ length: 101 }, (_, i) => `drug ${i}`) }],
  ];
  for (const [what, input] of invalid) {
    it(`throws LdnValidationError for ${what}`, () => {
      expectValidationError(() => checkInteractions(input as never));
    });
  }

  it('throws LdnValidationError for invalid options or an invalid knowledge base', () => {
    expectValidationError(() => checkInteractions({}, 'options' as never));
    expectValidationError(() => checkInteractions({}, { knowledgeBase: { version: 'x' } as never }));
    const broken = customKnowledgeBase();
    broken.medications[0]!.classIds = ['no-such-class'];
    const error = expectValidationError(() =>
      checkInteractions({ medications: ['Zentra'] }, { knowledgeBase: broken }),
    );
    expect(error.message).to.contain('no-such-class');
  });

  it('validates a portal knowledge base once and reuses it', () => {
    const knowledgeBase = customKnowledgeBase();
    const first = checkInteractions({ medications: ['Zentra'] }, { knowledgeBase });
    const second = checkInteractions({ medications: ['Zentra'] }, { knowledgeBase });
    expect(second).to.deep.equal(first);
  });
});

describe('severity helpers', () => {
  it('orders severities avoid, caution, unknown, compatible', () => {
    expect(compareSeverity('avoid', 'caution')).to.be.below(0);
    expect(compareSeverity('unknown', 'caution')).to.be.above(0);
    expect(compareSeverity('compatible', 'unknown')).to.be.above(0);
    expect(compareSeverity('caution', 'caution')).to.equal(0);
  });

  it('counts findings per severity', () => {
    const findings = checkInteractions({
      medications: ['Vicodin', 'tramadol', 'Avonex', 'Copaxone', 'mystery'],
      conditions: ['pregnancy'],
    });
    expect(summarizeFindings(findings)).to.deep.equal({ avoid: 2, caution: 2, unknown: 1, compatible: 1, total: 6 });
    expect(summarizeFindings([])).to.deep.equal({ avoid: 0, caution: 0, unknown: 0, compatible: 0, total: 0 });
  });

  it('sorts without changing the given array', () => {
    const findings = checkInteractions({ medications: ['Copaxone', 'Vicodin'] });
    const reversed = [...findings].reverse();
    expect(sortFindings(reversed).map((f) => f.severity)).to.deep.equal(['avoid', 'compatible']);
    expect(reversed.map((f) => f.severity)).to.deep.equal(['compatible', 'avoid']);
  });
});
