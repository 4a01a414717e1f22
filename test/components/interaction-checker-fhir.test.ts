import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/interaction-checker/define.js';
import type { LdnInteractionChecker } from '../../src/components/interaction-checker/interaction-checker.js';
import { builtInKnowledgeBase, extendKnowledgeBase } from '../../src/core/index.js';
import { nestedOpioidBundle, nestIn, patientBundle } from '../fixtures/fhir-bundles.js';
import { recordEvents } from '../helpers/events.js';
import '../helpers/lit-warnings.js';
import { runs } from '../core/properties/arbitraries.js';
import { interactionCheckerStrings } from '../../src/components/interaction-checker/interaction-checker.strings.js';

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
    ]);
    expect(el.conditions).to.deep.equal(['liver-disease', 'breastfeeding']);
    const chips = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chip')];
    expect(chips.map((chip) => chip.dataset.origin)).to.deep.equal(['entered', 'fhir', 'fhir', 'fhir', 'fhir']);
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
    // The medicine coded only in an unknown system is not a chip: it is named as not checked.
    const notice = el.shadowRoot!.querySelector('[part="record-notice"]');
    expect(notice?.textContent).to.contain('1 item in your health record could not be checked');
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
    expect(cards.map((c) => c.indicator)).to.deep.equal(['critical', 'warning', 'warning']);
    expect(cards[0]!.summary).to.match(/^Evitar/);
    expect(cards[2]!.summary).to.match(/^No evaluado/);
    for (const card of cards) expect(card.summary.length).to.be.below(140);
  });

  it('reports malformed FHIR in place and with ldn-error, keeping the person’s entries', async () => {
    const el = await fixture<LdnInteractionChecker>(
      html`<ldn-interaction-checker medications="Ultram"></ldn-interaction-checker>`,
    );
    const errors = recordEvents<{ source: string; issues: unknown[] }>(el, 'ldn-error');
    el.fhir = { entry: [{ resource: { resourceType: 'MedicationStatement' } }] };
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('fhir').and.contain('FHIR R4 Bundle');
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['fhir']);
    expect(errors[0]!.detail.issues.length).to.be.greaterThan(0);
    expect(el.medications).to.deep.equal(['Ultram']);
    // The record was not read: it is one "unknown" finding, never left out of the answer.
    expect(severities(el)).to.deep.equal(['avoid', 'unknown']);
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

  it('never answers as complete when the record could not be read at all, whatever else is entered (property)', async () => {
    // Each value is refused by fromFhir as a whole (LdnValidationError): nothing in it was read.
    const unreadableRecord = fc.constantFrom<unknown>(42, 'Bundle', true, {
      entry: [{ resource: { resourceType: 'MedicationStatement' } }],
    });
    const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
    const changes = recordEvents<{ findings: { severity: string }[] }>(el, 'ldn-interactions-change');
    const errors = recordEvents<{ source: string }>(el, 'ldn-error');
    await fc.assert(
      fc.asyncProperty(
        unreadableRecord,
        fc.subarray(['Copaxone', 'Vicodin']),
        fc.subarray(['pregnancy']),
        async (record, medications, conditions) => {
          el.fhir = undefined;
          el.medications = medications;
          el.conditions = conditions;
          await el.updateComplete;
          errors.length = 0;
          el.fhir = record;
          await el.updateComplete;
          expect(
            errors.map((e) => e.detail.source),
            'ldn-error names fhir',
          ).to.include('fhir');
          expect(el.status, JSON.stringify(record)).to.equal('checked');
          expect(el.findings!.filter((f) => f.severity === 'unknown')).to.have.length.at.least(1);
          expect(el.cards.some((card) => card.indicator === 'warning')).to.be.true;
          expect(changes.at(-1)!.detail.findings.some((f) => f.severity === 'unknown')).to.be.true;
          expect(severities(el)).to.include('unknown');
          expect(el.shadowRoot!.querySelector('[part="record-notice"]')?.textContent).to.contain(
            '1 item in your health record could not be checked',
          );
        },
      ),
      runs(20),
    );
  });

  it('an equal record set again (a fresh copy, as a framework re-render passes) never undoes the person’s removals (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 3 }), fc.boolean(), async (removeIndex, untick) => {
        const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
        el.fhir = structuredClone(patientBundle);
        await el.updateComplete;
        el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip-remove')[removeIndex]!.click();
        if (untick) el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]:checked')!.click();
        await el.updateComplete;
        const medications = [...el.medications];
        const conditions = [...el.conditions];
        el.fhir = structuredClone(patientBundle);
        await el.updateComplete;
        expect([...el.medications]).to.deep.equal(medications);
        expect([...el.conditions]).to.deep.equal(conditions);
        expect(
          el.shadowRoot!.querySelector('[part="record-notice"]')?.textContent,
          'still says what it could not read',
        ).to.contain('1 item in your health record could not be checked');
        el.remove();
      }),
      runs(10),
    );
  });

  it('reads a record set while the knowledge base is unusable once the page fixes the base, in either order, and never blames the record (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('record first', 'base first', 'together'),
        fc.constantFrom<unknown>({ bogus: true }, 42, { ...builtInKnowledgeBase, medications: [{ id: 'broken' }] }),
        async (order, unusable) => {
          const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
          const errors = recordEvents<{ source: string }>(el, 'ldn-error');
          if (order === 'record first') {
            el.fhir = patientBundle;
            await el.updateComplete;
          }
          el.knowledgeBase = unusable as never;
          if (order === 'base first') await el.updateComplete;
          if (order !== 'record first') el.fhir = patientBundle;
          await el.updateComplete;
          expect(el.status).to.equal('could-not-check');
          el.knowledgeBase = undefined;
          await el.updateComplete;
          expect(
            errors.map((e) => e.detail.source),
            'the record is not blamed',
          ).to.not.include('fhir');
          expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
          expect(el.medications).to.deep.equal([
            'oxycodone',
            'Avonex 30 mcg weekly injection',
            'tramadol',
            'Copaxone 20 mg/mL',
          ]);
          expect(el.conditions).to.deep.equal(['liver-disease', 'breastfeeding']);
          expect(el.findings!.filter((f) => f.severity === 'avoid').length).to.be.at.least(3);
          el.remove();
        },
      ),
      runs(12),
    );
  });

  describe('a record that could not be read whole', () => {
    const garbled = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        ...nestedOpioidBundle.entry,
        {
          resource: {
            resourceType: 'MedicationStatement',
            status: 'active',
            medicationReference: { reference: 'Medication/gone' },
          },
        },
        {
          resource: nestIn(
            [
              {
                resourceType: 'MedicationRequest',
                status: 'active',
                medicationCodeableConcept: { coding: [{ system: 'urn:oid:9.9', code: 'Z' }], text: ' ' },
              },
            ],
            2,
          ),
        },
        { resource: { resourceType: 'Condition', code: { text: 'Hypertension' } } },
      ],
    };

    it('shows what it could not read, and why, with the findings; events and properties never look complete', async () => {
      const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
      const changes = recordEvents<{ findings: { severity: string }[] }>(el, 'ldn-interactions-change');
      el.fhir = garbled;
      await el.updateComplete;
      const notice = el.shadowRoot!.querySelector<HTMLElement>('[part="record-notice"]')!;
      expect(notice.getAttribute('aria-labelledby')).to.equal('record-notice-title');
      expect(notice.textContent).to.contain('2 items in your health record could not be checked');
      const items = [...notice.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal([
        'A medicine: it points to a medicine that is not in the record.',
        'A medicine: it has no name, only a code this checker does not know.',
      ]);
      // The opioid from the nested Bundle is avoid; each unread entry is an unknown finding, never dropped.
      expect(severities(el)).to.deep.equal(['avoid', 'unknown', 'unknown', 'compatible']);
      expect(el.findings!.filter((f) => f.severity === 'unknown')).to.have.length(2);
      expect(el.cards.filter((c) => c.indicator !== 'info')).to.have.length.at.least(1);
      const last = changes.at(-1)!.detail.findings.map((f) => f.severity);
      expect(last).to.deep.equal(['avoid', 'unknown', 'unknown', 'compatible']);
      await expect(el).to.be.accessible();
    });

    it('says it in Spanish', async () => {
      const el = await fixture<LdnInteractionChecker>(
        html`<ldn-interaction-checker lang="es"></ldn-interaction-checker>`,
      );
      el.fhir = garbled;
      await el.updateComplete;
      const notice = el.shadowRoot!.querySelector('[part="record-notice"]')!;
      expect(notice.textContent).to.contain('2 datos de su historia clínica no se pudieron revisar');
      expect(notice.textContent).to.contain('remite a un medicamento que no está en la historia clínica');
      await expect(el).to.be.accessible();
    });

    it('never shows a record of only unreadable entries as nothing to check', async () => {
      const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
      el.fhir = [{ resourceType: 'MedicationStatement', status: 'active' }, 17];
      await el.updateComplete;
      expect(severities(el)).to.deep.equal(['unknown', 'unknown']);
      expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.not.contain(
        interactionCheckerStrings.en.guidance.slice(0, 20),
      );
      expect(el.shadowRoot!.querySelector('[part="record-notice"]')!.textContent).to.contain('2 items');
      await expect(el).to.be.accessible();

      el.fhir = null;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="record-notice"]')).to.equal(null);
      expect(severities(el)).to.deep.equal([]);
    });

    it('shows every unread entry, counted, with an unknown finding each, for any record (property)', async () => {
      const unreadable = fc.constantFrom<unknown>(
        5,
        { resource: { resourceType: 'MedicationStatement', status: 'active' } },
        { resource: { resourceType: 'MedicationRequest', status: 'active', medicationReference: { reference: '#x' } } },
        {
          resource: {
            resourceType: 'MedicationDispense',
            status: 'completed',
            medicationCodeableConcept: { coding: [{ system: 'urn:oid:1.2', code: 'Q' }] },
          },
        },
        { resource: { resourceType: 'Condition', code: {} } },
        { fullUrl: 'urn:uuid:empty' },
      );
      const readable = fc.constantFrom<unknown>(
        {
          resource: {
            resourceType: 'MedicationStatement',
            status: 'active',
            medicationCodeableConcept: { text: 'Copaxone' },
          },
        },
        {
          resource: {
            resourceType: 'MedicationStatement',
            status: 'active',
            medicationCodeableConcept: { text: 'Vicodin' },
          },
        },
        { resource: { resourceType: 'Condition', code: { text: 'Fatty liver' } } },
        { resource: { resourceType: 'Patient' } },
      );
      const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
      const changes = recordEvents<{ findings: { severity: string }[] }>(el, 'ldn-interactions-change');
      await fc.assert(
        fc.asyncProperty(
          fc.array(unreadable, { minLength: 1, maxLength: 4 }),
          fc.array(readable, { maxLength: 3 }),
          fc.boolean(),
          async (bad, good, nested) => {
            el.medications = [];
            el.conditions = [];
            const entry = [...good, ...bad];
            el.fhir = {
              resourceType: 'Bundle',
              entry: nested ? [{ resource: { resourceType: 'Bundle', entry } }] : entry,
            };
            await el.updateComplete;
            const notice = el.shadowRoot!.querySelector('[part="record-notice"]');
            expect(notice, 'notice shown').to.not.equal(null);
            expect(notice!.querySelectorAll('li')).to.have.length(bad.length);
            expect(notice!.textContent).to.contain(bad.length === 1 ? '1 item in' : `${bad.length} items in`);
            const shown = severities(el);
            expect(shown.filter((s) => s === 'unknown').length).to.be.at.least(bad.length);
            expect(el.findings!.filter((f) => f.severity === 'unknown').length).to.be.at.least(bad.length);
            const last = changes.at(-1)!.detail.findings;
            expect(last.filter((f) => f.severity === 'unknown').length).to.be.at.least(bad.length);
          },
        ),
        runs(25),
      );
    });
  });
});
