import { expect } from '@open-wc/testing';
import { checkInteractions } from '../../src/core/interactions.js';
import { fromFhir, LdnValidationError } from '../../src/core/index.js';
import { medicationInputName } from '../../src/core/fhir/medication-names.js';
import { patientBundle } from '../fixtures/fhir-bundles.js';

const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const SNOMED = 'http://snomed.info/sct';

describe('fromFhir', () => {
  it('reads current medications, coded or text, inline, contained or bundled', () => {
    const imported = fromFhir(patientBundle);
    expect(imported.medications).to.deep.equal([
      { system: RXNORM, code: '7804' },
      'Avonex 30 mcg weekly injection',
      { system: RXNORM, code: '10689', display: 'tramadol' },
      'Copaxone 20 mg/mL',
    ]);
  });

  it('reports a medicine coded only in a system it does not know as unreadable, not as a medicine', () => {
    const { medications, skipped } = fromFhir(patientBundle);
    expect(medications).to.not.deep.include({ system: 'urn:oid:1.2.3.4', code: 'X99' });
    expect(skipped.find((s) => s.id === 'unknown-local-code')).to.deep.include({
      kind: 'unreadable',
      reason: 'unknown-code',
      about: 'medication',
    });
  });

  it('leaves out what is not current and says why', () => {
    const { skipped } = fromFhir(patientBundle);
    const reasons = Object.fromEntries(skipped.map((s) => [s.id, s.reason]));
    expect(reasons).to.deep.include({
      'stopped-codeine': 'stopped',
      'error-hydrocodone': 'entered-in-error',
      cancelled: 'cancelled',
      'resolved-pregnancy': 'resolved',
      ms: 'not-relevant',
      p1: 'unsupported-resource',
    });
    expect(skipped.find((s) => s.id === 'stopped-codeine')!.display).to.equal('codeine');
  });

  it('maps SNOMED CT conditions and the breastfeeding observation', () => {
    expect(fromFhir(patientBundle).conditions).to.deep.equal(['liver-disease', 'breastfeeding']);
  });

  it('produces the right findings for a realistic bundle, passed straight to the checker', () => {
    const findings = checkInteractions(fromFhir(patientBundle));
    const bySeverity = (severity: string) =>
      findings.filter((f) => f.severity === severity).map((f) => f.medicationId ?? f.conditionId);
    expect(bySeverity('avoid')).to.have.members(['oxycodone', 'tramadol', 'liver-disease']);
    expect(bySeverity('caution')).to.include('breastfeeding');
    expect(findings.filter((f) => f.severity === 'caution')).to.have.length(2);
    expect(findings.filter((f) => f.severity === 'compatible')).to.have.length(1);
    expect(findings.filter((f) => f.severity === 'unknown')).to.have.length(1);
    expect(findings).to.have.length(7);
  });

  it('accepts a plain array of resources and matches condition text', () => {
    const imported = fromFhir([
      { resourceType: 'Condition', code: { text: 'Chronic hepatitis C' } },
      {
        resourceType: 'Condition',
        code: { coding: [{ system: SNOMED, code: '77386006' }] },
        verificationStatus: { coding: [{ code: 'refuted' }] },
      },
      {
        resourceType: 'Observation',
        status: 'final',
        code: { text: 'Breastfeeding status' },
        valueCodeableConcept: { text: 'No' },
      },
      {
        resourceType: 'Observation',
        status: 'entered-in-error',
        code: { coding: [{ system: SNOMED, code: '413712001' }] },
      },
      { resourceType: 'Observation', status: 'final', code: { text: 'Body weight' } },
      { resourceType: 'MedicationStatement', status: 'active' },
    ]);
    expect(imported.conditions).to.deep.equal(['liver-disease']);
    expect(imported.skipped.map((s) => s.reason)).to.deep.equal([
      'refuted',
      'not-breastfeeding',
      'entered-in-error',
      'not-relevant',
      'no-medication',
    ]);
  });

  it('throws LdnValidationError only for input that is not FHIR at all', () => {
    for (const bad of [null, 'Bundle', 42, { entry: [] }, { resourceType: 7 }]) {
      expect(() => fromFhir(bad), JSON.stringify(bad)).to.throw(LdnValidationError);
    }
  });

  it('reads a malformed record as far as it can and reports the rest, never throwing for the whole record', () => {
    expect(fromFhir({ resourceType: 'Patient', id: 'p' }).skipped).to.deep.equal([
      { kind: 'ignored', reason: 'unsupported-resource', about: 'other', resourceType: 'Patient', id: 'p', path: '' },
    ]);
    expect(fromFhir({ resourceType: 'Bundle', entry: 'x' }).skipped[0]).to.deep.include({
      kind: 'unreadable',
      reason: 'malformed',
      path: 'entry',
    });
    // A statement with no status is still read: dropping its medicine would hide a finding.
    const noStatus = fromFhir({
      resourceType: 'Bundle',
      entry: [{ resource: { resourceType: 'MedicationStatement', medicationCodeableConcept: { text: 'Vicodin' } } }],
    });
    expect(noStatus.medications).to.deep.equal(['Vicodin']);
    expect(fromFhir([{ resourceType: 'Condition', code: { coding: 'nope' } }]).skipped[0]).to.deep.include({
      kind: 'unreadable',
      reason: 'no-code',
      about: 'condition',
    });
  });
});

describe('fromFhir edge cases', () => {
  it('cuts long medication text to what the checker accepts, keeping the name', () => {
    const sig =
      'Oxycodone 5 mg tablet: take 1 tablet by mouth every 6 hours as needed for pain. ' +
      'Do not exceed the dose. '.repeat(12);
    const { medications } = fromFhir([
      { resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: { text: sig } },
    ]);
    const text = medications[0] as string;
    expect(text.length).to.be.at.most(200);
    expect(text.startsWith('Oxycodone 5 mg tablet')).to.be.true;
    expect(checkInteractions({ medications })[0]!.severity).to.equal('avoid');
  });

  it('validates a portal knowledge base passed in the options', () => {
    expect(() => fromFhir(patientBundle, { knowledgeBase: 0 } as never)).to.throw(LdnValidationError);
    expect(fromFhir(patientBundle, null).medications).to.have.length(4);
  });
});

describe('medicationInputName', () => {
  it('names a coded input so that checking the name again gives the same answer', () => {
    expect(medicationInputName({ system: RXNORM, code: '7804' })).to.equal('oxycodone');
    expect(medicationInputName({ system: RXNORM, code: '999999', display: 'Tylenol' })).to.equal('Tylenol');
    expect(medicationInputName({ system: 'urn:x', code: '1' })).to.equal('urn:x|1');
    expect(medicationInputName('Avonex')).to.equal('Avonex');
    for (const input of [
      { system: RXNORM, code: '7804' },
      { system: 'urn:x', code: '1' },
    ]) {
      const byCode = checkInteractions({ medications: [input] })[0]!.severity;
      const byName = checkInteractions({ medications: [medicationInputName(input)] })[0]!.severity;
      expect(byName).to.equal(byCode);
    }
  });
});
