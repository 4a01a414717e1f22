import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkInteractions, compareSeverity } from '../../src/core/interactions.js';
import { searchMedications } from '../../src/core/search/index.js';
import { conditions } from '../../src/core/data/conditions.js';
import { interactionRules } from '../../src/core/data/interaction-rules.js';
import { medicationClasses } from '../../src/core/data/medication-classes.js';
import { medications } from '../../src/core/data/medications.js';
import { sources } from '../../src/core/data/sources.js';
import {
  ConditionSchema,
  InteractionRuleSchema,
  MedicationClassSchema,
  MedicationSchema,
  RXNORM_SYSTEM,
  SNOMED_SYSTEM,
  SourceSchema,
  type LocalizedText,
} from '../../src/core/schemas/index.js';
import { fold } from '../../src/core/search/normalize.js';
import { runs } from './properties/arbitraries.js';

const referenceSourceIds = new Set(sources.filter((s) => s.kind === 'reference').map((s) => s.id));
const sourceIds = new Set(sources.map((s) => s.id));
const namesOf = (classId: string) =>
  medications.filter((m) => m.classIds.includes(classId)).flatMap((m) => m.names.map((n) => n.text));
const medicationNamed = (text: string) => medications.find((m) => m.names.some((n) => n.text === text));

/** Codes checked in a citable source (shared/anchors.md); nothing else may appear. */
const VERIFIED_CODES = new Set([
  `${RXNORM_SYSTEM}|2670`,
  `${RXNORM_SYSTEM}|5489`,
  `${RXNORM_SYSTEM}|7804`,
  `${RXNORM_SYSTEM}|10689`,
  `${SNOMED_SYSTEM}|77386006`,
  `${SNOMED_SYSTEM}|235856003`,
  `${SNOMED_SYSTEM}|19943007`,
  `${SNOMED_SYSTEM}|413712001`,
]);

