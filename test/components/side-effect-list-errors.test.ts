import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/side-effect-list/define.js';
import type { LdnSideEffectList } from '../../src/components/side-effect-list/define.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { LdnErrorDetail } from '../../src/shared/events.js';
import '../helpers/lit-warnings.js';
import { checkbox, commonIds, discussNames, radio, root } from './side-effect-list.helpers.js';

interface Rendered {
  el: LdnSideEffectList;
  errors: CustomEvent<LdnErrorDetail>[];
}

/** Renders inside a wrapper that records `ldn-error`, which fires right after the first render. */
async function renderRecordingErrors(inner: ReturnType<typeof html>): Promise<Rendered> {
  const errors: CustomEvent<LdnErrorDetail>[] = [];
  const wrapper = await fixture<HTMLDivElement>(
    html`<div @ldn-error=${(e: CustomEvent<LdnErrorDetail>) => errors.push(e)}>${inner}</div>`,
  );
  const el = wrapper.querySelector('ldn-side-effect-list')!;
  await el.updateComplete;
  return { el, errors };
}

function alertText(el: LdnSideEffectList): string {
  return (root(el).querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<ldn-side-effect-list> bad input', () => {
  it('explains an unknown category, fires ldn-error with zod issues, and shows every category instead', async () => {
    const { el, errors } = await renderRecordingErrors(
      html`<ldn-side-effect-list category="skin"></ldn-side-effect-list>`,
    );
    expect(alertText(el)).to.contain('category').and.contain('skin').and.contain('"sleep"');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('category');
    expect(errors[0]!.detail.issues[0]!.path).to.deep.equal(['category']);
    expect(errors[0]!.bubbles && errors[0]!.composed).to.be.true;
    expect(commonIds(el)).to.have.length(7);
    expect(radio(el, 'all').checked).to.be.true;
    await expect(el).to.be.accessible();

    radio(el, 'sleep').click();
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]'), 'choosing a category clears the problem').to.be.null;
    expect(commonIds(el)).to.deep.equal(['vivid-dreams', 'sleep-trouble']);
  });

  it('keeps the known ids of selected, names the unknown ones and fires ldn-error', async () => {
    const { el, errors } = await renderRecordingErrors(
      html`<ldn-side-effect-list selected="nausea, itching, headache"></ldn-side-effect-list>`,
    );
    expect(alertText(el)).to.contain('selected').and.contain('itching').and.contain('vivid-dreams');
    expect(discussNames(el)).to.deep.equal(['Nausea', 'Headache']);
    expect(el.selectedIds).to.deep.equal(['nausea', 'headache']);
    expect(checkbox(el, 'nausea').checked).to.be.true;
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('selected');
    expect(errors[0]!.detail.issues.map((i) => i.path)).to.deep.equal([['selected', 1]]);
    await expect(el).to.be.accessible();
  });

  it('keeps unknown ids a page gave while a person marks more, and reports only known ids', async () => {
    const { el, errors } = await renderRecordingErrors(
      html`<ldn-side-effect-list selected="itching"></ldn-side-effect-list>`,
    );
    const toggles: CustomEvent[] = [];
    el.addEventListener('ldn-side-effect-toggle', (e) => toggles.push(e));
    checkbox(el, 'dry-mouth').click();
    await el.updateComplete;
    expect(el.selected).to.deep.equal(['itching', 'dry-mouth']);
    expect(toggles[0]!.detail).to.deep.equal({ id: 'dry-mouth', selected: true, selectedIds: ['dry-mouth'] });
    expect(alertText(el)).to.contain('itching');
    expect(errors, 'the same problem is not announced again').to.have.length(1);
  });

  it('explains a selected property that is not a list of ids', async () => {
    const { el, errors } = await renderRecordingErrors(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    el.selected = 42 as unknown as string[];
    await el.updateComplete;
    expect(alertText(el)).to.contain('selected').and.contain('42');
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['selected']);
    el.selected = 'nausea' as unknown as string[];
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]'), 'a comma-separated string is read like the attribute').to.be.null;
    expect(discussNames(el)).to.deep.equal(['Nausea']);
  });

  it('explains a bad heading-level, falls back to level 2 and fires ldn-error', async () => {
    const { el, errors } = await renderRecordingErrors(
      html`<ldn-side-effect-list heading-level="9"></ldn-side-effect-list>`,
    );
    expect(alertText(el)).to.contain('heading-level').and.contain('9');
    expect(root(el).querySelector('h2.heading')).to.exist;
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['heading-level']);
    expect(commonIds(el)).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('reports every bad attribute at once, in Spanish when the page is Spanish', async () => {
    const { el, errors } = await renderRecordingErrors(
      html`<ldn-side-effect-list
        lang="es"
        heading-level="abc"
        category="SLEEP"
        theme="neon"
        selected="x"
      ></ldn-side-effect-list>`,
    );
    const text = alertText(el);
    for (const attribute of ['heading-level', 'category', 'theme', 'selected']) expect(text).to.contain(attribute);
    expect(text).to.contain('No se pudieron usar algunos ajustes').and.contain('u "other"');
    expect(errors.map((e) => e.detail.source).sort()).to.deep.equal(['category', 'heading-level', 'selected', 'theme']);
    await expect(el).to.be.accessible();
  });

  it('shows "could not check", never an empty list, when a portal gives an invalid knowledge base', async () => {
    const { el, errors } = await renderRecordingErrors(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    const broken = structuredClone(builtInKnowledgeBase);
    broken.sideEffects[0]!.category = 'skin' as never;
    el.knowledgeBase = broken;
    await el.updateComplete;
    expect(root(el).querySelector('[data-state="could-not-check"]')).to.exist;
    expect(root(el).querySelector('li.effect')).to.be.null;
    expect(el.selectedIds, 'the getter does not throw either').to.deep.equal([]);
    expect(errors.at(-1)!.detail.source).to.equal('knowledgeBase');
    await expect(el).to.be.accessible();
  });

  it("uses a portal's valid knowledge base", async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    const portal = structuredClone(builtInKnowledgeBase);
    portal.sideEffects = portal.sideEffects.filter((e) => e.id !== 'dry-mouth');
    el.knowledgeBase = portal;
    await el.updateComplete;
    expect(commonIds(el)).to.have.length(6);
    expect(commonIds(el)).not.to.include('dry-mouth');
  });

  it('never throws into the page when attributes change to bad values', async () => {
    const el = await fixture<LdnSideEffectList>(html`<ldn-side-effect-list></ldn-side-effect-list>`);
    for (const [name, value] of [
      ['category', ''],
      ['category', 'all,sleep'],
      ['selected', ',,,'],
      ['selected', '<img src=x onerror=alert(1)>'],
      ['heading-level', '-1'],
    ] as const) {
      el.setAttribute(name, value);
      await el.updateComplete;
      expect(root(el).querySelector('.heading'), `${name}="${value}"`).to.exist;
      expect(root(el).querySelector('img'), 'text only, never markup').to.be.null;
    }
  });
});
