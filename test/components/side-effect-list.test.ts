import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/components/side-effect-list/define.js';
import type { LdnSideEffectList } from '../../src/components/side-effect-list/define.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import '../helpers/lit-warnings.js';
import {
  commonIds,
  commonItems,
  countText,
  item,
  checkboxName,
  root,
  warningItems,
  checkbox,
} from './side-effect-list.helpers.js';

const COMMON_IDS = [
  'vivid-dreams',
  'sleep-trouble',
  'nausea',
  'bowel-changes',
  'headache',
  'morning-stiffness',
  'dry-mouth',
];
const SIDE_EFFECT_FACTS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11'];

async function openAll(el: LdnSideEffectList): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('.expand-all')!.click();
  await el.updateComplete;
}

function text(node: Element | ShadowRoot | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<ldn-side-effect-list> content', () => {
  it('is a real, registered element with the documented defaults', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    expect(customElements.get('ldn-side-effect-list')).to.equal(el.constructor);
    expect(el.category).to.equal('all');
    expect(el.selected).to.deep.equal([]);
    expect(root(el).querySelector('h2.heading')!.textContent).to.equal('Side effects of LDN');
    await expect(el).to.be.accessible();
  });

  it('lists every common side effect S1–S7 in order, each named from the knowledge base', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    expect(commonIds(el)).to.deep.equal(COMMON_IDS);
    const names = commonItems(el).map((li) => text(li.querySelector('summary')));
    expect(names).to.deep.equal([
      'Vivid dreams',
      'Trouble sleeping (insomnia)',
      'Nausea',
      'Constipation or diarrhea',
      'Headache',
      'Morning stiffness',
      'Dry mouth',
    ]);
    expect(countText(el)).to.equal('Showing 7 of 7 common side effects');
  });

  it('shows every side-effect fact S1–S11 with what to expect and what may help, each traced in data-facts', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    await openAll(el);
    const shownFacts = new Set<string>();
    for (const effect of builtInKnowledgeBase.sideEffects) {
      const li = item(el, effect.id);
      const panel = li.querySelector('details .panel')!;
      expect(li.querySelector('details')!.open, effect.id).to.be.true;
      expect(text(panel), effect.id).to.contain(effect.whatToExpect.en);
      if (effect.whatHelps) expect(text(panel), effect.id).to.contain(effect.whatHelps.en);
      // The article is named once, in the element's attribution, not after every item.
      expect(panel.querySelector('[part="source"]'), `${effect.id} repeats no source`).to.be.null;
      for (const p of panel.querySelectorAll('p')) {
        expect(p.getAttribute('data-facts'), effect.id).to.equal(effect.factIds.join(' '));
      }
      effect.factIds.forEach((id) => shownFacts.add(id));
    }
    const attribution = root(el).querySelectorAll('[part="attribution"]');
    expect(attribution).to.have.length(1);
    expect(attribution[0]!.querySelector('a')!.getAttribute('href')).to.contain('verywellhealth.com');
    expect(
      SIDE_EFFECT_FACTS.filter((id) => !shownFacts.has(id)),
      'S facts not shown',
    ).to.deep.equal([]);
  });

  it("says what the brief says: nausea settles in about two weeks, other forms for lasting gut trouble, a dose-time change for sleep, and S11's nightmares", async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    await openAll(el);
    expect(text(item(el, 'nausea')))
      .to.contain('about two weeks')
      .and.contain('under your tongue')
      .and.contain('through the skin');
    expect(text(item(el, 'bowel-changes')))
      .to.contain('under your tongue')
      .and.contain('do not pass through the gut');
    expect(text(item(el, 'vivid-dreams'))).to.contain('change the time of day you take your dose');
    expect(text(item(el, 'sleep-trouble')))
      .to.contain('change the time of day you take your dose')
      .and.contain('nightmares');
    expect(item(el, 'sleep-trouble').dataset['category'], 'S11 sits with the sleep effects').to.equal('sleep');
  });

  it('lists the rare symptom increase and lasting digestive trouble under "When to contact your provider"', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    await openAll(el);
    const section = root(el).querySelector('section.contact-provider')!;
    expect(text(section.querySelector('h3.subheading'))).to.equal('When to contact your provider');
    expect(warningItems(el).map((li) => li.dataset['id'])).to.deep.equal([
      'symptom-increase',
      'lasting-digestive-trouble',
    ]);
    const increase = text(item(el, 'symptom-increase'));
    expect(increase).to.contain('fewer than 1 in 10').and.contain('a few weeks').and.contain('up to three months');
    expect(increase).to.contain('lower dose');
    expect(text(item(el, 'lasting-digestive-trouble'))).to.contain('under your tongue');
    expect(commonIds(el)).not.to.include('symptom-increase');
  });

  it('opens with the traced "not common at low doses" note and ends with the attribution and disclaimer', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    const intro = root(el).querySelector('.intro')!;
    expect(text(intro)).to.contain('not common at low doses');
    expect(intro.getAttribute('data-facts')).to.equal('S1 S2 S3 S4 S5 S6 S7');
    const last = [...root(el).children].filter((c) => c.tagName !== 'STYLE').at(-1)!;
    expect(last.getAttribute('part')).to.equal('disclaimer');
    expect(text(last)).to.contain('not a substitute');
    expect(last.previousElementSibling!.getAttribute('part')).to.equal('attribution');
  });

  it('gives each "I have this" checkbox a name that says which side effect it marks', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    expect(checkboxName(checkbox(el, 'nausea'))).to.equal('I have this: Nausea');
    expect(checkboxName(checkbox(el, 'symptom-increase'))).to.equal('I have this: MS symptoms get worse for a while');
    const labels = [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map(checkboxName);
    expect(new Set(labels).size, 'names are unique').to.equal(labels.length);
  });

  it('puts its heading at heading-level and its sections one level below', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list heading-level="4"></ldn-side-effect-list>`);
    expect(root(el).querySelector('h4.heading')).to.exist;
    const subheadings = [...root(el).querySelectorAll('.subheading')];
    expect(subheadings.map((h) => h.tagName)).to.deep.equal(['H5', 'H5', 'H5']);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(root(el).querySelector('h6.heading')).to.exist;
    expect([...root(el).querySelectorAll('.subheading')].every((h) => h.tagName === 'H6')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish with lang="es", from the element or an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><ldn-side-effect-list selected="nausea"></ldn-side-effect-list></div>`,
    );
    const el = wrapper.querySelector('ldn-side-effect-list')!;
    await el.updateComplete;
    await openAll(el);
    expect(text(root(el).querySelector('.heading'))).to.equal('Efectos secundarios de la LDN');
    expect(text(item(el, 'nausea').querySelector('summary'))).to.equal('Náuseas');
    expect(text(item(el, 'nausea'))).to.contain('dos semanas');
    expect(countText(el)).to.equal('Se muestran 7 de 7 efectos secundarios comunes');
    expect(checkboxName(checkbox(el, 'nausea'))).to.equal('Tengo esto: Náuseas');
    expect(text(root(el).querySelector('.contact-provider .subheading'))).to.equal('Cuándo hablar con su médico');
    expect(text(root(el).querySelector('.discuss')))
      .to.contain('Para hablar con su médico')
      .and.contain('Náuseas');
    expect(text(root(el).querySelector('[part="attribution"]'))).to.match(/^Fuente:/);
    expect(text(root(el).querySelector('[part="disclaimer"]'))).to.contain('No reemplaza');
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'en');
    await Promise.resolve(); // lets the language observer (a microtask queued by setAttribute) request the update
    await el.updateComplete;
    expect(text(item(el, 'nausea').querySelector('summary'))).to.equal('Nausea');
  });

  it('is accessible in the dark theme and in every category', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list theme="dark"></ldn-side-effect-list>`);
    await openAll(el);
    await expect(el).to.be.accessible();
    for (const category of ['sleep', 'digestive', 'other'] as const) {
      el.category = category;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });
});

describe('<ldn-side-effect-list> layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none' });
  });

  it('reflows at 320 px wide with 200 % text, without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<LdnSideEffectList>(
      html`<ldn-side-effect-list selected="nausea" style="font-size: 200%"></ldn-side-effect-list>`,
    );
    await openAll(el);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(el.clientWidth);
    for (const child of root(el).querySelectorAll('li, fieldset, summary, p')) {
      expect(child.scrollWidth, child.className || child.tagName).to.be.at.most(child.clientWidth + 1);
    }
  });

  it('gives every control a target of at least 24 by 24 CSS pixels', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    const targets = [...root(el).querySelectorAll('.filter-option, .mark, summary, .toolbar button')] as HTMLElement[];
    expect(targets.length).to.be.greaterThan(20);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!.trim()).to.be.at.least(24);
      expect(box.width, target.textContent!.trim()).to.be.at.least(24);
    }
  });

  it('stays accessible in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<LdnSideEffectList>(
      html`<ldn-side-effect-list selected="headache"></ldn-side-effect-list>`,
    );
    await openAll(el);
    await expect(el).to.be.accessible();
  });
});
