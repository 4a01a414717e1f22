import { expect } from '@open-wc/testing';
import {
  builtInKnowledgeBase,
  checkInteractions,
  fromFhir,
  LdnValidationError,
  unreadRecordFindings,
} from '../../src/core/index.js';
import {
  conditionTerms,
  icd10Blocks,
  snomedConditionCodes,
  statusQuestions,
} from '../../src/core/data/condition-codes.js';
import { conditionExamples, ingredientOnlyBundle, nestedOpioidBundle, nestIn } from '../fixtures/fhir-bundles.js';

const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const SNOMED = 'http://snomed.info/sct';
const LOINC = 'http://loinc.org';

const severityOf = (findings: ReturnType<typeof checkInteractions>, id: string) =>
  findings.find((f) => f.medicationId === id || f.conditionId === id)?.severity;

describe('fromFhir — issue #14 examples', () => {
  it('finds an opioid in a nested Bundle: avoid, next to the compatible Copaxone', () => {
    const findings = checkInteractions(fromFhir(nestedOpioidBundle));
    expect(severityOf(findings, 'oxycodone')).to.equal('avoid');
    expect(findings[0]!.severity).to.equal('avoid');
  });

  it('reads a Medication with only ingredients, through a versioned reference', () => {
    const imported = fromFhir(ingredientOnlyBundle);
    expect(imported.medications).to.deep.include({ system: RXNORM, code: '5489' });
    expect(imported.skipped.filter((s) => s.kind === 'unreadable')).to.deep.equal([]);
    expect(severityOf(checkInteractions(imported), 'hydrocodone')).to.equal('avoid');
  });

  for (const example of conditionExamples) {
    it(`reads ${example.name}`, () => {
      const imported = fromFhir([example.resource]);
      expect(imported.conditions).to.deep.equal([example.means]);
      expect(imported.skipped).to.deep.equal([]);
    });
  }

  it('does not count a pregnancy status of "not pregnant" or "unknown"', () => {
    const status = (code: string, display: string) => ({
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: LOINC, code: '82810-3' }] },
      valueCodeableConcept: { coding: [{ system: SNOMED, code, display }] },
    });
    const imported = fromFhir([status('60001007', 'Not pregnant'), status('261665006', 'Unknown')]);
    expect(imported.conditions).to.deep.equal([]);
    expect(imported.skipped.map((s) => [s.kind, s.reason])).to.deep.equal([
      ['ignored', 'not-pregnant'],
      ['ignored', 'other-value'],
    ]);
    // Coded with no display: only 77386006 counts.
    const codedOnly = fromFhir([
      { ...status('60001007', ''), valueCodeableConcept: { coding: [{ system: SNOMED, code: '60001007' }] } },
    ]);
    expect(codedOnly.conditions).to.deep.equal([]);
  });

  it('reads a Condition text that says no ("Not pregnant") as no, but trusts a code over its text', () => {
    const imported = fromFhir([
      { resourceType: 'Condition', id: 'np', code: { text: 'Not pregnant' } },
      { resourceType: 'Condition', id: 'nl', code: { text: 'No known liver disease' } },
      { resourceType: 'Condition', id: 'nash', code: { text: 'Non-alcoholic steatohepatitis' } },
    ]);
    expect(imported.conditions).to.deep.equal(['liver-disease']);
    expect(imported.skipped.map((s) => [s.id, s.reason])).to.deep.equal([
      ['np', 'not-pregnant'],
      ['nl', 'negative-result'],
    ]);
    const coded = fromFhir([
      { resourceType: 'Condition', code: { coding: [{ system: SNOMED, code: '77386006' }], text: 'Not pregnant' } },
    ]);
    expect(coded.conditions).to.deep.equal(['pregnancy']);
  });

  it("does not read a relative's history, a vaccine or a screening as the person's condition, unless coded", () => {
    const texts = [
      'Family history of liver disease',
      'Need for hepatitis B vaccination',
      'Hepatitis C screening',
      'Vacuna contra la hepatitis B',
    ];
    const imported = fromFhir(texts.map((text) => ({ resourceType: 'Condition', code: { text } })));
    expect(imported.conditions).to.deep.equal([]);
    expect(imported.skipped.map((s) => s.reason)).to.deep.equal(texts.map(() => 'not-relevant'));
    const coded = fromFhir([
      {
        resourceType: 'Condition',
        code: {
          coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'B18.2' }],
          text: 'Hepatitis C screening',
        },
      },
    ]);
    expect(coded.conditions).to.deep.equal(['liver-disease']);
  });

  it('reads breastfeeding from an Observation by SNOMED 413712001 and from its text', () => {
    const imported = fromFhir([
      { resourceType: 'Observation', status: 'final', code: { coding: [{ system: SNOMED, code: '413712001' }] } },
    ]);
    expect(imported.conditions).to.deep.equal(['breastfeeding']);
  });

  it('leaves out Conditions that are resolved, inactive, in remission, refuted or entered in error, saying why', () => {
    const clinical = (code: string) => ({ coding: [{ code }] });
    const imported = fromFhir([
      { resourceType: 'Condition', id: 'a', code: { text: 'Hepatitis C' }, clinicalStatus: clinical('resolved') },
      { resourceType: 'Condition', id: 'b', code: { text: 'Cirrhosis' }, clinicalStatus: clinical('inactive') },
      { resourceType: 'Condition', id: 'c', code: { text: 'NAFLD' }, clinicalStatus: clinical('remission') },
      { resourceType: 'Condition', id: 'd', code: { text: 'Pregnant' }, verificationStatus: clinical('refuted') },
      { resourceType: 'Condition', id: 'e', code: { text: 'NASH' }, verificationStatus: clinical('entered-in-error') },
    ]);
    expect(imported.conditions).to.deep.equal([]);
    expect(imported.skipped.map((s) => [s.id, s.kind, s.reason])).to.deep.equal([
      ['a', 'ignored', 'resolved'],
      ['b', 'ignored', 'inactive'],
      ['c', 'ignored', 'remission'],
      ['d', 'ignored', 'refuted'],
      ['e', 'ignored', 'entered-in-error'],
    ]);
  });
});

