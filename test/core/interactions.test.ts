import { expect } from '@open-wc/testing';
import { medications } from '../../src/core/data/medications.js';
import { extendKnowledgeBase } from '../../src/core/knowledge-base-extension.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import { LdnValidationError } from '../../src/core/errors.js';
import { searchMedications } from '../../src/core/search/index.js';
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

/** Freezes an object graph, as the lead freezes the built-in knowledge base: any write then throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
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
    expect(finding.factIds).to.deep.equal(['I3', 'I6']);
    expect(finding.sourceIds).to.deep.equal(['verywell-2023', 'naltrexone-pi']);
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
      // Nothing reported is not proof of safety (I2): the explanation says both.
      expect(finding.explanation.en)
        .to.match(/no conflicts .* have been reported/i)
        .and.match(/does not prove/);
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
      naltrexone: 'caution',
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

  it('keeps the built-in caution for a condition a replacement base has no rule for (portal data only adds caution)', () => {
    const [finding] = checkInteractions({ conditions: ['pregnancy'] }, { knowledgeBase: customKnowledgeBase() });
    expect(finding).to.include({ severity: 'caution', conditionId: 'pregnancy', kind: 'condition' });
    const [missing] = checkInteractions({ conditions: ['breastfeeding'] }, { knowledgeBase: customKnowledgeBase() });
    expect(missing).to.include({ severity: 'caution', conditionId: 'breastfeeding' });
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

describe('checkInteractions: one entry naming several medicines (regressions)', () => {
  const severities = (list: MedicationInput[]) =>
    checkInteractions({ medications: list }).map((f) => [f.severity, f.medicationId, f.input]);

  it('keeps the warning of a typo next to another name: one entry with a comma, and two entries', () => {
    // One entry (a single string with a comma), as the property test found it.
    expect(one('albuphine')).to.include({ severity: 'avoid', medicationId: 'nalbuphine' });
    expect(one('albuphine, interferon beta-1a')).to.include({ severity: 'avoid', medicationId: 'nalbuphine' });
    expect(one('Vicodn')).to.include({ severity: 'avoid', medicationId: 'hydrocodone-acetaminophen' });
    expect(one('Copaxone, Vicodn')).to.include({ severity: 'avoid', medicationId: 'hydrocodone-acetaminophen' });
    expect(one('Avonex and Percoset')).to.include({ severity: 'avoid', medicationId: 'oxycodone-acetaminophen' });
    expect(one('Rebif + tramdol 50 mg')).to.include({ severity: 'avoid', medicationId: 'tramadol' });
    // Two list items were right already, and stay right.
    expect(severities(['albuphine', 'interferon beta-1a'])).to.deep.equal([
      ['avoid', 'nalbuphine', 'albuphine'],
      ['caution', 'interferon-beta-1a', 'interferon beta-1a'],
    ]);
    expect(severities(['Copaxone', 'Vicodn'])).to.deep.equal([
      ['avoid', 'hydrocodone-acetaminophen', 'Vicodn'],
      ['compatible', 'glatiramer-acetate', 'Copaxone'],
    ]);
  });

  it('keeps a warning from a name found as written over a guessed one of the same severity', () => {
    expect(one('Vicodin, Percoset')).to.include({ severity: 'avoid', medicationId: 'hydrocodone-acetaminophen' });
    expect(one('Avonex, Vicodn')).to.include({ severity: 'avoid', medicationId: 'hydrocodone-acetaminophen' });
  });

  it('finds a typo in a name of several words, also with a dose or form after it', () => {
    expect(one('Xtampa ER')).to.include({ severity: 'avoid', medicationId: 'oxycodone' });
    expect(one('ms contn 15 mg')).to.include({ severity: 'avoid', medicationId: 'morphine' });
    expect(one('Copaxone, Cheratusin AC')).to.include({ severity: 'avoid', medicationId: 'guaifenesin-codeine' });
    // A name inside a misspelt longer one is still found as written: the warning stays.
    expect(one('Copaxone and tylenol wth codeine')).to.include({ severity: 'avoid', medicationId: 'codeine' });
  });

  it('never reassures because of a guessed name: a typo of Copaxone beside Copaxone is unknown', () => {
    for (const text of ['Copaxone, Copaxne', 'Glatopa and Copaxnoe', 'glatiramer acetate / Glatoap']) {
      const finding = one(text);
      expect(finding.severity, text).to.equal('unknown');
      expect(finding.medicationId, text).to.equal(undefined);
    }
    // A guessed compatible name cannot soften a warning either.
    expect(one('Vicodin, Copaxne').severity).to.equal('avoid');
    expect(one('Avonex and Copaxne').severity).to.equal('caution');
  });
});

describe('checkInteractions: words it cannot place (regressions)', () => {
  it('calls an entry unknown when it names Copaxone and something not in the list', () => {
    const finding = one('Copaxone and Zoloft');
    expect(finding).to.include({ severity: 'unknown', input: 'Copaxone and Zoloft', name: 'Copaxone and Zoloft' });
    expect(finding.medicationId).to.equal(undefined);
    expect(finding.ruleId).to.equal(undefined);
    expect(finding.explanation.en).to.contain("not in this checker's list");
    expect(finding.explanation.en).to.contain('another medicine');
    expect(finding.explanation.es).to.contain('otro medicamento');
    expect(finding.whatToDo.en).to.match(/each medicine separately/);
    expect(finding.whatToDo.es).to.match(/por separado/);
    expect(finding.factIds).to.deep.equal([]);
    expect(FindingSchema.safeParse(finding).success).to.equal(true);
    for (const text of ['Zoloft + Copaxone', 'Copaxone 20 mg and sertraline 50 mg', 'glatopa, xyzzy']) {
      expect(one(text).severity, text).to.equal('unknown');
    }
  });

  it('does not merge such an entry into, and hide it behind, a plain Copaxone entry', () => {
    const findings = checkInteractions({ medications: ['Copaxone', 'Copaxone and Zoloft'] });
    expect(findings.map((f) => [f.severity, f.input])).to.deep.equal([
      ['unknown', 'Copaxone and Zoloft'],
      ['compatible', 'Copaxone'],
    ]);
  });

  it('lets a warning in the entry win over the words it cannot place', () => {
    expect(one('Vicodin and Zoloft')).to.include({ severity: 'avoid', medicationId: 'hydrocodone-acetaminophen' });
    expect(one('Zoloft, Avonex')).to.include({ severity: 'caution', medicationId: 'interferon-beta-1a' });
  });

  it('still recognises common real entries with doses, forms, timing and filler words', () => {
    const expected: [string, string, string][] = [
      ['Copaxone 20 mg/mL', 'compatible', 'glatiramer-acetate'],
      ['Copaxone injection', 'compatible', 'glatiramer-acetate'],
      ['glatiramer acetate 40 mg three times a week', 'compatible', 'glatiramer-acetate'],
      ['Glatopa 20 mg prefilled syringe daily', 'compatible', 'glatiramer-acetate'],
      ['Copaxone 40 mg/mL tres veces por semana', 'compatible', 'glatiramer-acetate'],
      ['glatiramer acetate 20 MG/ML Prefilled Syringe [Copaxone]', 'compatible', 'glatiramer-acetate'],
      ['Copaxone 40 mg/mL subcutaneous auto-injector', 'compatible', 'glatiramer-acetate'],
      ['tramadol 50 mg', 'avoid', 'tramadol'],
      ['Percocet 5/325', 'avoid', 'oxycodone-acetaminophen'],
      ['my tylenol with codeine', 'avoid', 'acetaminophen-codeine'],
      ['codeine cough syrup', 'avoid', 'codeine'],
      ['Avonex 30 mcg weekly injection', 'caution', 'interferon-beta-1a'],
      ['OxyContin 10mg ER', 'avoid', 'oxycodone'],
      ['oxycodone HCl 5 mg every 6 hours as needed', 'avoid', 'oxycodone'],
    ];
    for (const [text, severity, medicationId] of expected) {
      expect(one(text), text).to.include({ severity, medicationId });
    }
  });
});

describe('checkInteractions: portal names and unusual characters (regressions)', () => {
  const portalSource = {
    id: 'test-portal',
    kind: 'reference' as const,
    label: 'Test portal formulary',
    citation: 'Invented for a regression test.',
  };

  it('does not let a longer name found exactly hide a more serious name inside it', () => {
    // A portal alias of an interferon that happens to contain an opioid's name.
    const knowledgeBase = extendKnowledgeBase({
      sources: [portalSource],
      aliases: [
        { medicationId: 'interferon-beta-1a', name: { text: 'MS Contin aa', kind: 'brand', sourceId: 'test-portal' } },
      ],
    });
    const [finding] = checkInteractions({ medications: ['MS Contin aa'] }, { knowledgeBase });
    expect(finding).to.include({ severity: 'avoid', medicationId: 'morphine', input: 'MS Contin aa' });
    // The same medication inside a longer name still reports the longer, more specific name.
    expect(one('Tylenol with Codeine')).to.include({ medicationId: 'acetaminophen-codeine' });
    expect(one('hydrocodone and acetaminophen')).to.include({ medicationId: 'hydrocodone-acetaminophen' });
  });

  it('recognises fullwidth and other compatibility characters (NFKD)', () => {
    expect(one('ＯＸＹＣＯＤＯＮＥ')).to.include({ severity: 'avoid', medicationId: 'oxycodone' });
    expect(one('Ｃｏｐａｘｏｎｅ')).to.include({ severity: 'compatible', medicationId: 'glatiramer-acetate' });
    expect(one('tramadol 50 ㎎')).to.include({ severity: 'avoid', medicationId: 'tramadol' });
  });
});

describe('checkInteractions: long lists and shared data (regressions)', () => {
  it('answers every entry of a full list of long entries, the same on every call', () => {
    const words = ['lorem', 'ipsum', 'dolor', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'eiusmod'];
    const entry = (i: number) => {
      let text = `${i}`;
      for (let w = 0; text.length < 180; w++) text += ` ${words[(i * 7 + w * 3) % words.length]}${w % 5}`;
      return `${text.slice(0, 180)} Vicodn`;
    };
    const list = Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? `Copaxone ${entry(i)}` : entry(i)));
    expect(Math.max(...list.map((text) => text.length))).to.be.within(190, 200);
    const first = checkInteractions({ medications: list });
    expect(first.map((f) => f.severity)).to.include('avoid');
    // Every entry ends in a typo of Vicodin: the avoid finding (one per medication) answers all of them.
    expect(first).to.have.length(1);
    expect(first[0]).to.include({ severity: 'avoid', medicationId: 'hydrocodone-acetaminophen' });
    // Cached recognitions give the same answer, and cannot be changed by a caller.
    expect(checkInteractions({ medications: list })).to.deep.equal(first);
  });

  it('works on the deep-frozen built-in knowledge base, whose records it shares and never changes', () => {
    // The lead freezes the built-in base (results share its records); freezing it here again
    // makes this test stand on its own. Modules are strict: any write into it would throw.
    deepFreeze(builtInKnowledgeBase);
    const findings = checkInteractions({
      medications: ['Vicodin', 'Copaxone, Vicodn', 'Avonex', 'Copaxone and Zoloft', 'ＯＸＹＣＯＤＯＮＥ', 'Glatopa'],
      conditions: ['pregnancy', 'liver-disease'],
    });
    expect(findings.map((f) => [f.severity, f.medicationId ?? f.conditionId ?? f.input])).to.deep.equal([
      ['avoid', 'hydrocodone-acetaminophen'],
      ['avoid', 'oxycodone'],
      ['avoid', 'liver-disease'],
      ['caution', 'interferon-beta-1a'],
      ['caution', 'pregnancy'],
      ['unknown', 'Copaxone and Zoloft'],
      ['compatible', 'glatiramer-acetate'],
    ]);
    const rule = builtInKnowledgeBase.interactionRules.find((r) => r.id === 'i3-opioids')!;
    expect(findings[0]!.explanation).to.equal(rule.explanation);
    for (const query of ['o', 'oxy', 'vicodn', 'tylenol with codeine', 'ms contin', 'ＯＸＹ']) {
      const matches = searchMedications(query, { limit: 50 });
      expect(matches.length, query).to.be.greaterThan(0);
      for (const match of matches) expect(builtInKnowledgeBase.medications).to.include(match.medication);
    }
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
