import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  callService,
  CdsServiceError,
  handleCdsRequest,
  ORDER_SELECT_SERVICE_ID,
  PATIENT_VIEW_SERVICE_ID,
  type CdsHooksCard,
} from '../../src/cds-hooks/index.js';
import { checkInteractions, type Severity } from '../../src/core/index.js';
import {
  anyValue,
  hostileRecord,
  hostileStringUpTo,
  kb,
  keepBuiltInDataAndPrototypesIntact,
  runs,
} from '../core/properties/arbitraries.js';
import {
  clone,
  condition,
  expectValidCard,
  isCouldNotCheck,
  loadFixture,
  medicationRequest,
  searchset,
  type Fixture,
} from './helpers.js';

const INDICATOR: Record<Severity, CdsHooksCard['indicator']> = {
  avoid: 'critical',
  caution: 'warning',
  unknown: 'warning',
  compatible: 'info',
};
const PATHS = [
  `/cds-services/${ORDER_SELECT_SERVICE_ID}`,
  `/cds-services/${PATIENT_VIEW_SERVICE_ID}`,
  `/cds-services/${ORDER_SELECT_SERVICE_ID}/feedback`,
  '/cds-services',
  '/cds-services/x/y/z',
  '/',
];

/** A response is either cards that meet the rules (200) or a 4xx with an OperationOutcome. */
function expectWellFormed(response: { status: number; body: unknown }) {
  if (response.status === 200) {
    const body = response.body as { cards?: CdsHooksCard[] };
    for (const card of body.cards ?? []) expectValidCard(card);
  } else {
    expect(response.status, JSON.stringify(response.body)).to.be.within(400, 499);
    expect((response.body as { resourceType: string }).resourceType).to.equal('OperationOutcome');
  }
}

const knownNames = fc.constantFrom(...kb.medications.flatMap((m) => m.names.map((n) => n.text)));
const medicationName = fc.oneof(
  knownNames,
  hostileStringUpTo(60).filter((s) => /\S/.test(s)),
);
/** Entries a broken EHR or a hostile client could put into a Bundle. */
const garbageEntry = fc.oneof(
  anyValue.filter((v) => typeof v !== 'object' || v === null),
  fc.constant({}),
  fc.record({ resource: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }),
  fc.record({
    resource: fc.record({
      resourceType: fc.constantFrom('MedicationRequest', 'MedicationStatement', 'Condition'),
      status: anyValue,
    }),
  }),
  fc.record({
    resource: fc.record({ resourceType: fc.constantFrom('MedicationDispense', 'MedicationAdministration', 'Bundle') }),
  }),
);
/** What a value becomes once a client sends it as JSON (functions vanish, bigints become text). */
const JSON_SAFE = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? 'null');

