import { expect } from '@open-wc/testing';
import {
  discovery,
  handleCdsRequest,
  ORDER_SELECT_SERVICE_ID,
  PATIENT_VIEW_SERVICE_ID,
  type CdsHooksCard,
} from '../../src/cds-hooks/index.js';
import { checkInteractions, fromFhir, LDN_RULE_SYSTEM } from '../../src/core/index.js';
import {
  clone,
  condition,
  expectValidCard,
  isCouldNotCheck,
  loadFixture,
  type Fixture,
  medicationRequest,
  searchset,
} from './helpers.js';

const ORDER_SELECT = `/cds-services/${ORDER_SELECT_SERVICE_ID}`;
const PATIENT_VIEW = `/cds-services/${PATIENT_VIEW_SERVICE_ID}`;

function post(path: string, body: unknown) {
  return handleCdsRequest({ method: 'POST', path, body: typeof body === 'string' ? body : JSON.stringify(body) });
}
function cardsOf(response: { status: number; body: unknown }): CdsHooksCard[] {
  expect(response.status, JSON.stringify(response.body)).to.equal(200);
  const { cards } = response.body as { cards: CdsHooksCard[] };
  cards.forEach(expectValidCard);
  return cards;
}
function expectOutcome(response: { status: number; body: unknown }, status: number) {
  expect(response.status).to.equal(status);
  expect((response.body as { resourceType: string }).resourceType).to.equal('OperationOutcome');
  expect((response.body as { issue: { diagnostics: string }[] }).issue[0]!.diagnostics).to.match(/\S/);
}