describe('medication, class, condition and rule data', () => {
  it('matches the schemas', () => {
    for (const s of sources) expect(SourceSchema.safeParse(s).success, s.id).to.equal(true);
    for (const m of medications) expect(MedicationSchema.safeParse(m).success, m.id).to.equal(true);
    for (const c of medicationClasses) expect(MedicationClassSchema.safeParse(c).success, c.id).to.equal(true);
    for (const c of conditions) expect(ConditionSchema.safeParse(c).success, c.id).to.equal(true);
    for (const r of interactionRules) expect(InteractionRuleSchema.safeParse(r).success, r.id).to.equal(true);
  });

  it('keeps the clinical sources of the brief and adds reference sources for names and codes', () => {
    const clinical = sources.filter((s) => s.kind === 'clinical').map((s) => s.id);
    expect(clinical).to.deep.equal([
      'verywell-2023',
      'naltrexone-pi',
      'hammer-2016',
      'palermo-2018',
      'patten-2018',
      'toljan-2018',
    ]);
    expect([...referenceSourceIds]).to.include.members(['rxnorm-nlm', 'snomed-ct', 'dailymed-nlm']);
    expect(new Set(sources.map((s) => s.id)).size).to.equal(sources.length);
  });

  it('records a reference source for every medication name and code', () => {
    for (const medication of medications) {
      for (const name of medication.names) {
        expect(referenceSourceIds.has(name.sourceId), `${name.text} -> ${name.sourceId}`).to.equal(true);
      }
      for (const code of medication.codes) {
        expect(referenceSourceIds.has(code.sourceId), `${medication.id} code`).to.equal(true);
      }
    }
    for (const condition of conditions) {
      for (const code of condition.codes) expect(code.sourceId).to.equal('snomed-ct');
    }
  });

  it('contains only verified codes, and the verified RxNorm codes on the right ingredients', () => {
    const codes = [...medications.flatMap((m) => m.codes), ...conditions.flatMap((c) => c.codes)];
    for (const code of codes) expect(VERIFIED_CODES.has(`${code.system}|${code.code}`), code.code).to.equal(true);
    const rxnorm = (id: string) => medications.find((m) => m.id === id)?.codes.map((c) => c.code);
    expect(rxnorm('codeine')).to.deep.equal(['2670']);
    expect(rxnorm('hydrocodone')).to.deep.equal(['5489']);
    expect(rxnorm('oxycodone')).to.deep.equal(['7804']);
    expect(rxnorm('tramadol')).to.deep.equal(['10689']);
  });

  it('gives every medication known classes and unique ids', () => {
    const classIds = new Set(medicationClasses.map((c) => c.id));
    expect(new Set(medications.map((m) => m.id)).size).to.equal(medications.length);
    for (const medication of medications) {
      expect(medication.classIds.length, medication.id).to.be.greaterThan(0);
      for (const id of medication.classIds) expect(classIds.has(id), id).to.equal(true);
    }
    for (const c of medicationClasses) for (const id of c.sourceIds) expect(sourceIds.has(id), id).to.equal(true);
  });

  it('never gives one folded name to two medications (a name must identify one medicine)', () => {
    const owner = new Map<string, string>();
    for (const medication of medications) {
      for (const name of medication.names) {
        const key = fold(name.text);
        const previous = owner.get(key);
        expect(
          previous === undefined || previous === medication.id,
          `${name.text}: ${previous} and ${medication.id}`,
        ).to.equal(true);
        owner.set(key, medication.id);
      }
    }
  });

  it('lists the interferon beta products and generic names', () => {
    expect(namesOf('interferon-beta')).to.include.members([
      'Avonex',
      'Rebif',
      'Plegridy',
      'Betaseron',
      'Extavia',
      'interferon beta-1a',
      'peginterferon beta-1a',
      'interferon beta-1b',
    ]);
  });

  it('lists glatiramer under its brands and generic name', () => {
    expect(namesOf('glatiramer')).to.include.members(['Copaxone', 'Glatopa', 'glatiramer acetate']);
  });

  it('lists at least 25 opioid names, with combinations and codeine cough products among them', () => {
    const names = namesOf('opioid');
    expect(names.length).to.be.at.least(25);
    const opioidMeds = medications.filter((m) => m.classIds.includes('opioid'));
    expect(opioidMeds.filter((m) => m.genericName.includes(' and ')).length).to.be.at.least(8);
    const codeineCough = ['guaifenesin-codeine', 'promethazine-codeine', 'chlorpheniramine-codeine'];
    for (const id of codeineCough)
      expect(
        opioidMeds.some((m) => m.id === id),
        id,
      ).to.equal(true);
  });

  it("includes the article's opioid examples under the right medicines", () => {
    expect(medicationNamed('OxyContin')?.id).to.equal('oxycodone');
    expect(medicationNamed('oxycodone')?.id).to.equal('oxycodone');
    expect(medicationNamed('Vicodin')?.id).to.equal('hydrocodone-acetaminophen');
    expect(medicationNamed('hydrocodone and acetaminophen')?.id).to.equal('hydrocodone-acetaminophen');
    expect(medicationNamed('Ultram')?.id).to.equal('tramadol');
    expect(medicationNamed('tramadol')?.id).to.equal('tramadol');
    expect(medicationNamed('codeine cough syrup')?.classIds).to.deep.equal(['opioid']);
  });

  it('has one rule per clinical fact I1-I5 and X1 with the brief severities, from the article (I6: the label)', () => {
    const byFact = (fact: string) => interactionRules.filter((r) => r.factIds.includes(fact));
    expect(byFact('I1').map((r) => [r.target, r.severity])).to.deep.equal([
      [{ kind: 'class', classId: 'interferon-beta' }, 'caution'],
    ]);
    expect(byFact('I2').map((r) => [r.target, r.severity])).to.deep.equal([
      [{ kind: 'class', classId: 'glatiramer' }, 'compatible'],
    ]);
    expect(byFact('I3').map((r) => [r.target, r.severity])).to.deep.equal([
      [{ kind: 'class', classId: 'opioid' }, 'avoid'],
    ]);
    expect(byFact('I4').map((r) => [r.target, r.severity])).to.deep.equal([
      [{ kind: 'condition', conditionId: 'liver-disease' }, 'avoid'],
    ]);
    expect(byFact('I5').map((r) => [r.target, r.severity])).to.deep.equal([
      [{ kind: 'condition', conditionId: 'pregnancy' }, 'caution'],
      [{ kind: 'condition', conditionId: 'breastfeeding' }, 'caution'],
    ]);
    expect(byFact('I6').map((r) => [r.target, r.severity])).to.deep.equal([
      [{ kind: 'class', classId: 'opioid' }, 'avoid'],
    ]);
    expect(byFact('X1').map((r) => [r.target, r.severity])).to.deep.equal([
      [{ kind: 'class', classId: 'naltrexone' }, 'caution'],
    ]);
    expect(interactionRules.filter((r) => r.severity === 'compatible').map((r) => r.id)).to.deep.equal([
      'i2-glatiramer',
    ]);
    const expectedSources: Record<string, string[]> = {
      'i3-opioids': ['verywell-2023', 'naltrexone-pi'],
      'x1-naltrexone': ['dailymed-nlm', 'medlineplus-drugs'],
    };
    for (const rule of interactionRules) {
      expect(rule.sourceIds, rule.id).to.deep.equal(expectedSources[rule.id] ?? ['verywell-2023']);
    }
  });

  it('writes every rule and condition text in plain English and Spanish', () => {
    const texts: LocalizedText[] = [
      ...interactionRules.flatMap((r) => [r.explanation, r.whatToDo]),
      ...conditions.flatMap((c) => [c.name, c.label]),
      ...medicationClasses.map((c) => c.name),
    ];
    for (const text of texts) {
      expect(text.en.trim(), text.en).to.not.equal('');
      expect(text.es.trim(), text.en).to.not.equal('');
      expect(text.es, text.en).to.not.equal(text.en);
      // Plain language: short sentences.
      for (const sentence of text.en.split(/[.:]\s/)) expect(sentence.split(' ').length, sentence).to.be.below(30);
    }
  });

  it('describes the three conditions with synonyms and FHIR resource types', () => {
    const byId = Object.fromEntries(conditions.map((c) => [c.id, c]));
    expect(Object.keys(byId)).to.deep.equal(['liver-disease', 'pregnancy', 'breastfeeding']);
    expect(byId['liver-disease']!.synonyms).to.include.members(['hepatitis', 'cirrhosis']);
    expect(byId['liver-disease']!.codes.map((c) => c.code)).to.deep.equal(['235856003', '19943007']);
    expect(byId['pregnancy']!.codes.map((c) => c.code)).to.deep.equal(['77386006']);
    expect(byId['breastfeeding']!.codes.map((c) => c.code)).to.deep.equal(['413712001']);
    expect(byId['breastfeeding']!.fhirResourceType).to.equal('Observation');
    expect(byId['pregnancy']!.fhirResourceType).to.equal('Condition');
    expect(byId['liver-disease']!.fhirResourceType).to.equal('Condition');
  });
});

