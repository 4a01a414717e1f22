import type { CdsHooksCard } from '../../src/core/index.js';
import { expect } from '@open-wc/testing';

/** A JSON fixture that tests edit freely (any shape, on purpose: bad input is the point). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Fixture = Record<string, any>;

/** The sandbox-shaped fixtures (JSON, shared with the Node tests of the built server). */
export async function loadFixture(name: string): Promise<Fixture> {
  const response = await fetch(new URL(`../fixtures/cds-hooks/${name}.json`, import.meta.url));
  return (await response.json()) as Fixture;
}

export const clone = <T>(value: T): T => structuredClone(value);

/** A MedicationRequest as an EHR sends it, coded or as text. */
export function medicationRequest(
  id: string,
  medication: string | { code: string; display?: string },
  status = 'active',
) {
  const concept =
    typeof medication === 'string'
      ? { text: medication }
      : {
          coding: [
            {
              system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
              code: medication.code,
              display: medication.display,
            },
          ],
          ...(medication.display ? { text: medication.display } : {}),
        };
  return {
    fullUrl: `https://ehr.example/fhir/MedicationRequest/${id}`,
    resource: { resourceType: 'MedicationRequest', id, status, intent: 'order', medicationCodeableConcept: concept },
  };
}

export function condition(id: string, snomed: string, display: string) {
  return {
    resource: {
      resourceType: 'Condition',
      id,
      clinicalStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
      },
      code: { coding: [{ system: 'http://snomed.info/sct', code: snomed, display }], text: display },
    },
  };
}

export const searchset = (entry: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  total: entry.length,
  entry,
});

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** CDS Hooks 2.0 card rules (the FHIRPath invariants are run on the built server in test/dist). */
export function expectValidCard(card: CdsHooksCard): void {
  expect(card.uuid).to.match(UUID);
  expect(card.summary).to.match(/\S/);
  expect(card.summary.length).to.be.below(140);
  expect(['info', 'warning', 'critical']).to.include(card.indicator);
  expect(card.source.label).to.match(/\S/);
  for (const reason of card.overrideReasons ?? []) expect(reason.display).to.match(/\S/);
  if (card.suggestions?.length) {
    expect(card.selectionBehavior).to.be.oneOf(['at-most-one', 'any']);
    for (const suggestion of card.suggestions) {
      expect(suggestion.uuid).to.match(UUID);
      for (const action of suggestion.actions ?? []) {
        expect(action.description).to.match(/\S/);
        if (action.type === 'delete') expect(action.resourceId).to.be.a('string');
      }
    }
  }
}

export const isCouldNotCheck = (card: CdsHooksCard) => card.source.topic?.code === 'could-not-check';