describe('CDS Hooks service — properties', () => {
  keepBuiltInDataAndPrototypesIntact();
  let fixture: Fixture;
  before(async () => {
    fixture = await loadFixture('order-select-ldn-with-oxycodone');
  });

  it('answers any body on any path with valid cards or a 4xx OperationOutcome, and never throws', () => {
    const body = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      hostileRecord({
        hook: fc.constantFrom('order-select', 'patient-view', 'medication-prescribe'),
        hookInstance: fc.uuid(),
        context: hostileRecord({
          userId: fc.constant('Practitioner/1'),
          patientId: fc.constant('p'),
          selections: fc.array(fc.constantFrom('MedicationRequest/request-ldn-123', 'MedicationRequest/x'), {
            maxLength: 2,
          }),
          draftOrders: fc.constant({
            resourceType: 'Bundle',
            entry: [medicationRequest('request-ldn-123', 'LDN 4.5 mg', 'draft')],
          }),
        }),
        prefetch: fc.dictionary(
          fc.constantFrom('medications', 'medicationStatements', 'conditions', 'observations'),
          anyValue,
        ),
      }).map((v) => JSON.stringify(JSON_SAFE(v))),
    );
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), fc.constantFrom('GET', 'POST', 'PUT'), body, (path, method, text) => {
        expectWellFormed(handleCdsRequest({ method, path, body: text }));
      }),
      runs(400),
    );
  });

  it('gives the pure entry any JS value: it answers or throws CdsServiceError, nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(ORDER_SELECT_SERVICE_ID, PATIENT_VIEW_SERVICE_ID), anyValue, (id, value) => {
        try {
          const { cards } = callService(id, value);
          cards.forEach(expectValidCard);
        } catch (error) {
          expect(error).to.be.instanceOf(CdsServiceError);
        }
      }),
      runs(300),
    );
  });

  it('names the rule behind each finding on its card: LDN drafted with any medicines gives the checker’s rules', () => {
    fc.assert(
      fc.property(fc.uniqueArray(medicationName, { maxLength: 5 }), (names) => {
        const request = clone(fixture);
        request.prefetch.medications = searchset(names.map((name, i) => medicationRequest(`m${i}`, name)));
        request.prefetch.conditions = searchset([]);
        const cards = (
          handleCdsRequest({ method: 'POST', path: PATHS[0]!, body: JSON.stringify(request) }).body as {
            cards: CdsHooksCard[];
          }
        ).cards;
        const findings = checkInteractions({ medications: names });
        const read = cards.filter((c) => !isCouldNotCheck(c));
        expect(read.map((c) => [c.source.topic!.code, c.indicator])).to.deep.equal(
          findings.map((f) => [f.ruleId ?? 'not-assessed', INDICATOR[f.severity]]),
        );
        cards.forEach(expectValidCard);
      }),
      runs(200),
    );
  });

  it('never answers a record with unreadable entries with only reassurance: a "could not check" warning is always there', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            knownNames.map((n) => medicationRequest(n, n) as unknown),
            garbageEntry,
          ),
          { maxLength: 6 },
        ),
        fc.array(garbageEntry, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('medications', 'medicationStatements', 'conditions', 'observations'),
        fc.boolean(),
        (entries, garbage, key, ldnDrafted) => {
          const request = clone(fixture);
          request.prefetch[key] = searchset([...entries, ...garbage].map(JSON_SAFE));
          if (!ldnDrafted) {
            request.prefetch.medications.entry.push(medicationRequest('ldn', 'naltrexone 4.5 mg'));
            request.context.draftOrders.entry = [medicationRequest('request-ldn-123', 'Copaxone', 'draft')];
          }
          request.prefetch.conditions.entry.push(condition('p', '77386006', 'Pregnant'));
          const response = handleCdsRequest({ method: 'POST', path: PATHS[0]!, body: JSON.stringify(request) });
          expect(response.status).to.equal(200);
          const { cards } = response.body as { cards: CdsHooksCard[] };
          cards.forEach(expectValidCard);
          const warnings = cards.filter(isCouldNotCheck);
          expect(warnings, JSON.stringify(cards.map((c) => c.summary))).to.have.length(1);
          expect(warnings[0]!.indicator).to.equal('warning');
        },
      ),
      runs(200),
    );
  });
});

describe('CDS Hooks service — a prefetch page with more pages after it', () => {
  keepBuiltInDataAndPrototypesIntact();
  let fixture: Fixture;
  before(async () => {
    fixture = await loadFixture('order-select-ldn-with-oxycodone');
  });

  it('always adds a "could not check" warning: the next page was never read', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(knownNames, { maxLength: 4 }),
        fc.constantFrom('medications', 'medicationStatements', 'conditions', 'observations'),
        fc.constantFrom(PATHS[0]!, PATHS[1]!),
        (names, key, path) => {
          const request = clone(fixture);
          request.prefetch.medications = searchset([
            ...names.map((name, i) => medicationRequest(`m${i}`, name)),
            medicationRequest('ldn', 'naltrexone 4.5 mg'),
          ]);
          request.prefetch[key].link = [
            { relation: 'self', url: `https://ehr.example/fhir/${key}` },
            { relation: 'next', url: `https://ehr.example/fhir/${key}?page=2` },
          ];
          if (path === PATHS[1]) request.hook = 'patient-view';
          const response = handleCdsRequest({ method: 'POST', path, body: JSON.stringify(request) });
          expect(response.status, JSON.stringify(response.body)).to.equal(200);
          const { cards } = response.body as { cards: CdsHooksCard[] };
          cards.forEach(expectValidCard);
          expect(cards.filter(isCouldNotCheck), JSON.stringify(cards.map((c) => c.summary))).to.have.length(1);
        },
      ),
      runs(60),
    );
  });
});

