import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/side-effect-list/define.js';
import type { LdnSideEffectList, LdnSideEffectToggleDetail } from '../../src/components/side-effect-list/define.js';
import { nextEvent, recordEvents } from '../helpers/events.js';
import '../helpers/lit-warnings.js';
import {
  checkbox,
  commonIds,
  countText,
  discussNames,
  item,
  radio,
  root,
  warningItems,
} from './side-effect-list.helpers.js';

async function render(template = html`<ldn-side-effect-list></ldn-side-effect-list>`): Promise<LdnSideEffectList> {
  return fixture<LdnSideEffectList>(template);
}

function details(el: LdnSideEffectList, id: string): HTMLDetailsElement {
  return item(el, id).querySelector('details')!;
}

describe('<ldn-side-effect-list> filtering', () => {
  it('offers an accessible radio group with every category, "All" chosen by default', async () => {
    const el = await render();
    const fieldset = root(el).querySelector('fieldset.filter')!;
    expect(fieldset.querySelector('legend')!.textContent).to.equal('Show side effects');
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['all', 'sleep', 'digestive', 'other']);
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal([
      'All',
      'Sleep',
      'Stomach and bowel',
      'Other',
    ]);
    expect(radios.filter((r) => r.checked).map((r) => r.value)).to.deep.equal(['all']);
    expect(new Set(radios.map((r) => r.name)).size, 'one group').to.equal(1);
  });

  it('filters the common list when a category is chosen and announces the count politely', async () => {
    const el = await render();
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.getAttribute('part')).to.equal('count');

    radio(el, 'sleep').click();
    await el.updateComplete;
    expect(commonIds(el)).to.deep.equal(['vivid-dreams', 'sleep-trouble']);
    expect(countText(el)).to.equal('Showing 2 of 7 common side effects');
    expect(el.category).to.equal('sleep');
    expect(el.getAttribute('category'), 'reflected').to.equal('sleep');

    radio(el, 'digestive').click();
    await el.updateComplete;
    expect(commonIds(el)).to.deep.equal(['nausea', 'bowel-changes']);

    radio(el, 'other').click();
    await el.updateComplete;
    expect(commonIds(el)).to.deep.equal(['headache', 'morning-stiffness', 'dry-mouth']);
    expect(countText(el)).to.equal('Showing 3 of 7 common side effects');
    await expect(el).to.be.accessible();

    radio(el, 'all').click();
    await el.updateComplete;
    expect(commonIds(el)).to.have.length(7);
  });

  it('keeps the "contact your provider" signs in view whatever the filter', async () => {
    const el = await render(html`<ldn-side-effect-list category="sleep"></ldn-side-effect-list>`);
    expect(warningItems(el).map((li) => li.dataset['id'])).to.deep.equal([
      'symptom-increase',
      'lasting-digestive-trouble',
    ]);
  });

  it('is operated with the keyboard: arrow keys move through the categories', async () => {
    const el = await render();
    radio(el, 'all').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radio(el, 'sleep').checked).to.be.true;
    expect(root(el).activeElement).to.equal(radio(el, 'sleep'));
    expect(commonIds(el)).to.deep.equal(['vivid-dreams', 'sleep-trouble']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.category).to.equal('digestive');
    expect(commonIds(el)).to.deep.equal(['nausea', 'bowel-changes']);
  });

  it('is set by the category attribute and property, and the control follows', async () => {
    const el = await render(html`<ldn-side-effect-list category="digestive"></ldn-side-effect-list>`);
    expect(commonIds(el)).to.deep.equal(['nausea', 'bowel-changes']);
    expect(radio(el, 'digestive').checked).to.be.true;
    el.setAttribute('category', 'other');
    await el.updateComplete;
    expect(radio(el, 'other').checked).to.be.true;
    expect(commonIds(el)).to.deep.equal(['headache', 'morning-stiffness', 'dry-mouth']);
    el.category = 'all';
    await el.updateComplete;
    expect(el.getAttribute('category')).to.equal('all');
    expect(commonIds(el)).to.have.length(7);
  });
});

