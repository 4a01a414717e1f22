// Every response of the built service, for the sandbox-shaped fixtures and for generated records,
// checked against the CDS Hooks 2.0 invariants as FHIRPath (`fhirpath`); feedback validation agrees
// with the feedback invariants. Runs on dist/ (ldn-widgets/cds-hooks), as a CDS client would see it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import fhirpath from 'fhirpath';
import { handleCdsRequest } from 'ldn-widgets/cds-hooks';
import { builtInKnowledgeBase } from 'ldn-widgets/core';
import { FEEDBACK_INVARIANTS, ORDER_SELECT_REQUEST_INVARIANTS, RESPONSE_INVARIANTS } from './cds-hooks-invariants.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/cds-hooks/', import.meta.url));
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, request: JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) }));
const RUNS = { seed: 20, numRuns: 150 };

/** The ids of the invariants that fail on `resource`, with the failing element. */
function violations(resource, invariants) {
  const failures = [];
  for (const { id, context, expression } of invariants) {
    const elements = context === '%resource' ? [resource] : fhirpath.evaluate(resource, context);
    for (const element of elements) {
      const result = fhirpath.evaluate(element, expression, { resource });
      if (!(result.length === 1 && result[0] === true)) failures.push(`${id}: ${JSON.stringify(element).slice(0, 200)}`);
    }
  }
  return failures;
}

const post = (path, body) => handleCdsRequest({ method: 'POST', path, body: JSON.stringify(body) });
const serviceFor = (request) => `/cds-services/ldn-${request.hook}`;

const medicationRequest = (id, text) => ({
  resource: { resourceType: 'MedicationRequest', id, status: 'active', intent: 'order', medicationCodeableConcept: { text } },
});

describe('CDS Hooks 2.0 conformance (FHIRPath invariants)', () => {
  it('finds the invariants wrong when they are broken (the checks are not vacuous)', () => {
    const bad = {
      cards: [
        { summary: 'x'.repeat(140), indicator: 'urgent', source: {}, suggestions: [{ label: 'a', actions: [{ type: 'delete' }] }], overrideReasons: [{ code: 'a' }] },
      ],
    };
    const failed = new Set(violations(bad, RESPONSE_INVARIANTS).map((v) => v.split(':')[0]));
    for (const id of ['cds-resp-6', 'card-summary', 'card-indicator', 'card-source', 'card-uuid', 'cds-resp-4', 'cds-resp-5', 'cds-resp-2']) {
      assert.ok(failed.has(id), id);
    }
  });

  it('the sandbox-shaped fixtures follow the order-select context model', () => {
    for (const { name, request } of fixtures.filter((f) => f.request.hook === 'order-select')) {
      assert.deepEqual(violations(request, ORDER_SELECT_REQUEST_INVARIANTS), [], name);
    }
  });

  it('every response to the fixtures passes the response invariants', () => {
    assert.ok(fixtures.length >= 3);
    for (const { name, request } of fixtures) {
      const response = post(serviceFor(request), request);
      assert.equal(response.status, 200, name);
      assert.ok(response.body.cards.length > 0, `${name} gives cards`);
      assert.deepEqual(violations(response.body, RESPONSE_INVARIANTS), [], name);
    }
  });

  it('every response to generated records (known names, free text, garbage) passes the response invariants', () => {
    const names = builtInKnowledgeBase.medications.flatMap((m) => m.names.map((n) => n.text));
    const entry = fc.oneof(
      fc.constantFrom(...names).map((n) => medicationRequest(n.replace(/\W+/g, '-'), n)),
      fc.string({ maxLength: 40 }).map((t) => medicationRequest('free', t)),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const base = fixtures.find((f) => f.name === 'order-select-ldn-with-oxycodone.json').request;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.boolean(), (entries, patientView) => {
        const request = structuredClone(base);
        request.prefetch.medications.entry = entries;
        if (patientView) {
          request.hook = 'patient-view';
          request.prefetch.medications.entry.push(medicationRequest('ldn', 'LDN 4.5 mg'));
        }
        const response = post(serviceFor(request), request);
        assert.equal(response.status, 200);
        assert.deepEqual(violations(response.body, RESPONSE_INVARIANTS), []);
      }),
      RUNS,
    );
  });

  it('accepts exactly the feedback that passes the feedback invariants', () => {
    const uuid = fc.uuid({ version: 4 });
    const feedbackEntry = fc.record(
      {
        card: uuid,
        outcome: fc.constantFrom('accepted', 'overridden', 'ignored'),
        acceptedSuggestions: fc.array(fc.record({ id: uuid }), { minLength: 1, maxLength: 2 }),
        overrideReason: fc.record(
          { reason: fc.record({ system: fc.constant('urn:ldn-widgets:override-reason'), code: fc.constant('will-monitor'), display: fc.constant('Will monitor') }), userComment: fc.string({ maxLength: 20 }) },
          { requiredKeys: [] },
        ),
        outcomeTimestamp: fc.constant('2026-12-01T09:00:00Z'),
      },
      { requiredKeys: ['card', 'outcome', 'outcomeTimestamp'] },
    );
    fc.assert(
      fc.property(fc.array(feedbackEntry, { minLength: 1, maxLength: 3 }), (feedback) => {
        const body = { feedback };
        const passes = violations(body, FEEDBACK_INVARIANTS).length === 0;
        const response = post('/cds-services/ldn-order-select/feedback', body);
        assert.equal(response.status, passes ? 200 : 400, JSON.stringify(body));
      }),
      RUNS,
    );
  });
});
