import { expect } from '@open-wc/testing';
import { builtInKnowledgeBase as kb } from '../../src/core/knowledge-base.js';
import { buildTitrationSchedule } from '../../src/core/titration.js';
import { formatIsoDate } from '../../src/shared/format.js';
import '../helpers/lit-warnings.js';
import { afterLanguageChange, column, mountCard, textOf } from './dose-card-helpers.js';

const dosingStatements = kb.dosing.statementIds.map((id) => kb.statements.find((s) => s.id === id)!);

describe('<ldn-dose-card>: default', () => {
  it('shows a heading, the example schedule as a captioned table, and labels the example', async () => {
    const { el, root } = await mountCard();
    expect(textOf(root.querySelector('h2.heading'))).to.equal('How to take low-dose naltrexone (LDN)');
    const table = root.querySelector('table')!;
    expect(textOf(table.caption)).to.equal('Example schedule: daily dose of LDN');
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['When', 'Daily dose']);
    expect(column(root, 0)).to.deep.equal(['Weeks 1 to 2', 'Weeks 3 to 4', 'From week 5 on']);
    expect(column(root, 1)).to.deep.equal(['1.5 mg', '3 mg', '4.5 mg']);
    const notice = root.querySelector('[part="example-notice"]');
    expect(textOf(notice)).to.contain('Example only').and.contain("Follow your prescriber's instructions.");
    expect(textOf(notice)).to.contain('1.5 mg more every 14 days');
    expect(root.querySelector('[part="caps"]')).to.be.null;
    expect(root.querySelector('[part="calendar-button"]'), 'no dates, no calendar').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows every dosing fact D1–D10 traced in data-facts, one attribution, then the disclaimer', async () => {
    const { root } = await mountCard();
    for (const statement of dosingStatements) {
      const shown = root.querySelector(`[data-statement="${statement.id}"]`);
      expect(shown, statement.id).to.exist;
      expect(textOf(shown)).to.equal(statement.text.en);
      expect(shown!.getAttribute('data-facts')).to.equal(statement.factIds.join(' '));
      // The article is named once for the whole card, not under each sentence.
      expect(shown!.querySelector('.source'), statement.id).to.be.null;
    }
    const attributions = root.querySelectorAll('[part="attribution"]');
    expect(attributions).to.have.length(1);
    expect(textOf(attributions[0])).to.contain('Low-Dose Naltrexone for Treating MS Symptoms');
    const text = textOf(root);
    expect(text).to.contain('9:00 pm and midnight').and.contain('with or without food');
    expect(text).to.contain('compounding pharmacy').and.contain('$45 to $100').and.contain('refills earlier');
    expect(text).to.contain('side effects');
    const forms = [...root.querySelectorAll('[part="forms"] li')].map(textOf);
    expect(forms).to.have.length(3);
    expect(forms[0]).to.contain('Pill').and.not.contain('capsule');
    const last = root.lastElementChild!;
    expect(last.matches('[part="disclaimer"]')).to.be.true;
    expect(textOf(last)).to.contain("not a substitute for your healthcare provider's advice");
  });

  it('puts the card heading at heading-level and its sections one level below', async () => {
    const { el, root } = await mountCard({ 'heading-level': '3' });
    expect(root.querySelector('h3.heading')).to.exist;
    expect(root.querySelectorAll('h4.subheading')).to.have.length(6);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(root.querySelector('h6.heading')).to.exist;
    expect(root.querySelectorAll('h6.subheading'), 'capped at 6').to.have.length(6);
    await expect(el).to.be.accessible();
  });
});