describe('CDS Hooks service — any naltrexone medicine counts, by brand too', () => {
  keepBuiltInDataAndPrototypesIntact();
  let tramadolForPatientOnLdn: Fixture;
  let ldnWithOxycodone: Fixture;
  before(async () => {
    tramadolForPatientOnLdn = await loadFixture('order-select-tramadol-for-patient-on-ldn');
    ldnWithOxycodone = await loadFixture('order-select-ldn-with-oxycodone');
  });
  const naltrexoneNames = kb.medications
    .filter((m) => m.classIds.includes('naltrexone'))
    .flatMap((m) => m.names.map((n) => n.text));
  const opioidNames = kb.medications
    .filter((m) => m.classIds.includes('opioid'))
    .flatMap((m) => m.names.map((n) => n.text));
  const written = (name: string) =>
    fc.constantFrom(name, name.toUpperCase(), `${name} 50 mg`, `${name} 380 mg injection`);
  const cardsOf = (request: Fixture) => {
    const response = handleCdsRequest({ method: 'POST', path: PATHS[0]!, body: JSON.stringify(request) });
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    const { cards } = response.body as { cards: CdsHooksCard[] };
    cards.forEach(expectValidCard);
    return cards;
  };

  it('an opioid drafted for a patient on any naltrexone medicine gives a critical card', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...naltrexoneNames).chain(written),
        fc.constantFrom(...opioidNames),
        (onRecord, opioid) => {
          const request = clone(tramadolForPatientOnLdn);
          request.prefetch.medications = searchset([medicationRequest('nal', onRecord)]);
          request.context.draftOrders.entry = [medicationRequest('request-tramadol-1', opioid, 'draft')];
          const cards = cardsOf(request);
          expect(
            cards.map((c) => c.indicator),
            `${onRecord} + ${opioid}: ${JSON.stringify(cards.map((c) => c.summary))}`,
          ).to.include('critical');
        },
      ),
      runs(100),
    );
  });

  it('any naltrexone medicine drafted for a patient on an opioid gives a critical card', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...naltrexoneNames).chain(written),
        fc.constantFrom(...opioidNames),
        (drafted, opioid) => {
          const request = clone(ldnWithOxycodone);
          const selected = request.context.selections[0] as string;
          const id = selected.split('/')[1]!;
          request.prefetch.medications = searchset([medicationRequest('opioid', opioid)]);
          request.context.draftOrders.entry = [medicationRequest(id, drafted, 'draft')];
          const cards = cardsOf(request);
          expect(
            cards.map((c) => c.indicator),
            `${drafted} + ${opioid}: ${JSON.stringify(cards.map((c) => c.summary))}`,
          ).to.include('critical');
        },
      ),
      runs(100),
    );
  });
});

describe('CDS Hooks service — patient view for a patient on a naltrexone medicine by brand', () => {
  keepBuiltInDataAndPrototypesIntact();
  let fixture: Fixture;
  before(async () => {
    fixture = await loadFixture('patient-view-on-ldn');
  });
  const brands = kb.medications
    .filter((m) => m.classIds.includes('naltrexone'))
    .flatMap((m) => m.names.map((n) => n.text))
    .filter((name) => !/naltrexon|ldn/i.test(name));
  const opioids = kb.medications
    .filter((m) => m.classIds.includes('opioid'))
    .flatMap((m) => m.names.map((n) => n.text));

  it('warns about an opioid beside it, and does not call the one naltrexone medicine "naltrexone twice"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...brands),
        fc.option(fc.constantFrom(...opioids), { nil: undefined }),
        (brand, opioid) => {
          const request = clone(fixture);
          request.prefetch.medications = searchset([
            medicationRequest('nal', brand),
            ...(opioid ? [medicationRequest('opioid', opioid)] : []),
          ]);
          request.prefetch.medicationStatements = searchset([]);
          request.prefetch.conditions = searchset([]);
          request.prefetch.observations = searchset([]);
          const response = handleCdsRequest({ method: 'POST', path: PATHS[1]!, body: JSON.stringify(request) });
          const { cards } = response.body as { cards: CdsHooksCard[] };
          cards.forEach(expectValidCard);
          const topics = cards.map((c) => c.source.topic?.code);
          expect(topics, `${brand} + ${opioid}`).not.to.include('x1-naltrexone');
          if (opioid)
            expect(
              cards.map((c) => c.indicator),
              `${brand} + ${opioid}`,
            ).to.include('critical');
        },
      ),
      runs(60),
    );
  });
});
