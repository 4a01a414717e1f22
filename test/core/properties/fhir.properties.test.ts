import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkInteractions,
  extendKnowledgeBase,
  fromFhir,
  RXNORM_SYSTEM,
  SEVERITIES,
  SNOMED_SYSTEM,
  type ConditionId,
} from '../../../src/core/index.js';
import { IGNORED_REASONS, UNREADABLE_REASONS } from '../../../src/core/fhir/skipped.js';
import { nestIn } from '../../fixtures/fhir-bundles.js';
import {
  anyValue,
  hostileRecord,
  hostileString,
  kb,
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
      // The clinical status itself (resolved, inactive, remission) is the reason.
      const reason = verification && NOT_TRUE_VERIFICATION.has(verification) ? verification : (clinical ?? undefined);
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

// ---------------------------------------------------------------------------------------------
// Issue #14, invariant 3: a record is read whole or says what it could not read.
// ---------------------------------------------------------------------------------------------

/** An entry of a generated record: a well-formed resource, or garbage the adapter cannot read. */
type RecordItem = { kind: 'resource'; resource: GeneratedResource } | { kind: 'garbage'; entry: unknown };

/** Entries that cannot be read: each must be reported as unreadable and add an `unknown` finding. */
const unreadableEntry: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  7,
  null,
  'MedicationStatement',
  [],
  {},
  { fullUrl: 'urn:uuid:nothing-here' },
  { resource: 42 },
  { resource: { resourceType: 5 } },
  { resource: { resourceType: 'MedicationStatement', status: 'active' } },
  { resource: { resourceType: 'MedicationRequest', status: 'active', medicationCodeableConcept: { text: ' ' } } },
  {
    resource: {
      resourceType: 'MedicationDispense',
      status: 'completed',
      medicationCodeableConcept: { coding: [{ system: 'urn:oid:9.9.9', code: 'Z1' }] },
    },
  },
  {
    resource: {
      resourceType: 'MedicationStatement',
      status: 'active',
      medicationCodeableConcept: { coding: [{ system: RXNORM_SYSTEM, code: '999999999' }] },
    },
  },
  {
    resource: {
      resourceType: 'MedicationStatement',
      status: 'active',
      medicationReference: { reference: 'Medication/not-in-this-record' },
    },
  },
  { resource: { resourceType: 'MedicationRequest', status: 'active', medicationReference: { reference: '#nowhere' } } },
  { resource: { resourceType: 'Condition', code: {} } },
  { resource: { resourceType: 'Observation', status: 'final', code: { coding: 'x' } } },
  {
    resource: nestIn(
      [{ resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: { text: 'Vicodin' } }],
      12,
    ),
  },
);

const shallowUnreadable = unreadableEntry.filter((entry) => !JSON.stringify(entry ?? null).includes('"Bundle"'));

/** Places each entry at a random depth of nested Bundles (0: in the record's own Bundle). */
function nestEntries(entries: { entry: unknown; depth: number }[]): {
  bundle: Record<string, unknown>;
  /** The entry path of each item, in order. */
  paths: string[];
} {
  const paths: string[] = [];
  const entry = entries.map(({ entry: item, depth }, i) => {
    let wrapped = item;
    for (let d = 0; d < depth; d++)
      wrapped = { resource: { resourceType: 'Bundle', type: 'collection', entry: [wrapped] } };
    paths.push(`entry[${i}]` + '.resource.entry[0]'.repeat(depth));
    return wrapped;
  });
  return { bundle: { resourceType: 'Bundle', type: 'searchset', entry }, paths };
}

const asEntry = ({ resource, fullUrl }: GeneratedResource) => ({ ...(fullUrl ? { fullUrl } : {}), resource });
const depth = fc.nat({ max: 3 });

/** A record: generated resources and (optionally) garbage, shuffled, each at a random nesting depth. */
const recordOf = (garbage: fc.Arbitrary<unknown[]>) =>
  fc
    .tuple(bundle, garbage)
    .chain(([resources, junk]) =>
      fc.shuffledSubarray<RecordItem>(
        [
          ...resources.map((resource): RecordItem => ({ kind: 'resource', resource })),
          ...junk.map((entry): RecordItem => ({ kind: 'garbage', entry })),
        ],
        { minLength: resources.length + junk.length },
      ),
    )
    .chain((items) =>
      fc.tuple(fc.constant(items), fc.array(depth, { minLength: items.length, maxLength: items.length })),
    );

