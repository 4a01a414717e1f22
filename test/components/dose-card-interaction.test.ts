import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { builtInKnowledgeBase as kb } from '../../src/core/knowledge-base.js';
import { buildTitrationSchedule } from '../../src/core/titration.js';
import '../helpers/lit-warnings.js';
import { afterLanguageChange, mountCard, textOf } from './dose-card-helpers.js';

const DATED = { 'start-date': '2025-01-25', 'step-dose': '1.5', 'step-days': '7' };

/** The calendar file the card offers, read back from its Blob URL (local, not a request). */
async function calendarFileOf(root: ShadowRoot): Promise<{ link: HTMLAnchorElement; ics: string }> {
  const link = root.querySelector<HTMLAnchorElement>('[part="calendar-button"]')!;
  const ics = await (await fetch(link.href)).text();
  return { link, ics };
}

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('<ldn-dose-card>: ldn-schedule-change', () => {
  it('announces the schedule once after the first render, bubbling out of the shadow root', async () => {
    const { changes, errors } = await mountCard({ 'target-dose': '3', 'step-dose': '0.5', 'step-days': '7' });
    expect(changes).to.have.length(1);
    expect(changes[0]!.bubbles && changes[0]!.composed).to.be.true;
    expect(changes[0]!.detail.schedule).to.deep.equal(
      buildTitrationSchedule({ targetDoseMg: 3, stepDoseMg: 0.5, stepDays: 7, spasticity: false }),
    );
    expect(errors).to.have.length(0);
  });

  it('announces again when an input changes the schedule, not on a language switch or a bare re-render', async () => {
    const { el, changes } = await mountCard();
    el.targetDose = 3;
    await el.updateComplete;
    expect(changes).to.have.length(2);
    expect(changes[1]!.detail.schedule!.finalDoseMg).to.equal(3);
    el.spasticity = true;
    el.targetDose = 4.5;
    await el.updateComplete;
    expect(changes).to.have.length(3);
    expect(changes[2]!.detail.schedule!.caps[0]!.kind).to.equal('spasticity');
    el.lang = 'es';
    await afterLanguageChange(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(changes, 'the schedule itself did not change').to.have.length(3);
  });
});

describe('<ldn-dose-card>: add to calendar', () => {
  it("offers the dose steps as an .ics file made in the page, with the card's steps and dates", async () => {
    const before = performance.getEntriesByType('resource').length;
    const { el, root } = await mountCard(DATED);
    expect(performance.getEntriesByType('resource').length, 'rendering requested nothing').to.equal(before);
    const { link, ics } = await calendarFileOf(root);
    expect(link.protocol).to.equal('blob:');
    expect(link.getAttribute('download')).to.equal('ldn-dose-schedule.ics');
    expect(textOf(link)).to.equal('Add the dose steps to your calendar (.ics file)');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.be.true;
    const lines = unfold(ics);
    expect(lines.match(/BEGIN:VEVENT/g)).to.have.length(3);
    expect(lines).to.contain('DTSTART;VALUE=DATE:20250125\r\nDTEND;VALUE=DATE:20250201');
    expect(lines).to.contain('DTSTART;VALUE=DATE:20250201\r\nDTEND;VALUE=DATE:20250208');
    expect(lines).to.contain('SUMMARY;LANGUAGE=en:Low-dose naltrexone (LDN): 4.5 mg a day (step 3 of 3)');
    const note = kb.statements.find((s) => s.factIds.includes('D4'))!.text.en;
    expect(lines, 'D4 on each increase').to.contain(note.replace(/,/g, '\\,'));
    await expect(el).to.be.accessible();
  });

  it('writes the file in the card language', async () => {
    const { root } = await mountCard({ ...DATED, lang: 'es' });
    const { link, ics } = await calendarFileOf(root);
    expect(link.getAttribute('download')).to.equal('ldn-calendario-dosis.ics');
    expect(unfold(ics)).to.contain('SUMMARY;LANGUAGE=es:Naltrexona en dosis baja (LDN): 1.5 mg al día (paso 1 de 3)');
  });

  it('replaces the file when the schedule changes and releases the old one', async () => {
    const { el, root } = await mountCard(DATED);
    const first = root.querySelector<HTMLAnchorElement>('[part="calendar-button"]')!.href;
    el.requestUpdate();
    await el.updateComplete;
    expect(root.querySelector<HTMLAnchorElement>('[part="calendar-button"]')!.href, 'reused while unchanged').to.equal(
      first,
    );
    el.startDate = '2025-02-01';
    await el.updateComplete;
    const { link, ics } = await calendarFileOf(root);
    expect(link.href).not.to.equal(first);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20250201');
    let released = false;
    await fetch(first).catch(() => (released = true));
    expect(released, 'old Blob URL revoked').to.be.true;
  });

  it('releases the file when removed from the page and makes a new one when put back', async () => {
    const { el, root } = await mountCard(DATED);
    const parent = el.parentElement!;
    const first = root.querySelector<HTMLAnchorElement>('[part="calendar-button"]')!.href;
    el.remove();
    let released = false;
    await fetch(first).catch(() => (released = true));
    expect(released).to.be.true;
    parent.append(el);
    await el.updateComplete;
    const { ics } = await calendarFileOf(root);
    expect(ics).to.contain('BEGIN:VCALENDAR');
  });

  it('offers no calendar for an example step, and says why', async () => {
    const { el, root } = await mountCard({ 'start-date': '2025-01-25' });
    expect(root.querySelector('[part="calendar-button"]')).to.be.null;
    expect(textOf(root.querySelector('.schedule-section'))).to.contain('only for a schedule from your prescriber');
    expect(root.querySelector('tbody th')!.textContent).to.contain('Jan 25, 2025');
    await expect(el).to.be.accessible();
  });
});

describe('<ldn-dose-card>: keyboard and layout', () => {
  it('reaches the table region and the calendar link with Tab, and activates the link with Enter', async () => {
    const { el, root } = await mountCard(DATED);
    const stops: Element[] = [];
    for (let i = 0; i < 30 && stops.length < 30; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root.activeElement;
      if (!active) break;
      stops.push(active);
    }
    const region = root.querySelector('.table-scroll')!;
    const link = root.querySelector('[part="calendar-button"]')!;
    expect(stops).to.include(region);
    expect(stops).to.include(link);
    expect(stops.indexOf(region)).to.be.below(stops.indexOf(link));

    const clicks: Event[] = [];
    link.addEventListener('click', (event) => {
      event.preventDefault(); // keep the test from saving a file
      clicks.push(event);
    });
    (link as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(clicks).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(link);
  });

  it('names the table scroll area by its caption, as a group (no landmark of the card’s own)', async () => {
    const { root } = await mountCard(DATED);
    const region = root.querySelector('.table-scroll')!;
    const label = root.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(label.tagName).to.equal('CAPTION');
    expect(textOf(label)).to.equal('Schedule: daily dose of LDN');
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('role')).to.equal('group');
  });

  it('fits a 320 px wide page: only the table region may scroll sideways', async () => {
    const { el, root } = await mountCard({ ...DATED, form: 'sublingual-liquid', concentration: '1' });
    el.parentElement!.style.inlineSize = '320px';
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const region = root.querySelector<HTMLElement>('.table-scroll')!;
    expect(region.clientWidth).to.be.at.most(320);
    expect(getComputedStyle(region).overflowX).to.equal('auto');
  });
});