describe('fromFhir — references', () => {
  const statement = (reference: string) => ({
    resourceType: 'MedicationStatement',
    id: 's',
    status: 'active',
    medicationReference: { reference },
  });
  const tramadol = { coding: [{ system: RXNORM, code: '10689' }] };

  it('resolves contained, relative, versioned, absolute and urn:uuid references', () => {
    const cases: { name: string; bundle: unknown }[] = [
      {
        name: 'contained #med1',
        bundle: [{ ...statement('#med1'), contained: [{ resourceType: 'Medication', id: 'med1', code: tramadol }] }],
      },
      {
        name: 'relative Medication/9',
        bundle: [statement('Medication/9'), { resourceType: 'Medication', id: '9', code: tramadol }],
      },
      {
        name: 'versioned Medication/9/_history/3',
        bundle: [statement('Medication/9/_history/3'), { resourceType: 'Medication', id: '9', code: tramadol }],
      },
      {
        name: 'absolute URL matching fullUrl',
        bundle: {
          resourceType: 'Bundle',
          entry: [
            { resource: statement('https://ehr.example/fhir/Medication/9') },
            {
              fullUrl: 'https://ehr.example/fhir/Medication/9',
              resource: { resourceType: 'Medication', code: tramadol },
            },
          ],
        },
      },
      {
        name: 'relative reference against a RESTful fullUrl',
        bundle: {
          resourceType: 'Bundle',
          entry: [
            { fullUrl: 'https://ehr.example/fhir/MedicationStatement/s', resource: statement('Medication/9') },
            {
              fullUrl: 'https://ehr.example/fhir/Medication/9',
              resource: { resourceType: 'Medication', code: tramadol },
            },
          ],
        },
      },
      {
        name: 'urn:uuid: in a sibling nested Bundle',
        bundle: {
          resourceType: 'Bundle',
          entry: [
            { resource: statement('urn:uuid:6d7f0e3c-6a0e-4a55-9d4c-2b1f1c2f0a11') },
            {
              resource: {
                resourceType: 'Bundle',
                entry: [
                  {
                    fullUrl: 'urn:uuid:6d7f0e3c-6a0e-4a55-9d4c-2b1f1c2f0a11',
                    resource: { resourceType: 'Medication', code: tramadol },
                  },
                ],
              },
            },
          ],
        },
      },
      {
        name: 'contained Medication whose ingredient is another contained Medication',
        bundle: [
          {
            ...statement('#outer'),
            contained: [
              { resourceType: 'Medication', id: 'outer', ingredient: [{ itemReference: { reference: '#inner' } }] },
              { resourceType: 'Medication', id: 'inner', code: tramadol },
            ],
          },
        ],
      },
    ];
    for (const { name, bundle } of cases) {
      const imported = fromFhir(bundle);
      expect(imported.medications, name).to.deep.equal([{ system: RXNORM, code: '10689' }]);
      expect(
        imported.skipped.filter((s) => s.kind === 'unreadable'),
        name,
      ).to.deep.equal([]);
      expect(severityOf(checkInteractions(imported), 'tramadol'), name).to.equal('avoid');
    }
  });

  it('reports a reference that is not in the record as unreadable, and the check says so', () => {
    const imported = fromFhir([statement('Medication/missing')]);
    expect(imported.medications).to.deep.equal([]);
    expect(imported.skipped).to.deep.equal([
      {
        kind: 'unreadable',
        reason: 'unresolved-reference',
        about: 'medication',
        resourceType: 'MedicationStatement',
        id: 's',
        path: '[0]',
      },
    ]);
    const findings = checkInteractions(imported);
    expect(findings.map((f) => f.severity)).to.deep.equal(['unknown']);
    expect(findings[0]!.explanation.en).to.match(/could not be read/);
  });

  it('does not follow a reference that two different resources answer to', () => {
    const imported = fromFhir([
      statement('Medication/9'),
      { resourceType: 'Medication', id: '9', code: tramadol },
      { resourceType: 'Medication', id: '9', code: { text: 'Copaxone' } },
    ]);
    expect(imported.skipped.find((s) => s.id === 's')).to.deep.include({ reason: 'unresolved-reference' });
  });

  it('reports an unreadable part of a Medication once, and still reads the rest of it', () => {
    const imported = fromFhir([
      statement('Medication/9'),
      { ...statement('Medication/9'), id: 't' },
      {
        resourceType: 'Medication',
        id: '9',
        code: { text: 'Compounded capsule' },
        ingredient: [{ itemCodeableConcept: tramadol }, { itemReference: { reference: 'Substance/gone' } }],
      },
    ]);
    expect(imported.medications).to.deep.equal([{ system: RXNORM, code: '10689' }, 'Compounded capsule']);
    expect(imported.skipped.map((s) => [s.kind, s.reason, s.path])).to.deep.equal([
      ['unreadable', 'unresolved-reference', '[2].ingredient[1].itemReference'],
    ]);
    const findings = checkInteractions(imported);
    expect(findings[0]!.severity).to.equal('avoid');
    expect(findings.filter((f) => f.severity === 'unknown')).to.have.length(2);
  });

  it('survives a Medication whose ingredient points back at itself', () => {
    const imported = fromFhir([
      statement('Medication/9'),
      { resourceType: 'Medication', id: '9', ingredient: [{ itemReference: { reference: 'Medication/9' } }] },
    ]);
    expect(imported.medications).to.deep.equal([]);
    expect(imported.skipped[0]).to.deep.include({ kind: 'unreadable', id: 's' });
  });
});