describe('CDS Hooks service — order-select', () => {
  let ldnWithOxycodone: Fixture;
  before(async () => {
    ldnWithOxycodone = await loadFixture('order-select-ldn-with-oxycodone');
  });

  it('gives a sandbox-shaped LDN order with prefetched oxycodone a critical card: the portal’s rule and source', () => {
    const cards = cardsOf(post(ORDER_SELECT, ldnWithOxycodone));
    // What the patient-facing checker finds for the same record.
    const record = fromFhir(ldnWithOxycodone.prefetch.medications);
    const [portal] = checkInteractions({ medications: record.medications });
    expect(portal).to.include({ severity: 'avoid' });
    expect(cards).to.have.length(1);
    const [card] = cards;
    expect(card!.indicator).to.equal('critical');
    expect(card!.source.topic).to.deep.include({ system: LDN_RULE_SYSTEM, code: portal!.ruleId });
    expect(card!.source.label).to.equal('Verywell Health, 2023');
    expect(card!.summary).to.contain('oxycodone');
    // A suggestion to drop the LDN draft, with the selection behaviour the spec requires.
    expect(card!.selectionBehavior).to.equal('at-most-one');
    expect(card!.suggestions![0]!.actions).to.deep.equal([
      {
        type: 'delete',
        description: 'Delete the draft order MedicationRequest/request-ldn-123',
        resourceId: 'MedicationRequest/request-ldn-123',
      },
    ]);
  });

  it('flags an opioid drafted for a patient on LDN, and suggests removing that draft', () => {
    const request = clone(ldnWithOxycodone);
    request.context.selections = ['MedicationRequest/draft-tramadol'];
    request.context.draftOrders.entry = [
      medicationRequest('draft-tramadol', { code: '10689', display: 'tramadol' }, 'draft'),
    ];
    request.prefetch.medications = searchset([medicationRequest('ldn', 'Low-dose naltrexone 4.5 mg capsule')]);
    const cards = cardsOf(post(ORDER_SELECT, request));
    expect(cards.map((c) => c.indicator)).to.deep.equal(['critical']);
    expect(cards[0]!.source.topic!.code).to.equal(checkInteractions({ medications: ['tramadol'] })[0]!.ruleId);
    expect(cards[0]!.suggestions![0]!.actions![0]!.resourceId).to.equal('MedicationRequest/draft-tramadol');
  });

  it('flags LDN drafted for a patient with liver disease (critical) or pregnancy (warning)', () => {
    const request = clone(ldnWithOxycodone);
    request.prefetch.medications = searchset([]);
    request.prefetch.conditions = searchset([
      condition('c1', '19943007', 'Cirrhosis of liver'),
      condition('c2', '77386006', 'Pregnant'),
    ]);
    const cards = cardsOf(post(ORDER_SELECT, request));
    const byRule = Object.fromEntries(cards.map((c) => [c.source.topic!.code, c.indicator]));
    const findings = checkInteractions({ conditions: ['liver-disease', 'pregnancy'] });
    for (const finding of findings)
      expect(byRule[finding.ruleId!]).to.equal(finding.severity === 'avoid' ? 'critical' : 'warning');
    expect(cards).to.have.length(2);
  });

  it('says nothing when no naltrexone is drafted or taken, and all data was read', () => {
    const request = clone(ldnWithOxycodone);
    request.context.selections = ['MedicationRequest/amox'];
    request.context.draftOrders.entry = [medicationRequest('amox', 'Amoxicillin 500 mg capsule', 'draft')];
    expect(cardsOf(post(ORDER_SELECT, request))).to.deep.equal([]);
  });

  it('answers one "could not check" warning card when the prefetch is missing or null, never zero cards', () => {
    for (const prefetch of [undefined, null, {}, { ...ldnWithOxycodone.prefetch, conditions: null }]) {
      const request = clone(ldnWithOxycodone);
      if (prefetch === undefined) delete request.prefetch;
      else request.prefetch = prefetch;
      const cards = cardsOf(post(ORDER_SELECT, request));
      expect(cards).to.have.length(1);
      expect(cards[0]!.indicator).to.equal('warning');
      expect(isCouldNotCheck(cards[0]!)).to.equal(true);
      expect(cards[0]!.detail).to.contain('prefetch');
    }
  });

  it('reads past garbage entries: the readable opioid is still critical, and what it could not read gets a warning', () => {
    const request = clone(ldnWithOxycodone);
    request.prefetch.medications.entry.push(
      42,
      null,
      { resource: 'MedicationRequest' },
      { resource: { resourceType: 'MedicationRequest', status: 7 } },
      { resource: { resourceType: 'MedicationRequest', id: 'x', status: 'active' } },
      { resource: { resourceType: 'MedicationDispense', id: 'y' } },
      { resource: { resourceType: 'Bundle', entry: [medicationRequest('nested', 'hydrocodone')] } },
    );
    const cards = cardsOf(post(ORDER_SELECT, request));
    // The opioid in the nested Bundle is read too (the core reads records whole): two critical cards.
    expect(cards.map((c) => c.indicator)).to.deep.equal(['critical', 'critical', 'warning']);
    expect(isCouldNotCheck(cards[2]!)).to.equal(true);
    expect(cards[2]!.detail).to.contain('6 entries');
    expect(cards.some((c) => c.indicator === 'info')).to.equal(false);
  });

  it('never reassures about a record it could not read: Copaxone read, garbage beside it → a warning too', () => {
    const request = clone(ldnWithOxycodone);
    request.prefetch.medications = searchset([
      medicationRequest('cop', 'Copaxone'),
      { resource: { resourceType: 'MedicationRequest' } },
    ]);
    const cards = cardsOf(post(ORDER_SELECT, request));
    expect(cards.map((c) => c.indicator)).to.deep.equal(['info', 'warning']);
    expect(cards[0]!.summary).to.match(/^No conflict reported/);
    expect(isCouldNotCheck(cards[1]!)).to.equal(true);
  });

  it('treats a selected order missing from draftOrders, or named only by a code, as unread', () => {
    const missing = clone(ldnWithOxycodone);
    missing.context.selections = ['MedicationRequest/not-there'];
    const cards = cardsOf(post(ORDER_SELECT, missing));
    expect(cards.filter(isCouldNotCheck)).to.have.length(1);
    const coded = clone(ldnWithOxycodone);
    coded.context.draftOrders.entry = [medicationRequest('request-ldn-123', { code: '999999' }, 'draft')];
    const codedCards = cardsOf(post(ORDER_SELECT, coded));
    expect(codedCards.map((c) => c.indicator)).to.deep.equal(['warning']);
    expect(isCouldNotCheck(codedCards[0]!)).to.equal(true);
  });

  it('never passes over a pregnancy-status Observation it asked for: a pregnancy card or "could not check"', () => {
    const request = clone(ldnWithOxycodone);
    request.prefetch.medications = searchset([]);
    request.prefetch.observations = searchset([
      {
        resource: {
          resourceType: 'Observation',
          id: 'preg',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '82810-3', display: 'Pregnancy status' }] },
          valueCodeableConcept: {
            coding: [{ system: 'http://snomed.info/sct', code: '77386006', display: 'Pregnant' }],
          },
        },
      },
    ]);
    const cards = cardsOf(post(ORDER_SELECT, request));
    const pregnancyRule = checkInteractions({ conditions: ['pregnancy'] })[0]!.ruleId;
    expect(cards.some((c) => c.source.topic!.code === pregnancyRule) || cards.some(isCouldNotCheck)).to.equal(true);
  });

  it('reads a medication behind a reference to a Medication in the same Bundle', () => {
    const request = clone(ldnWithOxycodone);
    request.prefetch.medications = searchset([
      {
        resource: {
          resourceType: 'MedicationRequest',
          id: 'by-ref',
          status: 'active',
          medicationReference: { reference: 'Medication/hydro' },
        },
      },
      { resource: { resourceType: 'Medication', id: 'hydro', code: { text: 'Vicodin' } } },
    ]);
    const cards = cardsOf(post(ORDER_SELECT, request));
    expect(cards.map((c) => c.indicator)).to.deep.equal(['critical']);
  });

  it('checks another naltrexone in the record when LDN is drafted (twice the same medicine is never silent)', () => {
    const request = clone(ldnWithOxycodone);
    request.prefetch.medications = searchset([medicationRequest('revia', 'naltrexone 50 mg tablet')]);
    const cards = cardsOf(post(ORDER_SELECT, request));
    expect(cards).to.have.length(1);
    expect(cards[0]!.indicator).to.be.oneOf(['warning', 'critical']);
  });

  it('refuses bad requests with a 4xx and an OperationOutcome', () => {
    expectOutcome(post(ORDER_SELECT, '{"hook": "order-select",'), 400);
    expectOutcome(post(ORDER_SELECT, ''), 400);
    expectOutcome(post(ORDER_SELECT, { ...ldnWithOxycodone, hook: 'patient-view' }), 400);
    expectOutcome(post(ORDER_SELECT, { ...ldnWithOxycodone, context: undefined }), 400);
    expectOutcome(post(ORDER_SELECT, { ...ldnWithOxycodone, context: { patientId: 'p' } }), 400);
    expectOutcome(
      post(ORDER_SELECT, { ...ldnWithOxycodone, context: { ...ldnWithOxycodone.context, selections: [] } }),
      400,
    );
    const authorization = {
      access_token: 't',
      token_type: 'Bearer',
      expires_in: 300,
      scope: 'patient/*.read',
      subject: 's',
    };
    // cds-r-1: authorization details without the FHIR server they are for.
    expectOutcome(
      post(ORDER_SELECT, { ...ldnWithOxycodone, fhirServer: undefined, fhirAuthorization: authorization }),
      400,
    );
    expectOutcome(post('/cds-services/nope', ldnWithOxycodone), 404);
    expectOutcome(post('/cds-services/%E0%A4%A', ldnWithOxycodone), 404);
    expectOutcome(handleCdsRequest({ method: 'GET', path: ORDER_SELECT }), 405);
    expectOutcome(handleCdsRequest({ method: 'DELETE', path: '/cds-services' }), 405);
    expectOutcome(post(ORDER_SELECT, [1, 2, 3]), 400);
    expectOutcome(post(ORDER_SELECT, 'null'), 400);
  });
});

