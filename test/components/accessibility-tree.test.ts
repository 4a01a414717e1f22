import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import '../../src/index.js';
import '../helpers/lit-warnings.js';

/** A node of the browser's accessibility tree, as the a11y-snapshot command returns it. */
interface AxNode {
  role: string;
  name: string;
  /** Chromium reports tristate values as text: 'true', 'false' or 'mixed'. */
  checked?: boolean | string;
  level?: number;
  children?: AxNode[];
}

async function tree(selector: string): Promise<AxNode & { children: AxNode[] }> {
  return (await a11ySnapshot({ selector })) as unknown as AxNode & { children: AxNode[] };
}

const all = (root: AxNode, test: (node: AxNode) => boolean): AxNode[] => [
  ...(test(root) ? [root] : []),
  ...(root.children ?? []).flatMap((child) => all(child, test)),
];

/**
 * What a screen reader gets from the main controls of the dose card and the side-effect list
 * (the checker's combobox has its own tests): roles, names, states and heading levels, read from
 * Chromium's accessibility tree rather than from the DOM.
 */
describe('accessibility tree of the main controls', () => {
  it('dose card: heading at heading-level, a named table region, a named calendar link', async () => {
    await fixture(
      html`<ldn-dose-card
        id="card"
        heading-level="3"
        start-date="2026-03-01"
        step-dose="1.5"
        step-days="14"
      ></ldn-dose-card>`,
    );
    const snapshot = await tree('#card');
    const heading = findAccessibilityNode<AxNode>(snapshot, (n) => n.role === 'heading' && n.level === 3);
    expect(heading?.name, JSON.stringify(snapshot).slice(0, 400)).to.be.a('string').and.not.empty;
    const table = findAccessibilityNode<AxNode>(snapshot, (n) => n.role === 'table');
    expect(table?.name).to.contain('Schedule');
    const link = findAccessibilityNode<AxNode>(snapshot, (n) => n.role === 'link' && /calendar/i.test(n.name));
    expect(link, 'calendar link').to.exist;
    const subheadings = all(snapshot, (n) => n.role === 'heading' && n.level === 4);
    expect(subheadings.length, 'section headings one level below').to.be.greaterThan(2);
  });

  it('side-effect list: a named radio group with the checked filter, named "I have this" checkboxes', async () => {
    await fixture(
      html`<ldn-side-effect-list id="list" category="sleep" selected="vivid-dreams"></ldn-side-effect-list>`,
    );
    const snapshot = await tree('#list');
    const radios = all(snapshot, (n) => n.role === 'radio');
    expect(radios.map((r) => r.name)).to.deep.equal(['All', 'Sleep', 'Stomach and bowel', 'Other']);
    expect(radios.filter((r) => String(r.checked) === 'true').map((r) => r.name)).to.deep.equal(['Sleep']);
    const boxes = all(snapshot, (n) => n.role === 'checkbox');
    expect(boxes.length).to.be.greaterThan(1);
    for (const box of boxes) expect(box.name).to.match(/^I have this: /);
    expect(String(boxes.find((b) => b.name === 'I have this: Vivid dreams')?.checked)).to.equal('true');
    expect(boxes.filter((b) => String(b.checked) === 'true')).to.have.length(1);
  });

  it('every element: the heading follows heading-level, and the disclaimer is reachable text', async () => {
    for (const tag of ['ldn-dose-card', 'ldn-interaction-checker', 'ldn-side-effect-list']) {
      const host = await fixture(html`<div></div>`);
      const el = document.createElement(tag);
      el.id = 'probe';
      el.setAttribute('heading-level', '5');
      host.append(el);
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const snapshot = await tree('#probe');
      expect(
        all(snapshot, (n) => n.role === 'heading' && n.level === 5),
        tag,
      ).to.have.length(1);
      expect(JSON.stringify(snapshot), tag).to.contain('not a substitute');
    }
  });
});