describe('<ldn-dose-card>: attributes and properties', () => {
  it('turns every attribute into a typed property', async () => {
    const { el } = await mountCard({
      'start-dose': '0.5',
      'target-dose': '2.5',
      'step-dose': '0.5',
      'step-days': '10',
      spasticity: '',
      form: 'sublingual-liquid',
      concentration: '1',
      'start-date': '2025-03-01',
      'heading-level': '4',
      lang: 'es',
    });
    expect(el.startDose).to.equal(0.5);
    expect(el.targetDose).to.equal(2.5);
    expect(el.stepDose).to.equal(0.5);
    expect(el.stepDays).to.equal(10);
    expect(el.spasticity).to.be.true;
    expect(el.form).to.equal('sublingual-liquid');
    expect(el.concentration).to.equal(1);
    expect(el.startDate).to.equal('2025-03-01');
    expect(el.headingLevel).to.equal(4);
    expect(el.language).to.equal('es');
  });

  it('renders from properties set by script, and reflects spasticity', async () => {
    const { el, root } = await mountCard();
    el.startDose = 1;
    el.targetDose = 2;
    el.stepDose = 0.5;
    el.stepDays = 10;
    await el.updateComplete;
    expect(column(root, 0)).to.deep.equal(['Days 1 to 10', 'Days 11 to 20', 'From day 21 on']);
    expect(column(root, 1)).to.deep.equal(['1 mg', '1.5 mg', '2 mg']);
    expect(root.querySelector('[part="example-notice"]'), "the page's own step is not an example").to.be.null;
    expect(textOf(root.querySelector('caption'))).to.equal('Schedule: daily dose of LDN');
    el.spasticity = true;
    await el.updateComplete;
    expect(el.hasAttribute('spasticity')).to.be.true;
    el.removeAttribute('spasticity');
    await el.updateComplete;
    expect(el.spasticity).to.be.false;
  });

  it('matches the core schedule for the same input', async () => {
    const { el } = await mountCard({ 'start-dose': '1', 'target-dose': '4', 'step-dose': '1', 'step-days': '7' });
    expect(el.currentSchedule).to.deep.equal(
      buildTitrationSchedule({ startDoseMg: 1, targetDoseMg: 4, stepDoseMg: 1, stepDays: 7, spasticity: false }),
    );
  });
});

