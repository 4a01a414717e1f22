/**
 * The portal integration demo (demo/portal.html): what a patient portal's own script does with
 * the elements. It sets their properties from its data, and event-log.ts shows the events they
 * fire. Text only: nothing here writes HTML.
 */
// Order matters: the log listens before the library defines the elements, so it also hears the
// events each element sends after its first render.
import { attachEventLog } from './event-log.js';
import '../src/index.js';
import type { LdnDoseCard, LdnInteractionChecker, LdnSideEffectList } from '../src/index.js';

type LdnWidget = LdnDoseCard | LdnInteractionChecker | LdnSideEffectList;

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`portal demo: ${selector} is missing from portal.html`);
  return element;
}

const doseCard = required<LdnDoseCard>('ldn-dose-card');
const checker = required<LdnInteractionChecker>('ldn-interaction-checker');
const sideEffectList = required<LdnSideEffectList>('ldn-side-effect-list');
const widgets: LdnWidget[] = [doseCard, checker, sideEffectList];

attachEventLog(required<HTMLOListElement>('#event-log'), required<HTMLButtonElement>('#clear-log'));

// Settings for all three elements: lang (attribute), theme and headingLevel (properties).
required<HTMLSelectElement>('#lang-select').addEventListener('change', (event) => {
  const lang = (event.currentTarget as HTMLSelectElement).value;
  for (const widget of widgets) {
    if (lang) widget.setAttribute('lang', lang);
    else widget.removeAttribute('lang');
  }
});
required<HTMLSelectElement>('#theme-select').addEventListener('change', (event) => {
  const theme = (event.currentTarget as HTMLSelectElement).value as LdnWidget['theme'];
  for (const widget of widgets) widget.theme = theme;
});
required<HTMLSelectElement>('#heading-level-select').addEventListener('change', (event) => {
  const level = Number((event.currentTarget as HTMLSelectElement).value);
  for (const widget of widgets) widget.headingLevel = level;
});

// Dose card: the prescription's target dose, spasticity and form.
required<HTMLInputElement>('#target-dose').addEventListener('change', (event) => {
  doseCard.targetDose = (event.currentTarget as HTMLInputElement).valueAsNumber;
});
required<HTMLInputElement>('#spasticity').addEventListener('change', (event) => {
  doseCard.spasticity = (event.currentTarget as HTMLInputElement).checked;
});
required<HTMLSelectElement>('#dose-form').addEventListener('change', (event) => {
  const form = (event.currentTarget as HTMLSelectElement).value;
  if (form) doseCard.setAttribute('form', form);
  else doseCard.removeAttribute('form');
});
// A portal bug on purpose: the card shows the problem in place and fires ldn-error.
required<HTMLButtonElement>('#bad-dose').addEventListener('click', () => doseCard.setAttribute('target-dose', 'abc'));

// Interaction checker: the record's medication list (an array property) and conditions.
const medicationsInput = required<HTMLInputElement>('#medications');
required<HTMLButtonElement>('#set-medications').addEventListener('click', () => {
  checker.medications = medicationsInput.value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
});
required<HTMLButtonElement>('#clear-medications').addEventListener('click', () => {
  medicationsInput.value = '';
  checker.medications = [];
});
const conditionBoxes = [...document.querySelectorAll<HTMLInputElement>('#checker-controls input[name="conditions"]')];
for (const box of conditionBoxes) {
  box.addEventListener('change', () => {
    checker.conditions = conditionBoxes.filter((each) => each.checked).map((each) => each.value);
  });
}
// The person can change the list inside the element too; keep the portal's field in step.
checker.addEventListener('ldn-interactions-change', () => {
  medicationsInput.value = checker.medications.join(', ');
});

// A patient's record as a FHIR R4 Bundle (what a portal's FHIR API returns): current entries join
// the list, marked as coming from the record; the stopped one is left out.
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const demoRecord = {
  resourceType: 'Bundle',
  entry: [
    {
      resource: {
        resourceType: 'MedicationRequest',
        status: 'active',
        intent: 'order',
        medicationCodeableConcept: { coding: [{ system: RXNORM, code: '10689', display: 'tramadol' }] },
      },
    },
    {
      resource: {
        resourceType: 'MedicationStatement',
        status: 'stopped',
        medicationCodeableConcept: { text: 'Vicodin' },
      },
    },
    {
      resource: {
        resourceType: 'Condition',
        clinicalStatus: { coding: [{ code: 'active' }] },
        code: { coding: [{ system: 'http://snomed.info/sct', code: '77386006', display: 'Pregnancy' }] },
      },
    },
  ],
};
required<HTMLButtonElement>('#load-fhir').addEventListener('click', () => {
  checker.fhir = demoRecord;
});
// The findings as CDS Hooks cards, shown as text (never as HTML).
required<HTMLButtonElement>('#show-cards').addEventListener('click', () => {
  required<HTMLPreElement>('#cds-cards').textContent = JSON.stringify(checker.cards, null, 2);
});

// Side-effect list: which category to show.
required<HTMLSelectElement>('#category').addEventListener('change', (event) => {
  sideEffectList.category = (event.currentTarget as HTMLSelectElement).value as LdnSideEffectList['category'];
});