describe('fromFhir — unreadable entries', () => {
  it('reports garbage entries and reads the rest', () => {
    const imported = fromFhir({
      resourceType: 'Bundle',
      entry: [
        7,
        null,
        { fullUrl: 'x' },
        { resource: 'oxycodone' },
        { resource: { resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: 5 } },
        {
          resource: {
            resourceType: 'MedicationStatement',
            status: 'active',
            medicationCodeableConcept: { text: 'Vicodin' },
          },
        },
      ],
    });
    expect(imported.medications).to.deep.equal(['Vicodin']);
    expect(imported.skipped.map((s) => [s.kind, s.reason, s.path])).to.deep.equal([
      ['unreadable', 'malformed', 'entry[0]'],
      ['unreadable', 'malformed', 'entry[1]'],
      ['unreadable', 'no-resource', 'entry[2]'],
      ['unreadable', 'malformed', 'entry[3].resource'],
      ['unreadable', 'no-medication', 'entry[4].resource'],
    ]);
    const findings = checkInteractions(imported);
    expect(findings[0]!.severity).to.equal('avoid');
    expect(findings.filter((f) => f.severity === 'unknown')).to.have.length(5);
  });

  it('reports an entry with a throwing getter and reads the others', () => {
    const hostile = {
      resourceType: 'MedicationStatement',
      get status(): string {
        throw new Error('boom');
      },
    };
    const imported = fromFhir([hostile, { resourceType: 'Condition', code: { text: 'cirrhosis' } }]);
    expect(imported.conditions).to.deep.equal(['liver-disease']);
    expect(imported.skipped[0]).to.deep.include({ kind: 'unreadable', path: '[0]' });
  });

  it('reports Bundles nested deeper than it reads, as possibly hiding a medicine', () => {
    const deep = nestIn([{ resourceType: 'Condition', code: { text: 'Hepatitis B' } }], 20);
    const imported = fromFhir(deep);
    expect(imported.conditions).to.deep.equal([]);
    expect(imported.skipped).to.have.length(1);
    expect(imported.skipped[0]).to.deep.include({ kind: 'unreadable', reason: 'too-deeply-nested', about: 'unknown' });
    expect(checkInteractions(imported).map((f) => f.severity)).to.deep.equal(['unknown']);
  });

  it('keeps stopped and not-relevant entries apart from unreadable ones: only unreadable ones add findings', () => {
    const imported = fromFhir([
      { resourceType: 'MedicationStatement', status: 'stopped', medicationCodeableConcept: { text: 'Oxycodone' } },
      { resourceType: 'Condition', code: { text: 'Essential hypertension' } },
      { resourceType: 'Patient' },
    ]);
    expect(imported.skipped.every((s) => s.kind === 'ignored')).to.equal(true);
    expect(unreadRecordFindings(imported.skipped)).to.deep.equal([]);
    expect(checkInteractions(imported)).to.deep.equal([]);
  });

  it('reads MedicationDispense and MedicationAdministration entries too', () => {
    const imported = fromFhir([
      { resourceType: 'MedicationDispense', status: 'completed', medicationCodeableConcept: { text: 'Ultram' } },
      {
        resourceType: 'MedicationAdministration',
        status: 'in-progress',
        medicationCodeableConcept: { text: 'codeine' },
      },
      { resourceType: 'MedicationAdministration', status: 'completed', medicationCodeableConcept: { text: 'Vicodin' } },
    ]);
    expect(imported.medications).to.deep.equal(['Ultram', 'codeine']);
    expect(imported.skipped.map((s) => s.reason)).to.deep.equal(['completed']);
  });
});