describe('issue #16: the names people type, recognised fail-closed', () => {
  // Every name this issue added, with the severity its class gives.
  const NEW_NAMES: [string, 'avoid' | 'caution' | 'compatible'][] = [
    ['Hysingla', 'avoid'],
    ['Zohydro', 'avoid'],
    ['Xtampza', 'avoid'],
    ['Tuxarin', 'avoid'],
    ['Tuzistra', 'avoid'],
    ['Lomotil', 'avoid'],
    ['diphenoxylate', 'avoid'],
    ['Motofen', 'avoid'],
    ['difenoxin', 'avoid'],
    ['loperamide', 'avoid'],
    ['Imodium', 'avoid'],
    ['oxicodona', 'avoid'],
    ['morfina', 'avoid'],
    ['hidrocodona', 'avoid'],
    ['fentanilo', 'avoid'],
    ['metadona', 'avoid'],
    ['buprenorfina', 'avoid'],
    ['codeína', 'avoid'],
    ['hidrocodona y acetaminofén', 'avoid'],
    ['loperamida', 'avoid'],
    ['Revia', 'caution'],
    ['Vivitrol', 'caution'],
    ['Contrave', 'caution'],
    ['naltrexone', 'caution'],
    ['naltrexona', 'caution'],
    ['interferon beta', 'caution'],
    ['interferón beta', 'caution'],
    ['interferón beta-1a', 'caution'],
    ['peginterferón beta-1a', 'caution'],
    ['acetato de glatirámero', 'compatible'],
    ['acetato de glatiramer', 'compatible'],
  ];
  const UNKNOWN_WORDS = ['Zoloft', 'sertraline', 'zzzz', 'qwerty', 'metformina', 'Lipitor', 'vitamina D'];

  it('gives each new name the finding of its class', () => {
    for (const [name, severity] of NEW_NAMES) {
      const [finding] = checkInteractions({ medications: [name] });
      expect(finding!.severity, name).to.equal(severity);
    }
  });

  it('records the reference for each opioid anti-diarrheal and for each naltrexone medicine', () => {
    for (const id of [
      'diphenoxylate-atropine',
      'difenoxin-atropine',
      'loperamide',
      'naltrexone',
      'naltrexone-bupropion',
    ]) {
      const medication = medications.find((m) => m.id === id)!;
      expect(medication.memberships, id).to.have.length(1);
      expect(sourceIds.has(medication.memberships![0]!.sourceId), id).to.be.true;
    }
    const naltrexone = medicationClasses.find((c) => c.id === 'naltrexone')!;
    expect(naltrexone.factIds).to.deep.equal(['X1']);
    const opioid = medicationClasses.find((c) => c.id === 'opioid')!;
    expect(opioid.sourceIds, 'opiate medicines "for diarrhea, cough, or pain"').to.include(
      'naltrexone-injection-patient',
    );
  });

  it('offers the Spanish generic names in search', () => {
    for (const query of ['oxicodona', 'morfina', 'hidrocodona', 'fentanilo', 'metadona', 'buprenorfina']) {
      const [best] = searchMedications(query);
      expect(best?.medication.classIds, query).to.deep.equal(['opioid']);
    }
    expect(searchMedications('interferón beta')[0]?.medication.classIds).to.deep.equal(['interferon-beta']);
    expect(searchMedications('acetato de glatirámero')[0]?.medication.id).to.equal('glatiramer-acetate');
  });

  it('never lets a new name make an entry with other, unknown words "no known conflict" (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NEW_NAMES.map(([name]) => name)),
        fc.constantFrom(...UNKNOWN_WORDS),
        fc.constantFrom(' and ', ', ', ' + ', ' with ', ' y ', ' '),
        fc.boolean(),
        (name, unknown, separator, unknownFirst) => {
          const entry = unknownFirst ? `${unknown}${separator}${name}` : `${name}${separator}${unknown}`;
          const findings = checkInteractions({ medications: [entry] });
          for (const finding of findings) expect(finding.severity, entry).not.to.equal('compatible');
        },
      ),
      runs(400),
    );
  });

  it('never makes the other entries of a list more reassuring by adding a new name (property)', () => {
    const known = medications.flatMap((m) => m.names.map((n) => n.text));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...known, ...UNKNOWN_WORDS), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...NEW_NAMES.map(([name]) => name)),
        (others, added) => {
          const before = new Map(checkInteractions({ medications: others }).map((f) => [f.input, f.severity]));
          const after = checkInteractions({ medications: [...others, added] });
          for (const finding of after) {
            const was = before.get(finding.input);
            if (was !== undefined) expect(compareSeverity(finding.severity, was), finding.input).to.be.at.most(0);
          }
        },
      ),
      runs(300),
    );
  });

  it('keeps "no known conflict" for glatiramer alone: every name of every other class is never compatible', () => {
    for (const medication of medications.filter((m) => !m.classIds.includes('glatiramer'))) {
      for (const name of medication.names) {
        expect(checkInteractions({ medications: [name.text] })[0]!.severity, name.text).not.to.equal('compatible');
      }
    }
  });
});