const build = (items: RecordItem[], depths: number[]) =>
  nestEntries(
    items.map((item, i) => ({
      entry: item.kind === 'resource' ? asEntry(item.resource) : item.entry,
      depth: depths[i]!,
    })),
  );

const rank = (severity: string) => SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]);
const findingKey = (f: { medicationId?: string; conditionId?: string; input: string }) =>
  f.medicationId ?? f.conditionId ?? `input:${f.input}`;

describe('fromFhir — a record is read whole or says what it could not read (issue #14, invariant 3)', () => {
  keepBuiltInDataAndPrototypesIntact();

  it('accounts for every entry: used, or in skipped with a reason, whatever the nesting, order and garbage', () => {
    fc.assert(
      fc.property(recordOf(fc.array(fc.oneof(unreadableEntry, anyValue), { maxLength: 4 })), ([items, depths]) => {
        const { bundle: input, paths } = build(items, depths);
        const result = fromFhir(input);
        const used = new Set(result.used.map((u) => u.path));
        const skipped = new Map(result.skipped.map((s) => [s.path, s]));
        items.forEach((item, i) => {
          const entryPath = paths[i]!;
          const resourcePath = `${entryPath}.resource`;
          const accounted = used.has(resourcePath) || skipped.has(resourcePath) || skipped.has(entryPath);
          expect(accounted, `${entryPath} (${item.kind}) is used or skipped`).to.equal(true);
          if (item.kind === 'resource') expect(used.has(resourcePath) && skipped.has(resourcePath)).to.equal(false);
          for (let d = 1; d <= depths[i]!; d++) {
            const bundlePath = `entry[${i}]` + '.resource.entry[0]'.repeat(d - 1) + '.resource';
            expect(used.has(bundlePath), `nested Bundle ${bundlePath} is read`).to.equal(true);
          }
        });
        for (const s of result.skipped) {
          expect(s.kind).to.equal(
            (UNREADABLE_REASONS as readonly string[]).includes(s.reason) ? 'unreadable' : 'ignored',
          );
          expect((IGNORED_REASONS as readonly string[]).includes(s.reason) || s.kind === 'unreadable').to.equal(true);
        }
      }),
      runs(300),
    );
  });

  it('never makes the check more reassuring by adding unreadable entries, and adds an unknown finding for each', () => {
    fc.assert(
      fc.property(
        recordOf(fc.constant([])),
        fc.array(fc.tuple(unreadableEntry, depth, fc.nat()), { minLength: 1, maxLength: 4 }),
        ([items, depths], junk) => {
          const clean = build(items, depths).bundle;
          const mixedItems = [...items];
          const mixedDepths = [...depths];
          for (const [entry, d, at] of junk) {
            const position = at % (mixedItems.length + 1);
            mixedItems.splice(position, 0, { kind: 'garbage', entry });
            mixedDepths.splice(position, 0, d);
          }
          const mixed = build(mixedItems, mixedDepths).bundle;
          const before = checkInteractions(fromFhir(clean));
          const readMixed = fromFhir(mixed);
          const after = checkInteractions(readMixed);

          expect(readMixed.skipped.filter((s) => s.kind === 'unreadable').length).to.be.at.least(junk.length);
          const unknowns = (findings: typeof before) => findings.filter((f) => f.severity === 'unknown').length;
          expect(unknowns(after), 'one unknown finding per unreadable entry').to.be.at.least(
            unknowns(before) + junk.length,
          );
          for (const finding of before) {
            const same = after.find((f) => findingKey(f) === findingKey(finding));
            expect(same, `${findingKey(finding)} is still there`).to.not.equal(undefined);
            expect(rank(same!.severity), `${findingKey(finding)} is no more reassuring`).to.be.at.most(
              rank(finding.severity),
            );
          }
          const worst = (findings: typeof before) => Math.min(...findings.map((f) => rank(f.severity)));
          expect(worst(after)).to.be.at.most(Math.min(worst(before), rank('unknown')));
        },
      ),
      runs(250),
    );
  });

  it('gives the same result for a record wrapped in another Bundle', () => {
    const strip = (path: string) => path.replace(/^entry\[0\]\.resource\.?/, '');
    fc.assert(
      // Within the nesting limit: one more level moves the limit itself (tested by example in fhir-records.test.ts).
      fc.property(recordOf(fc.array(shallowUnreadable, { maxLength: 3 })), ([items, depths]) => {
        const { bundle: input } = build(items, depths);
        const plain = fromFhir(input);
        const wrapped = fromFhir({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: input }] });
        expect(wrapped.medications).to.deep.equal(plain.medications);
        expect(wrapped.conditions).to.deep.equal(plain.conditions);
        expect(wrapped.skipped.map((s) => ({ ...s, path: strip(s.path) }))).to.deep.equal(plain.skipped);
        expect(
          wrapped.used.filter((u) => u.path !== 'entry[0].resource').map((u) => ({ ...u, path: strip(u.path) })),
        ).to.deep.equal(plain.used);
        const outcome = (findings: ReturnType<typeof checkInteractions>) =>
          findings.map((f) => [f.severity, f.kind, f.medicationId, f.conditionId, f.explanation.en]);
        expect(outcome(checkInteractions(wrapped))).to.deep.equal(outcome(checkInteractions(plain)));
      }),
      runs(200),
    );
  });

  it('always answers avoid for an opioid anywhere: nested, via ingredient, via contained or versioned reference', () => {
    const opioidConcept = fc.oneof(
      fc.constantFrom('7804', '5489', '10689', '2670').map((code) => ({ coding: [{ system: RXNORM_SYSTEM, code }] })),
      fc.constantFrom('OxyContin', 'Vicodin', 'Ultram', 'codeine', 'Percocet', 'tramadol').map((text) => ({ text })),
    );
    const CURRENT: Record<string, (string | undefined)[]> = {
      MedicationStatement: ['active', 'intended', 'on-hold', 'unknown', undefined],
      MedicationRequest: ['active', 'on-hold', 'draft', 'unknown', undefined],
      MedicationDispense: ['preparation', 'in-progress', 'on-hold', 'completed', 'unknown'],
      MedicationAdministration: ['in-progress', 'on-hold', 'unknown'],
    };
    const placement = fc.record({
      type: fc.constantFrom(...Object.keys(CURRENT)),
      statusIndex: fc.nat(),
      concept: opioidConcept,
      how: fc.constantFrom(
        'inline',
        'contained',
        'contained-ingredient',
        'reference',
        'versioned',
        'urn-uuid',
        'absolute',
        'ingredient',
        'ingredient-reference',
        'ingredient-substance',
      ),
      depths: fc.array(depth, { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      fc.property(recordOf(fc.array(unreadableEntry, { maxLength: 2 })), placement, ([items, depths], p) => {
        const statuses = CURRENT[p.type]!;
        const status = statuses[p.statusIndex % statuses.length];
        const use = (extra: Record<string, unknown>) => ({
          resourceType: p.type,
          id: 'opioid-use',
          ...(status ? { status } : {}),
          ...extra,
        });
        const medication = (extra: Record<string, unknown>) => ({
          resourceType: 'Medication',
          id: 'opioid-med',
          ...extra,
        });
        const extraEntries: unknown[] = [];
        let useResource: Record<string, unknown>;
        switch (p.how) {
          case 'inline':
            useResource = use({ medicationCodeableConcept: p.concept });
            break;
          case 'contained':
            useResource = use({
              contained: [medication({ code: p.concept })],
              medicationReference: { reference: '#opioid-med' },
            });
            break;
          case 'contained-ingredient':
            useResource = use({
              contained: [medication({ ingredient: [{ itemCodeableConcept: p.concept }] })],
              medicationReference: { reference: '#opioid-med' },
            });
            break;
          case 'reference':
          case 'versioned':
            useResource = use({
              medicationReference: {
                reference: p.how === 'reference' ? 'Medication/opioid-med' : 'Medication/opioid-med/_history/3',
              },
            });
            extraEntries.push({ resource: medication({ code: p.concept }) });
            break;
          case 'urn-uuid':
            useResource = use({ medicationReference: { reference: 'urn:uuid:9a1c4d2e-0b7f-4c55-8d3e-7f6a5b4c3d2e' } });
            extraEntries.push({
              fullUrl: 'urn:uuid:9a1c4d2e-0b7f-4c55-8d3e-7f6a5b4c3d2e',
              resource: { resourceType: 'Medication', code: p.concept },
            });
            break;
          case 'absolute':
            useResource = use({ medicationReference: { reference: 'https://ehr.example/fhir/Medication/opioid-med' } });
            extraEntries.push({
              fullUrl: 'https://ehr.example/fhir/Medication/opioid-med',
              resource: medication({ code: p.concept }),
            });
            break;
          case 'ingredient':
            useResource = use({ medicationReference: { reference: 'Medication/opioid-med' } });
            extraEntries.push({
              resource: medication({
                code: { text: 'Compounded capsule' },
                ingredient: [{ itemCodeableConcept: p.concept }],
              }),
            });
            break;
          case 'ingredient-reference':
          case 'ingredient-substance':
            useResource = use({ medicationReference: { reference: 'Medication/opioid-med' } });
            extraEntries.push(
              {
                resource: medication({
                  ingredient: [
                    {
                      itemReference: {
                        reference:
                          p.how === 'ingredient-reference' ? 'Medication/opioid-part' : 'Substance/opioid-part',
                      },
                    },
                  ],
                }),
              },
              {
                resource: {
                  resourceType: p.how === 'ingredient-reference' ? 'Medication' : 'Substance',
                  id: 'opioid-part',
                  code: p.concept,
                },
              },
            );
            break;
        }
        const base = build(items, depths).bundle;
        const opioidEntries = [{ resource: useResource! }, ...extraEntries];
        const record = {
          ...base,
          entry: [
            ...(base['entry'] as unknown[]),
            ...(nestEntries(opioidEntries.map((entry, i) => ({ entry, depth: p.depths[i]! }))).bundle[
              'entry'
            ] as unknown[]),
          ],
        };
        const findings = checkInteractions(fromFhir(record));
        expect(findings[0]?.severity, JSON.stringify(p)).to.equal('avoid');
        expect(
          findings.some((f) => f.severity === 'avoid' && f.ruleId === 'i3-opioids'),
          JSON.stringify(p),
        ).to.equal(true);
      }),
      runs(400),
    );
  });
});

describe('fromFhir — condition codes and words (issue #14, invariant 3)', () => {
  const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
  const icdCode = (letter: string, number: number, sub: string, dotted: boolean) =>
    `${letter}${String(number).padStart(2, '0')}${sub ? (dotted ? '.' : '') + sub : ''}`;
  const sub = fc.stringMatching(/^[0-9]{0,3}$/);

  it('reads every ICD-10-CM code in K70–K77 and B15–B19 as liver disease, and no other code of those letters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('K', 'B'),
        fc.integer({ min: 0, max: 99 }),
        sub,
        fc.boolean(),
        fc.boolean(),
        (letter, number, subcode, dotted, lower) => {
          const code = icdCode(letter, number, subcode, dotted);
          const inBlock = letter === 'K' ? number >= 70 && number <= 77 : number >= 15 && number <= 19;
          const read = fromFhir([
            {
              resourceType: 'Condition',
              code: { coding: [{ system: ICD10CM, code: lower ? code.toLowerCase() : code }] },
            },
          ]);
          expect(read.conditions, code).to.deep.equal(inBlock ? ['liver-disease'] : []);
        },
      ),
      runs(300),
    );
  });

  it('reads the liver, pregnancy and breastfeeding words in any case, accents and surrounding words; never when resolved', () => {
    const term = fc.constantFrom(
      { text: 'hepatic failure', means: 'liver-disease' },
      { text: 'NASH', means: 'liver-disease' },
      { text: 'NAFLD', means: 'liver-disease' },
      { text: 'fatty liver', means: 'liver-disease' },
      { text: 'steatosis', means: 'liver-disease' },
      { text: 'hepatitis B', means: 'liver-disease' },
      { text: 'hepatitis C', means: 'liver-disease' },
      { text: 'cirrhosis', means: 'liver-disease' },
      { text: 'cirrosis hepática', means: 'liver-disease' },
      { text: 'currently breastfeeding', means: 'breastfeeding' },
      { text: 'pregnant', means: 'pregnancy' },
      { text: 'embarazo', means: 'pregnancy' },
    );
    const around = fc.constantFrom('', 'Chronic', 'Acute', 'History of', 'Severe', '(confirmed)', '2019 -');
    fc.assert(
      fc.property(
        term,
        around,
        around,
        fc.constantFrom('upper', 'lower', 'as is'),
        fc.option(fc.constantFrom(...CLINICAL_STATUSES)),
        ({ text, means }, before, after, casing, clinical) => {
          const words = [before, text, after].filter(Boolean).join(' ');
          const written = casing === 'upper' ? words.toUpperCase() : casing === 'lower' ? words.toLowerCase() : words;
          const resource: Record<string, unknown> = { resourceType: 'Condition', code: { text: written } };
          if (clinical) resource['clinicalStatus'] = { coding: [{ code: clinical }] };
          const read = fromFhir([resource]);
          if (clinical && NOT_CURRENT_CLINICAL.has(clinical)) {
            expect(read.conditions, written).to.deep.equal([]);
            expect(read.skipped[0]!.kind).to.equal('ignored');
          } else expect(read.conditions, written).to.include(means);
        },
      ),
      runs(300),
    );
  });

  it("reads the person's condition beside a relative's history, a vaccine or a screening, or found on a screening", () => {
    const term = fc.constantFrom(
      { text: 'Chronic hepatitis C', means: 'liver-disease' },
      { text: 'Cirrhosis', means: 'liver-disease' },
      { text: 'History of hepatitis B', means: 'liver-disease' },
      { text: 'NASH', means: 'liver-disease' },
      { text: 'Pregnant', means: 'pregnancy' },
      { text: 'Embarazo', means: 'pregnancy' },
      { text: 'Breastfeeding', means: 'breastfeeding' },
    );
    const other = fc.constantFrom(
      'family history of diabetes',
      'needs flu vaccination',
      'colon cancer screening due',
      'immunized against tetanus',
      'antecedentes familiares de diabetes',
    );
    const found = fc.constantFrom('positive on screening', 'found on screening ultrasound', 'screening test reactive');
    const written = fc.oneof(
      fc.tuple(term, other, fc.constantFrom(', ', '; ', ' (')).map(([t, o, sep]) => ({
        text: `${t.text}${sep}${o}${sep === ' (' ? ')' : ''}`,
        means: t.means,
      })),
      fc
        .tuple(term, other, fc.constantFrom('; ', ', '))
        .map(([t, o, sep]) => ({ text: `${o}${sep}${t.text}`, means: t.means })),
      fc.tuple(term, found).map(([t, f]) => ({ text: `${t.text}, ${f}`, means: t.means })),
      fc.tuple(term, found).map(([t, f]) => ({ text: `${t.text} ${f}`, means: t.means })),
    );
    fc.assert(
      fc.property(written, fc.constantFrom('Condition', 'Observation'), ({ text, means }, resourceType) => {
        const read = fromFhir([{ resourceType, status: 'final', code: { text } }]);
        expect(read.conditions, text).to.include(means);
      }),
      runs(200),
    );
  });

  it('counts a pregnancy status Observation only when its value is 77386006 (pregnant)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('77386006', '60001007', '261665006'), fc.stringMatching(/^[1-9][0-9]{5,9}$/)),
        fc.boolean(),
        fc.constantFrom(...OBSERVATION_STATUSES),
        (code, withDisplay, status) => {
          const display: Record<string, string> = {
            '77386006': 'Pregnant',
            '60001007': 'Not pregnant',
            '261665006': 'Unknown',
          };
          const read = fromFhir([
            {
              resourceType: 'Observation',
              status,
              code: { coding: [{ system: 'http://loinc.org', code: '82810-3', display: 'Pregnancy status' }] },
              valueCodeableConcept: {
                coding: [
                  { system: SNOMED_SYSTEM, code, ...(withDisplay && display[code] ? { display: display[code] } : {}) },
                ],
              },
            },
          ]);
          const counts = code === '77386006' && !NOT_CURRENT_OBSERVATION.has(status);
          expect(read.conditions).to.deep.equal(counts ? ['pregnancy'] : []);
          if (!counts) expect(read.skipped[0]!.kind).to.equal('ignored');
        },
      ),
      runs(200),
    );
  });
});