describe('<ldn-dose-card>: dose limits', () => {
  it('caps at 3 mg with spasticity and says why, never showing a higher dose', async () => {
    const { el, root } = await mountCard({
      spasticity: '',
      'target-dose': '4.5',
      'step-dose': '0.5',
      'step-days': '7',
    });
    expect(column(root, 1)).to.deep.equal(['1.5 mg', '2 mg', '2.5 mg', '3 mg']);
    const cap = root.querySelector('[part="cap"]')!;
    expect(cap.getAttribute('data-cap')).to.equal('spasticity');
    expect(textOf(cap)).to.contain('4.5 mg').and.contain('stops at 3 mg');
    expect(textOf(cap)).to.contain(kb.dosing.spasticityMaximum.reason.en);
    expect(cap.getAttribute('data-facts')).to.equal('D2');
    expect(cap.querySelector('.source'), 'the article is credited once, in the attribution').to.be.null;
    const shownDoses = [...root.querySelectorAll('[data-dose-mg]')].map((td) =>
      Number(td.getAttribute('data-dose-mg')),
    );
    expect(Math.max(...shownDoses)).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('caps a target above 4.5 mg and a start above it (D1)', async () => {
    const { el, root } = await mountCard({ 'target-dose': '9', 'step-dose': '1.5', 'step-days': '14' });
    expect(column(root, 1)).to.deep.equal(['1.5 mg', '3 mg', '4.5 mg']);
    const caps = [...root.querySelectorAll('[part="cap"]')];
    expect(caps).to.have.length(1);
    expect(caps[0]!.getAttribute('data-cap')).to.equal('maximum');
    expect(textOf(caps[0])).to.contain('goal of 9 mg').and.contain(kb.dosing.maximum.reason.en);
    await expect(el).to.be.accessible();

    el.startDose = 6;
    await el.updateComplete;
    expect(column(root, 1)).to.deep.equal(['4.5 mg']);
    expect([...root.querySelectorAll('[part="cap"]')].map((c) => c.getAttribute('data-property'))).to.deep.equal([
      'startDoseMg',
      'targetDoseMg',
    ]);
  });
});

describe('<ldn-dose-card>: liquid, dates and forms', () => {
  it('shows mL per dose for a liquid with a concentration, and calendar dates across a month end', async () => {
    const { el, root } = await mountCard({
      form: 'sublingual-liquid',
      concentration: '1.5',
      'start-date': '2025-01-25',
      'step-dose': '0.75',
      'step-days': '7',
    });
    expect([...root.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['When', 'Daily dose', 'Liquid per dose']);
    expect(column(root, 1)).to.deep.equal(['1.5 mg', '2.25 mg', '3 mg', '3.75 mg', '4.5 mg']);
    expect(column(root, 2)).to.deep.equal(['1 mL', '1.5 mL', '2 mL', '2.5 mL', '3 mL']);
    expect(column(root, 0)).to.deep.equal([
      'Jan 25, 2025 to Jan 31, 2025',
      'Feb 1, 2025 to Feb 7, 2025',
      'Feb 8, 2025 to Feb 14, 2025',
      'Feb 15, 2025 to Feb 21, 2025',
      'From Feb 22, 2025 on',
    ]);
    const liquid = root.querySelector('[data-form="sublingual-liquid"]')!;
    expect(liquid.getAttribute('aria-current')).to.equal('true');
    expect(textOf(liquid)).to.contain('Your form');
    await expect(el).to.be.accessible();
  });

  it('shows one-day steps as a single date, and dates over a leap day', async () => {
    const { root } = await mountCard({ 'start-date': '2024-02-28', 'step-dose': '1.5', 'step-days': '1' });
    expect(column(root, 0)).to.deep.equal(['Feb 28, 2024', 'Feb 29, 2024', 'From Mar 1, 2024 on']);
  });

  it('asks for the strength when a liquid has no concentration, showing mg only', async () => {
    const { el, root } = await mountCard({ form: 'sublingual-liquid' });
    expect(root.querySelectorAll('thead th')).to.have.length(2);
    expect(textOf(root.querySelector('.schedule-section'))).to.contain('strength of your liquid (mg per mL)');
    await expect(el).to.be.accessible();
  });

  it('marks the transdermal form and shows no mL', async () => {
    const { el, root } = await mountCard({ form: 'transdermal', 'step-dose': '1.5', 'step-days': '14' });
    const marked = [...root.querySelectorAll('[part="forms"] li[aria-current="true"]')];
    expect(marked.map((li) => li.getAttribute('data-form'))).to.deep.equal(['transdermal']);
    expect(textOf(marked[0])).to.contain('Through the skin (transdermal)');
    expect(root.querySelector('[data-volume-ml]')).to.be.null;
    await expect(el).to.be.accessible();
  });
});

describe('<ldn-dose-card>: Spanish', () => {
  it('speaks Spanish from its own lang or an ancestor, with Spanish numbers and dates', async () => {
    const { el, root } = await mountCard(
      {
        form: 'sublingual-liquid',
        concentration: '1',
        'start-date': '2025-03-01',
        'step-dose': '1.5',
        'step-days': '14',
      },
      'es-MX',
    );
    expect(textOf(root.querySelector('h2'))).to.equal('Cómo tomar la naltrexona en dosis baja (LDN)');
    expect(textOf(root.querySelector('caption'))).to.equal('Plan: dosis diaria de LDN');
    // US Spanish, as on US pharmacy labels: a decimal point.
    expect(column(root, 1)).to.deep.equal(['1.5 mg', '3 mg', '4.5 mg']);
    expect(column(root, 2)).to.deep.equal(['1.5 mL', '3 mL', '4.5 mL']);
    expect(column(root, 0)[0]).to.equal(
      `Del ${formatIsoDate('2025-03-01', 'es')} al ${formatIsoDate('2025-03-14', 'es')}`,
    );
    for (const statement of dosingStatements) {
      expect(textOf(root.querySelector(`[data-statement="${statement.id}"]`))).to.equal(statement.text.es);
    }
    expect(textOf(root.querySelector('[part="attribution"]'))).to.match(/^Fuente:/);
    expect(textOf(root.querySelector('[part="calendar-button"]'))).to.contain('Añadir');
    expect(textOf(root.querySelector('[part="disclaimer"]'))).to.contain('No reemplaza');
    await expect(el).to.be.accessible();

    el.lang = 'en';
    await afterLanguageChange(el);
    expect(column(root, 1)).to.deep.equal(['1.5 mg', '3 mg', '4.5 mg']);
  });

  it('explains the spasticity limit and the example step in Spanish', async () => {
    const { root } = await mountCard({ spasticity: '', lang: 'es' });
    expect(textOf(root.querySelector('[part="cap"]'))).to.contain(kb.dosing.spasticityMaximum.reason.es);
    expect(textOf(root.querySelector('[part="example-notice"]')))
      .to.contain('Solo es un ejemplo')
      .and.contain('1.5 mg');
    expect(textOf(root.querySelector('caption'))).to.equal('Plan de ejemplo: dosis diaria de LDN');
  });
});
