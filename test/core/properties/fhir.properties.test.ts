import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkInteractions,
  fromFhir,
  RXNORM_SYSTEM,
  SNOMED_SYSTEM,
  type ConditionId,
} from '../../../src/core/index.js';
import {
  anyValue,
  hostileRecord,
  hostileString,
  returnsOrRejects,
  runs,
  keepBuiltInDataAndPrototypesIntact,
} from './arbitraries.js';

// FHIR R4 value sets (https://hl7.org/fhir/R4/valueset-medication-statement-status.html and
// valueset-medicationrequest-status.html, condition-clinical, condition-ver-status, observation-status).
const STATEMENT_STATUSES = [
  'active',
  'completed',
  'entered-in-error',
  'intended',
  'stopped',
  'on-hold',
  'unknown',
  'not-taken',
];
const REQUEST_STATUSES = [
  'active',
  'on-hold',
  'cancelled',
  'completed',
  'entered-in-error',
  'stopped',
  'draft',
  'unknown',
];
const NOT_CURRENT_MEDICATION = new Set(['entered-in-error', 'stopped', 'completed', 'not-taken', 'cancelled']);
const CLINICAL_STATUSES = ['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved'];
const NOT_CURRENT_CLINICAL = new Set(['inactive', 'remission', 'resolved']);
const VERIFICATION_STATUSES = [
  'unconfirmed',
  'provisional',
  'differential',
  'confirmed',
  'refuted',
  'entered-in-error',
];
const NOT_TRUE_VERIFICATION = new Set(['refuted', 'entered-in-error']);
const OBSERVATION_STATUSES = [
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'cancelled',
  'entered-in-error',
  'unknown',
];
const NOT_CURRENT_OBSERVATION = new Set(['cancelled', 'entered-in-error']);

/** Condition codes and texts with the knowledge-base condition each one means (none: not relevant). */
const CONDITION_CONCEPTS: { concept: Record<string, unknown>; means?: ConditionId }[] = [
  {
    concept: { coding: [{ system: SNOMED_SYSTEM, code: '235856003', display: 'Disorder of liver' }] },
    means: 'liver-disease',
  },
  { concept: { text: 'Chronic hepatitis C' }, means: 'liver-disease' },
  { concept: { text: 'Cirrosis hepática' }, means: 'liver-disease' },
  { concept: { coding: [{ system: SNOMED_SYSTEM, code: '77386006' }], text: 'Pregnant' }, means: 'pregnancy' },
  { concept: { text: 'Embarazo' }, means: 'pregnancy' },
  { concept: { text: 'Essential hypertension' } },
  { concept: { coding: [{ system: SNOMED_SYSTEM, code: '24700007', display: 'Multiple sclerosis' }] } },
];

interface GeneratedResource {
  resource: Record<string, unknown>;
  fullUrl?: string;
  /** What the import must do with it. */
  expect:
    | { kind: 'medication'; display: string }
    | { kind: 'skipped-medication'; display: string; reason: string }
    | { kind: 'condition'; id?: ConditionId; reason?: string }
    | { kind: 'observation'; breastfeeding: boolean; reason?: string };
}

/** A display that no other resource of the bundle uses, so each one can be traced. */
const uniqueDisplay = (index: number, text: string) => `${text.replace(/\s+/g, ' ').trim() || 'drug'} #${index}`;

const medicationUse = (index: number): fc.Arbitrary<GeneratedResource[]> =>
  fc
    .record({
      type: fc.constantFrom('MedicationStatement', 'MedicationRequest'),
      statusIndex: fc.nat(),
      text: fc.oneof(fc.constantFrom('Vicodin 5/325', 'Rebif', 'Copaxone 20 mg', 'Ibuprofen'), hostileString),
      coded: fc.boolean(),
      how: fc.constantFrom('concept', 'contained', 'bundle'),
    })
    .map(({ type, statusIndex, text, coded, how }) => {
      const statuses = type === 'MedicationStatement' ? STATEMENT_STATUSES : REQUEST_STATUSES;
      const status = statuses[statusIndex % statuses.length]!;
      const display = uniqueDisplay(index, text.slice(0, 150));
      const concept = coded
        ? { coding: [{ system: RXNORM_SYSTEM, code: String(100_000 + index), display }] }
        : { text: display };
      const id = `use-${index}`;
      const expectation: GeneratedResource['expect'] = NOT_CURRENT_MEDICATION.has(status)
        ? { kind: 'skipped-medication', display, reason: status }
        : { kind: 'medication', display };
      if (how === 'concept') {
        return [
          { resource: { resourceType: type, id, status, medicationCodeableConcept: concept }, expect: expectation },
        ];
      }
      if (how === 'contained') {
        const resource = {
          resourceType: type,
          id,
          status,
          contained: [{ resourceType: 'Medication', id: 'med', code: concept }],
          medicationReference: { reference: '#med' },
        };
        return [{ resource, expect: expectation }];
      }
      const medication: GeneratedResource = {
        resource: { resourceType: 'Medication', id: `med-${index}`, code: concept },
        fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        expect: { kind: 'condition' }, // never read on its own: only through the reference
      };
      const use: GeneratedResource = {
        resource: { resourceType: type, id, status, medicationReference: { reference: `Medication/med-${index}` } },
        expect: expectation,
      };
      return [medication, use];
    });