describe('CDS Hooks service — patient-view, discovery, feedback', () => {
  let ldnWithOxycodone: Fixture;
  before(async () => {
    ldnWithOxycodone = await loadFixture('order-select-ldn-with-oxycodone');
  });
  const patientView = (prefetch: unknown) => ({
    hook: 'patient-view',
    hookInstance: 'a0b1c2d3-0000-4000-8000-000000000001',
    context: { userId: 'Practitioner/1', patientId: 'smart-1288992' },
    prefetch,
  });

  it('summarises what conflicts with LDN for a patient on it', () => {
    const prefetch = clone(ldnWithOxycodone.prefetch);
    prefetch.medications.entry.push(medicationRequest('ldn', 'naltrexone 3 mg'), medicationRequest('rebif', 'Rebif'));
    const cards = cardsOf(post(PATIENT_VIEW, patientView(prefetch)));
    expect(cards.map((c) => c.indicator)).to.deep.equal(['critical', 'warning']);
  });

  it('says nothing for a patient not on LDN, and "could not check" when the prefetch is missing', () => {
    expect(cardsOf(post(PATIENT_VIEW, patientView(ldnWithOxycodone.prefetch)))).to.deep.equal([]);
    const cards = cardsOf(post(PATIENT_VIEW, patientView(undefined)));
    expect(cards).to.have.length(1);
    expect(isCouldNotCheck(cards[0]!)).to.equal(true);
  });

  it('lists both services with prefetch templates on the patient id', () => {
    const response = handleCdsRequest({ method: 'GET', path: '/cds-services' });
    expect(response.status).to.equal(200);
    expect(response.body).to.deep.equal(discovery());
    const { services } = response.body as ReturnType<typeof discovery>;
    expect(services.map((s) => [s.id, s.hook])).to.deep.equal([
      [ORDER_SELECT_SERVICE_ID, 'order-select'],
      [PATIENT_VIEW_SERVICE_ID, 'patient-view'],
    ]);
    for (const service of services) {
      for (const template of Object.values(service.prefetch)) expect(template).to.contain('{{context.patientId}}');
    }
  });

  it('accepts valid feedback and refuses feedback that breaks cds-fb-1..3', () => {
    const card = 'b71b922c-364a-460a-8e1b-713357f36c93';
    const feedback = (entry: Record<string, unknown>) =>
      post(`${ORDER_SELECT}/feedback`, { feedback: [{ card, outcomeTimestamp: '2026-12-01T09:00:00Z', ...entry }] });
    expect(
      feedback({ outcome: 'overridden', overrideReason: { reason: { code: 'will-monitor', display: 'x' } } }).status,
    ).to.equal(200);
    expect(feedback({ outcome: 'accepted', acceptedSuggestions: [{ id: card }] }).status).to.equal(200);
    expectOutcome(feedback({ outcome: 'maybe' }), 400);
    expectOutcome(feedback({ outcome: 'accepted' }), 400);
    expectOutcome(feedback({ outcome: 'overridden', overrideReason: {} }), 400);
    expectOutcome(feedback({ outcome: 'overridden', outcomeTimestamp: 'yesterday' }), 400);
    expectOutcome(feedback({ outcome: 'overridden', card: 'not-a-uuid' }), 400);
    expectOutcome(post(`${ORDER_SELECT}/feedback`, { feedback: [] }), 400);
    expectOutcome(post('/cds-services/nope/feedback', { feedback: [] }), 404);
  });
});