describe('<ldn-side-effect-list> expanding', () => {
  it('shows each item collapsed at first, with a native disclosure that opens and closes on click', async () => {
    const el = await render();
    expect([...root(el).querySelectorAll('details')].every((d) => !d.open)).to.be.true;
    const summary = details(el, 'nausea').querySelector('summary')!;
    const opened = nextEvent(details(el, 'nausea'), 'toggle');
    summary.click();
    await opened;
    await el.updateComplete;
    expect(details(el, 'nausea').open).to.be.true;
    await expect(el).to.be.accessible();
    const closed = nextEvent(details(el, 'nausea'), 'toggle');
    summary.click();
    await closed;
    expect(details(el, 'nausea').open).to.be.false;
  });

  it('opens and closes with Enter and Space on the focused summary', async () => {
    const el = await render();
    const target = details(el, 'headache');
    target.querySelector('summary')!.focus();
    let toggled = nextEvent(target, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    expect(target.open).to.be.true;
    toggled = nextEvent(target, 'toggle');
    await sendKeys({ press: 'Space' });
    await toggled;
    expect(target.open).to.be.false;
  });

  it('expands and collapses every item with the toolbar buttons', async () => {
    const el = await render();
    root(el).querySelector<HTMLButtonElement>('.expand-all')!.click();
    await el.updateComplete;
    expect([...root(el).querySelectorAll('details')].every((d) => d.open)).to.be.true;
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.collapse-all')!.click();
    await el.updateComplete;
    expect([...root(el).querySelectorAll('details')].some((d) => d.open)).to.be.false;
  });

  it('keeps an item open while the filter hides and shows it again', async () => {
    const el = await render();
    const opened = nextEvent(details(el, 'nausea'), 'toggle');
    details(el, 'nausea').querySelector('summary')!.click();
    await opened;
    el.category = 'sleep';
    await el.updateComplete;
    el.category = 'all';
    await el.updateComplete;
    expect(details(el, 'nausea').open).to.be.true;
  });
});

describe('<ldn-side-effect-list> marking "I have this"', () => {
  it('marks a side effect, reflects selected, fires ldn-side-effect-toggle and lists it to discuss', async () => {
    const el = await render();
    expect(discussNames(el)).to.deep.equal([]);
    expect(root(el).querySelector('.discuss-empty')).to.exist;

    const toggled = nextEvent<LdnSideEffectToggleDetail>(el, 'ldn-side-effect-toggle');
    checkbox(el, 'nausea').click();
    const event = await toggled;
    expect(event.detail).to.deep.equal({ id: 'nausea', selected: true, selectedIds: ['nausea'] });
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(el.selected).to.deep.equal(['nausea']);
    expect(el.getAttribute('selected')).to.equal('nausea');
    expect(item(el, 'nausea').hasAttribute('data-marked')).to.be.true;
    expect(discussNames(el)).to.deep.equal(['Nausea']);
    expect(root(el).querySelector('.discuss h3')!.textContent).to.equal('To discuss with your provider');
    await expect(el).to.be.accessible();
  });

  it('fires once per change, lists marked effects in the list order, and unmarks', async () => {
    const el = await render();
    const events = recordEvents<LdnSideEffectToggleDetail>(el, 'ldn-side-effect-toggle');
    checkbox(el, 'dry-mouth').click();
    await el.updateComplete;
    checkbox(el, 'vivid-dreams').click();
    await el.updateComplete;
    checkbox(el, 'symptom-increase').click();
    await el.updateComplete;
    expect(events.map((e) => e.detail.selectedIds)).to.deep.equal([
      ['dry-mouth'],
      ['vivid-dreams', 'dry-mouth'],
      ['vivid-dreams', 'dry-mouth', 'symptom-increase'],
    ]);
    expect(discussNames(el)).to.deep.equal(['Vivid dreams', 'Dry mouth', 'MS symptoms get worse for a while']);
    expect(el.getAttribute('selected')).to.equal('dry-mouth, vivid-dreams, symptom-increase');

    checkbox(el, 'dry-mouth').click();
    await el.updateComplete;
    expect(events).to.have.length(4);
    expect(events[3]!.detail).to.deep.equal({
      id: 'dry-mouth',
      selected: false,
      selectedIds: ['vivid-dreams', 'symptom-increase'],
    });
    expect(checkbox(el, 'dry-mouth').checked).to.be.false;
    expect(item(el, 'dry-mouth').hasAttribute('data-marked')).to.be.false;
  });

  it('marks with the Space key on the focused checkbox', async () => {
    const el = await render();
    checkbox(el, 'headache').focus();
    const toggled = nextEvent<LdnSideEffectToggleDetail>(el, 'ldn-side-effect-toggle');
    await sendKeys({ press: 'Space' });
    expect((await toggled).detail.id).to.equal('headache');
    await el.updateComplete;
    expect(el.selected).to.deep.equal(['headache']);
  });

  it('is set by the selected attribute and property without firing the toggle event', async () => {
    const el = await render(html`<ldn-side-effect-list selected="headache, nausea"></ldn-side-effect-list>`);
    const events = recordEvents(el, 'ldn-side-effect-toggle');
    expect(el.selected).to.deep.equal(['headache', 'nausea']);
    expect(checkbox(el, 'nausea').checked && checkbox(el, 'headache').checked).to.be.true;
    expect(discussNames(el)).to.deep.equal(['Nausea', 'Headache']);
    el.selected = ['sleep-trouble'];
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('sleep-trouble');
    expect(checkbox(el, 'nausea').checked).to.be.false;
    expect(discussNames(el)).to.deep.equal(['Trouble sleeping (insomnia)']);
    el.removeAttribute('selected');
    await el.updateComplete;
    expect(discussNames(el)).to.deep.equal([]);
    expect(events).to.have.length(0);
  });

  it('keeps marked effects in the summary while the filter hides them', async () => {
    const el = await render(html`<ldn-side-effect-list selected="nausea" category="sleep"></ldn-side-effect-list>`);
    expect(commonIds(el)).not.to.include('nausea');
    expect(discussNames(el)).to.deep.equal(['Nausea']);
  });
});

describe('<ldn-side-effect-list> printing', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints every item open, hides the controls and keeps the list to discuss', async () => {
    const el = await render(html`<ldn-side-effect-list selected="nausea"></ldn-side-effect-list>`);
    const panel = item(el, 'headache').querySelector('.panel')!;
    expect(details(el, 'headache').open).to.be.false;
    expect(panel.checkVisibility(), 'closed on screen').to.be.false;

    await emulateMedia({ media: 'print' });
    expect(panel.checkVisibility(), 'open on paper').to.be.true;
    for (const selector of ['.filter', '.toolbar', '.mark']) {
      expect(root(el).querySelector(selector)!.checkVisibility(), `${selector} hidden on paper`).to.be.false;
    }
    expect(root(el).querySelector('.discuss-list')!.checkVisibility()).to.be.true;
    expect(root(el).querySelector('[part="disclaimer"]')!.checkVisibility()).to.be.true;
  });
});