const condition = (index: number): fc.Arbitrary<GeneratedResource[]> =>
  fc
    .record({
      concept: fc.constantFrom(...CONDITION_CONCEPTS),
      clinical: fc.option(fc.constantFrom(...CLINICAL_STATUSES)),
      verification: fc.option(fc.constantFrom(...VERIFICATION_STATUSES)),
    })
    .map(({ concept, clinical, verification }) => {
      const resource: Record<string, unknown> = {
        resourceType: 'Condition',
        id: `condition-${index}`,
        code: concept.concept,
      };
      const system = 'http://terminology.hl7.org/CodeSystem/condition-';
      if (clinical) resource['clinicalStatus'] = { coding: [{ system: `${system}clinical`, code: clinical }] };
      if (verification)
        resource['verificationStatus'] = { coding: [{ system: `${system}ver-status`, code: verification }] };
      const notCurrent =
        (verification && NOT_TRUE_VERIFICATION.has(verification)) || (clinical && NOT_CURRENT_CLINICAL.has(clinical));
      const reason =
        verification && NOT_TRUE_VERIFICATION.has(verification)
          ? verification
          : clinical === 'resolved'
            ? 'resolved'
            : 'inactive';
      return [
        {
          resource,
          expect: notCurrent
            ? { kind: 'condition', reason }
            : concept.means
              ? { kind: 'condition', id: concept.means }
              : { kind: 'condition', reason: 'not-relevant' },
        },
      ];
    });

const breastfeedingObservation = (index: number): fc.Arbitrary<GeneratedResource[]> =>
  fc
    .record({
      status: fc.constantFrom(...OBSERVATION_STATUSES),
      value: fc.constantFrom<boolean | undefined>(true, false, undefined),
    })
    .map(({ status, value }) => {
      const resource: Record<string, unknown> = {
        resourceType: 'Observation',
        id: `observation-${index}`,
        status,
        code: { coding: [{ system: SNOMED_SYSTEM, code: '413712001', display: 'Breastfeeding (mother)' }] },
      };
      if (value !== undefined) resource['valueBoolean'] = value;
      const reason = NOT_CURRENT_OBSERVATION.has(status) ? status : value === false ? 'not-breastfeeding' : undefined;
      return [
        {
          resource,
          expect: { kind: 'observation', breastfeeding: reason === undefined, ...(reason ? { reason } : {}) },
        },
      ];
    });

/** A well-formed bundle: a random mix of medication uses, conditions and observations, in any order. */
const bundle: fc.Arbitrary<GeneratedResource[]> = fc
  .array(fc.constantFrom(medicationUse, condition, breastfeedingObservation), { maxLength: 10 })
  .chain((makers) => fc.tuple(...makers.map((make, i) => make(i))) as fc.Arbitrary<GeneratedResource[][]>)
  .chain((groups) => fc.shuffledSubarray(groups.flat(), { minLength: groups.flat().length }));

const toBundle = (resources: GeneratedResource[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map(({ resource, fullUrl }) => ({ ...(fullUrl ? { fullUrl } : {}), resource })),
});

const displayOf = (input: unknown) => (typeof input === 'string' ? input : (input as { display?: string }).display);