describe('checkInteractions with a record', () => {
  it('refuses a skipped list that is not what fromFhir gives', () => {
    for (const skipped of ['x', [{ kind: 'unreadable' }], [null]]) {
      expect(() => checkInteractions({ medications: [], skipped } as never)).to.throw(LdnValidationError);
    }
  });

  it('still refuses unknown keys', () => {
    expect(() => checkInteractions({ medications: [], skipped: [], extra: 1 } as never)).to.throw(LdnValidationError);
  });
});

describe('condition code lists', () => {
  it('name sources that the built-in knowledge base has', () => {
    const ids = new Set(builtInKnowledgeBase.sources.map((s) => s.id));
    const lists = [...icd10Blocks, ...statusQuestions, ...conditionTerms, ...snomedConditionCodes];
    for (const list of lists) for (const id of list.sourceIds) expect(ids.has(id), id).to.equal(true);
    for (const condition of builtInKnowledgeBase.conditions)
      for (const code of condition.codes) expect(ids.has(code.sourceId), code.sourceId).to.equal(true);
  });

  it('read each SNOMED CT child of 235856003 in the list as liver disease', () => {
    for (const code of snomedConditionCodes[0]!.codes) {
      const read = fromFhir([
        { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code }] } },
      ]);
      expect(read.conditions, code).to.deep.equal(['liver-disease']);
    }
  });

  it('read ICD-10-CM codes by block, dotted or not, and nothing outside the blocks', () => {
    const icd = (code: string) =>
      fromFhir([
        { resourceType: 'Condition', code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code }] } },
      ]).conditions;
    for (const code of [
      'K70',
      'K70.0',
      'K71.9',
      'K72.90',
      'K74.60',
      'K75.81',
      'K76.0',
      'K77',
      'B15.9',
      'B16',
      'B17.10',
      'B18.2',
      'B19.20',
      'k7460',
    ])
      expect(icd(code), code).to.deep.equal(['liver-disease']);
    for (const code of ['K69', 'K78', 'K80.20', 'B14', 'B20', 'E11.9', 'K7', 'KK70'])
      expect(icd(code), code).to.deep.equal([]);
  });
});