describe('fromFhir — every coding of a medication concept counts', () => {
  keepBuiltInDataAndPrototypesIntact();

  const worst = (findings: readonly { severity: (typeof SEVERITIES)[number] }[]) =>
    findings.map((f) => f.severity).sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))[0];
  const rank = (severity: (typeof SEVERITIES)[number] | undefined) =>
    severity === undefined ? SEVERITIES.length : SEVERITIES.indexOf(severity);
  const statementOf = (concept: Record<string, unknown>) => [
    { resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: concept },
  ];
  const portalSource = { id: 'portal-formulary', kind: 'reference' as const, label: 'Portal', citation: 'Formulary.' };
  const builtInCodes = kb.medications.flatMap((m) => m.codes.map((c) => ({ system: c.system, code: c.code })));
  const names = kb.medications.flatMap((m) => m.names.map((n) => n.text));

  it('a portal code listed before a built-in code never hides it: the record is never read less cautiously', () => {
    const portalMedication = fc.record({
      id: fc.constantFrom('portal-med-a', 'portal-med-b'),
      classId: fc.constantFrom(...kb.medicationClasses.map((c) => c.id)),
      code: fc.stringMatching(/^9[0-9]{5}$/),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(portalMedication, { minLength: 1, maxLength: 2, selector: (m) => m.id }),
        fc.array(fc.constantFrom(...builtInCodes), { minLength: 1, maxLength: 2 }),
        fc.boolean(),
        fc.option(fc.constantFrom(...names), { nil: undefined }),
        (portal, codes, portalFirst, text) => {
          const portalKb = extendKnowledgeBase({
            sources: [portalSource],
            medications: portal.map((m) => ({
              id: m.id,
              genericName: `portal medicine ${m.id.slice(-1)}`,
              names: [{ text: `Portalmed ${m.id.slice(-1)}`, kind: 'brand' as const, sourceId: 'portal-formulary' }],
              classIds: [m.classId],
              codes: [{ system: RXNORM_SYSTEM, code: m.code, display: 'portal', sourceId: 'portal-formulary' }],
            })),
          });
          const portalCodings = portal.map((m) => ({ system: RXNORM_SYSTEM, code: m.code }));
          const coding = portalFirst ? [...portalCodings, ...codes] : [...codes, ...portalCodings];
          const record = statementOf({ coding, ...(text ? { text } : {}) });
          const builtIn = worst(checkInteractions(fromFhir(record)));
          const withPortal = worst(
            checkInteractions(fromFhir(record, { knowledgeBase: portalKb }), { knowledgeBase: portalKb }),
          );
          expect(
            rank(withPortal),
            `${JSON.stringify(coding)}: ${builtIn} built in, ${withPortal} with the portal`,
          ).to.be.at.most(rank(builtIn));
          expect(withPortal).to.equal('avoid'); // every built-in code is an opioid's
        },
      ),
      runs(200),
    );
  });

  it('with no text, the display of every coding is checked, not only the first one', () => {
    const display = fc.constantFrom(...names);
    fc.assert(
      fc.property(fc.array(display, { minLength: 2, maxLength: 4 }), (displays) => {
        const coding = displays.map((d, i) => ({
          system: 'urn:oid:2.16.840.1.113883.6.69',
          code: `0000-${i}`,
          display: d,
        }));
        const findings = checkInteractions(fromFhir(statementOf({ coding })));
        const alone = displays.map((d) => worst(checkInteractions({ medications: [d] })));
        const mostSerious = alone.sort((a, b) => rank(a) - rank(b))[0];
        expect(rank(worst(findings)), JSON.stringify(displays)).to.be.at.most(rank(mostSerious));
      }),
      runs(200),
    );
  });

  it('a text cut to the checker’s length never reads as "no known conflict": the cut-off part was not checked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom(...names),
        fc.integer({ min: 200, max: 400 }),
        (first, last, length) => {
          const filler = ' 20 mg/mL prefilled syringe daily'.repeat(20);
          const text = `${first}${filler}`.slice(0, length) + ` ${last}`;
          const findings = checkInteractions(fromFhir(statementOf({ text })));
          expect(
            findings.map((f) => f.severity),
            text,
          ).not.to.include('compatible');
          if (rank(worst(checkInteractions({ medications: [first] }))) < rank('unknown'))
            expect(rank(worst(findings)), text).to.be.at.most(rank(worst(checkInteractions({ medications: [first] }))));
        },
      ),
      runs(150),
    );
  });
});