describe('fromFhir — properties', () => {
  keepBuiltInDataAndPrototypesIntact();

  it('returns an import or throws LdnValidationError for any value', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        returnsOrRejects(() => fromFhir(input));
      }),
      runs(400),
    );
  });

  it('returns an import or throws LdnValidationError for any options', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, hostileRecord({ knowledgeBase: anyValue })), (options) => {
        const input = toBundle([
          { resource: { resourceType: 'Condition', code: { text: 'hepatitis' } }, expect: { kind: 'condition' } },
        ]);
        returnsOrRejects(() => fromFhir(input, options as never));
      }),
      runs(300),
    );
  });

  it('returns an import or throws LdnValidationError for bundles with hostile values in every slot', () => {
    const hostileResource = hostileRecord({
      resourceType: fc.constantFrom(
        'MedicationStatement',
        'MedicationRequest',
        'Medication',
        'Condition',
        'Observation',
        'Patient',
      ),
      id: fc.string(),
      status: fc.constantFrom(...STATEMENT_STATUSES, ...REQUEST_STATUSES, ...OBSERVATION_STATUSES),
      medicationCodeableConcept: hostileRecord({
        text: hostileString,
        coding: fc.array(
          hostileRecord({ system: fc.constant(RXNORM_SYSTEM), code: fc.string(), display: hostileString }),
        ),
      }),
      medicationReference: hostileRecord({
        reference: fc.constantFrom('#med', 'Medication/x', '#', '', 'urn:uuid:1'),
        display: hostileString,
      }),
      contained: fc.array(
        hostileRecord({ resourceType: fc.constant('Medication'), id: fc.constantFrom('med', 'x'), code: anyValue }),
      ),
      code: hostileRecord({
        text: hostileString,
        coding: fc.array(
          hostileRecord({ system: fc.constant(SNOMED_SYSTEM), code: fc.string(), display: hostileString }),
        ),
      }),
      clinicalStatus: hostileRecord({
        text: hostileString,
        coding: fc.array(hostileRecord({ code: fc.constantFrom(...CLINICAL_STATUSES) })),
      }),
      verificationStatus: hostileRecord({
        coding: fc.array(hostileRecord({ code: fc.constantFrom(...VERIFICATION_STATUSES) })),
      }),
      valueBoolean: fc.boolean(),
      valueString: hostileString,
      valueCodeableConcept: hostileRecord({ text: hostileString }),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(hostileResource, { maxLength: 5 }),
          hostileRecord({
            resourceType: fc.constant('Bundle'),
            entry: fc.array(
              hostileRecord({ fullUrl: fc.constantFrom('Medication/x', 'urn:uuid:1'), resource: hostileResource }),
              { maxLength: 5 },
            ),
          }),
        ),
        (input) => {
          returnsOrRejects(() => fromFhir(input));
        },
      ),
      runs(400),
    );
  });

  it('imports every current resource and skips every resource that is not current, with its reason', () => {
    fc.assert(
      fc.property(bundle, fc.boolean(), (resources, asArray) => {
        const input = asArray ? resources.map((r) => r.resource) : toBundle(resources);
        // A bare array has no fullUrl, but `Medication/<id>` references still resolve.
        const result = fromFhir(input);
        const imported = result.medications.map(displayOf);
        const skippedById = new Map(result.skipped.map((s) => [s.id, s]));
        const expectedConditions = new Set<ConditionId>();
        for (const { resource, expect: expected } of resources) {
          const id = resource['id'] as string;
          switch (expected.kind) {
            case 'medication':
              expect(imported, `${id} is imported`).to.include(expected.display);
              expect(skippedById.has(id), `${id} is not skipped`).to.equal(false);
              break;
            case 'skipped-medication':
              expect(imported, `${id} (${expected.reason}) is not imported`).to.not.include(expected.display);
              expect(skippedById.get(id), `${id} is skipped`).to.deep.include({
                reason: expected.reason,
                display: expected.display,
              });
              break;
            case 'condition':
              if (resource['resourceType'] === 'Medication') break;
              if (expected.id) {
                expectedConditions.add(expected.id);
                expect(skippedById.has(id), `${id} is not skipped`).to.equal(false);
              } else {
                expect(skippedById.get(id), `${id} is skipped`).to.deep.include({ reason: expected.reason });
              }
              break;
            case 'observation':
              if (expected.breastfeeding) {
                expectedConditions.add('breastfeeding');
                expect(skippedById.has(id), `${id} is not skipped`).to.equal(false);
              } else {
                expect(skippedById.get(id), `${id} is skipped`).to.deep.include({ reason: expected.reason });
              }
              break;
          }
        }
        expect(new Set(result.conditions)).to.deep.equal(expectedConditions);
        expect(result.conditions.length, 'each condition once').to.equal(expectedConditions.size);
        expect(result.medications.length).to.equal(resources.filter((r) => r.expect.kind === 'medication').length);
      }),
      runs(300),
    );
  });

  it('gives the checker input it accepts: an import of well-formed resources can always be checked', () => {
    // FHIR strings may be long (up to 1 MB) and need only one non-blank character; codes have no spaces.
    const sig = 'Oxycodone 5 mg tablet: take 1 tablet by mouth every 6 hours as needed for pain. ';
    const longText = fc.integer({ min: 150, max: 400 }).map((length) => sig.repeat(6).slice(0, length));
    const fhirString = fc.oneof(hostileString, longText).filter((s) => /\S/.test(s));
    const statement = fc
      .record({ text: fhirString, coded: fc.boolean(), code: fc.stringMatching(/^[0-9]{1,9}$/) })
      .map(({ text, coded, code }) => ({
        resourceType: 'MedicationStatement',
        status: 'active',
        medicationCodeableConcept: coded ? { coding: [{ system: RXNORM_SYSTEM, code, display: text }] } : { text },
      }));
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 5 }), (resources) => {
        const result = fromFhir(resources);
        const check = returnsOrRejects(() =>
          checkInteractions({ medications: result.medications, conditions: result.conditions }),
        );
        expect(check.ok, check.ok ? '' : check.error.message).to.equal(true);
      }),
      runs(200),
    );
  });
});
