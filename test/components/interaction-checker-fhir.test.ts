import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/interaction-checker/define.js';
import type { LdnInteractionChecker } from '../../src/components/interaction-checker/interaction-checker.js';
import { extendKnowledgeBase } from '../../src/core/index.js';
import { patientBundle } from '../fixtures/fhir-bundles.js';
import { recordEvents } from '../helpers/events.js';
import '../helpers/lit-warnings.js';

const severities = (el: LdnInteractionChecker) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.finding[data-severity]')].map((item) => item.dataset.severity);

describe('<ldn-interaction-checker> with FHIR input and CDS Hooks cards', () => {
  it('fills the list from a FHIR Bundle, marks what came from the record, and keeps what was entered', async () => {
    const el = await fixture<LdnInteractionChecker>(
      html`<ldn-interaction-checker medications="Percocet"></ldn-interaction-checker>`,
    );
    el.fhir = patientBundle;
    await el.updateComplete;
    expect(el.medications).to.deep.equal([
      'Percocet',
      'oxycodone',
      'Avonex 30 mcg weekly injection',
      'tramadol',
      'Copaxone 20 mg/mL',
      'urn:oid:1.2.3.4|X99',
    ]);
    expect(el.conditions).to.deep.equal(['liver-disease', 'breastfeeding']);
    const chips = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chip')];
    expect(chips.map((chip) => chip.dataset.origin)).to.deep.equal(['entered', 'fhir', 'fhir', 'fhir', 'fhir', 'fhir']);
    expect(chips[1]!.textContent).to.contain('from your health record');
    // Stopped codeine, entered-in-error hydrocodone and a resolved pregnancy are left out.
    expect(el.findings!.map((f) => f.medicationId ?? f.conditionId)).to.not.include.members([
      'codeine',
      'hydrocodone',
      'pregnancy',
    ]);
    expect(severities(el)).to.deep.equal([
      'avoid',
      'avoid',
      'avoid',
      'avoid',
      'caution',
      'caution',
      'unknown',
      'compatible',
    ]);
    await expect(el).to.be.accessible();
  });

  it('gives the findings as CDS Hooks cards in the element’s language', async () => {
    const el = await fixture<LdnInteractionChecker>(
      html`<ldn-interaction-checker
        lang="es"
        medications="Vicodin, Mystery tonic"
        conditions="pregnancy"
      ></ldn-interaction-checker>`,
    );
    const cards = el.cards;
    expect(cards.map((c) => c.indicator)).to.deep.equal(['critical', 'warning', 'info']);
    expect(cards[0]!.summary).to.match(/^Evitar/);
    expect(cards[2]!.summary).to.match(/^No evaluado/);
    for (const card of cards) expect(card.summary.length).to.be.below(140);
  });

  it('reports malformed FHIR in place and with ldn-error, keeping the person’s entries', async () => {
    const el = await fixture<LdnInteractionChecker>(
      html`<ldn-interaction-checker medications="Ultram"></ldn-interaction-checker>`,
    );
    const errors = recordEvents<{ source: string; issues: unknown[] }>(el, 'ldn-error');
    el.fhir = { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'MedicationStatement' } }] };
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('fhir').and.contain('FHIR R4 Bundle');
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['fhir']);
    expect(errors[0]!.detail.issues.length).to.be.greaterThan(0);
    expect(el.medications).to.deep.equal(['Ultram']);
    expect(severities(el)).to.deep.equal(['avoid']);
    await expect(el).to.be.accessible();

    el.fhir = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('uses a portal formulary passed as knowledgeBase, and fails closed on an invalid one', async () => {
    const el = await fixture<LdnInteractionChecker>(
      html`<ldn-interaction-checker medications="CityOxy SR"></ldn-interaction-checker>`,
    );
    expect(severities(el), 'not in the built-in list').to.deep.equal(['unknown']);
    el.knowledgeBase = extendKnowledgeBase({
      sources: [
        { id: 'city-formulary', kind: 'reference', label: 'City formulary', citation: 'City Hospital formulary.' },
      ],
      aliases: [{ medicationId: 'oxycodone', name: { text: 'CityOxy SR', kind: 'brand', sourceId: 'city-formulary' } }],
    });
    await el.updateComplete;
    expect(severities(el)).to.deep.equal(['avoid']);

    const errors = recordEvents<{ source: string }>(el, 'ldn-error');
    el.knowledgeBase = { ...el.knowledgeBase!, medications: [{ id: 'broken' }] } as never;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-state="could-not-check"]')).to.exist;
    expect(severities(el), 'never an empty, reassuring list').to.deep.equal([]);
    expect(errors.map((e) => e.detail.source)).to.include('knowledgeBase');
    expect(el.medications, 'what was entered is kept').to.deep.equal(['CityOxy SR']);
  });
});