describe('fromFhir — a record that says it is not whole is never read as whole', () => {
  keepBuiltInDataAndPrototypesIntact();

  const names = kb.medications.flatMap((m) => m.names.map((n) => n.text));
  const statement = (text: string) => ({
    resourceType: 'MedicationStatement',
    status: 'active',
    medicationCodeableConcept: { text },
  });
  const outcome = (severity: string) => ({
    resourceType: 'OperationOutcome',
    issue: [{ severity, code: 'too-costly', diagnostics: 'Only the first 50 results were returned.' }],
  });

  it('a next page or an error OperationOutcome, at any depth, gives an unreadable entry and an unknown finding', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...names), { maxLength: 4 }),
        fc.constantFrom('next-link', 'NEXT-link', 'error', 'fatal'),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        (texts, how, depth, at) => {
          const entries: Record<string, unknown>[] = texts.map(statement);
          let record: Record<string, unknown>;
          if (how.endsWith('link')) {
            record = nestIn(entries, depth);
            const link = [
              { relation: 'self', url: 'https://ehr.example/fhir/MedicationStatement?patient=1' },
              { relation: how.split('-')[0], url: 'https://ehr.example/fhir/MedicationStatement?patient=1&page=2' },
            ];
            let innermost = record;
            while (
              (innermost['entry'] as { resource: Record<string, unknown> }[])[0]?.resource.resourceType === 'Bundle'
            )
              innermost = (innermost['entry'] as { resource: Record<string, unknown> }[])[0]!.resource;
            innermost['type'] = 'searchset';
            innermost['link'] = link;
          } else {
            entries.splice(at % (entries.length + 1), 0, outcome(how));
            record = nestIn(entries, depth);
          }
          const read = fromFhir(record);
          expect(
            read.skipped.some((s) => s.kind === 'unreadable' && s.reason === 'incomplete'),
            JSON.stringify(read.skipped),
          ).to.equal(true);
          const findings = checkInteractions(read);
          expect(findings.map((f) => f.severity)).to.include('unknown');
          expect(findings.length).to.be.greaterThan(new Set(texts).size > 0 ? 0 : -1);
        },
      ),
      runs(150),
    );
  });

  it('an OperationOutcome with only warnings or information, or a Bundle with only a self link, is read as before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...names), { maxLength: 4 }),
        fc.constantFrom('warning', 'information'),
        (texts, severity) => {
          const plain = fromFhir(nestIn(texts.map(statement), 1));
          const withOutcome = fromFhir({
            ...nestIn([...texts.map(statement), outcome(severity)], 1),
            link: [{ relation: 'self', url: 'https://ehr.example/fhir/MedicationStatement' }],
          });
          expect(withOutcome.medications).to.deep.equal(plain.medications);
          expect(withOutcome.skipped.filter((s) => s.kind === 'unreadable')).to.deep.equal([]);
        },
      ),
      runs(50),
    );
  });
});
