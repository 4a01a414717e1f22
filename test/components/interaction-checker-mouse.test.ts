import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/interaction-checker/define.js';
import type { LdnInteractionChecker } from '../../src/components/interaction-checker/define.js';
import '../helpers/lit-warnings.js';

const root = (el: LdnInteractionChecker) => el.shadowRoot!;
const input = (el: LdnInteractionChecker) => root(el).querySelector<HTMLInputElement>('[role="combobox"]')!;
const options = (el: LdnInteractionChecker) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const chips = (el: LdnInteractionChecker) =>
  [...root(el).querySelectorAll('.chip .chip-text')].map((chip) => chip.textContent!.trim());
const severities = (el: LdnInteractionChecker) =>
  [...root(el).querySelectorAll<HTMLElement>('li.finding')].map((li) => li.dataset.severity);

/** A real mouse click (pointerdown, mousedown, focus changes, click) at the middle of `target`. */
async function click(el: LdnInteractionChecker, target: Element): Promise<void> {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await el.updateComplete;
}

async function checker(): Promise<LdnInteractionChecker> {
  return fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
}

describe('<ldn-interaction-checker>: mouse', () => {
  afterEach(() => resetMouse());

  it('adds a suggestion on click; the list does not close before the click lands', async () => {
    const el = await checker();
    await click(el, input(el));
    // "hysing" alone now suggests "Hysingla", the name without its ER suffix (issue #16).
    await sendKeys({ type: 'hysingla er' });
    await el.updateComplete;
    const option = options(el).find((o) => o.textContent!.includes('Hysingla ER'))!;
    expect(option).to.exist;
    await click(el, option);
    expect(chips(el)).to.deep.equal(['Hysingla ER']);
    expect(severities(el)).to.deep.equal(['avoid']);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).activeElement).to.equal(input(el));
  });

  it('closes the list when the person clicks elsewhere', async () => {
    const el = await checker();
    await click(el, input(el));
    await sendKeys({ type: 'avon' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await click(el, root(el).querySelector('.heading')!);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(chips(el)).to.deep.equal([]);
  });

  it('adds typed text with the Add button and removes a chip with its button', async () => {
    const el = await checker();
    await click(el, input(el));
    await sendKeys({ type: 'Betaseron' });
    await click(el, root(el).querySelector('.add-button')!);
    await sendKeys({ type: 'my own tea' });
    await click(el, root(el).querySelector('.add-button')!);
    expect(chips(el)).to.deep.equal(['Betaseron', 'my own tea']);
    expect(severities(el)).to.deep.equal(['caution', 'unknown']);
    expect(root(el).activeElement, 'focus returns to the field after Add').to.equal(input(el));
    await click(el, root(el).querySelector('[aria-label="Remove Betaseron"]')!);
    expect(chips(el)).to.deep.equal(['my own tea']);
    expect(root(el).activeElement!.getAttribute('aria-label')).to.equal('Remove my own tea');
  });

  it('toggles a condition by clicking its label', async () => {
    const el = await checker();
    const changes: string[][] = [];
    el.addEventListener('ldn-interactions-change', (e) => changes.push(e.detail.findings.map((f) => f.severity)));
    await click(el, root(el).querySelector('label[for="condition-pregnancy"]')!);
    expect(el.conditions).to.deep.equal(['pregnancy']);
    expect(severities(el)).to.deep.equal(['caution']);
    await click(el, root(el).querySelector('label[for="condition-pregnancy"]')!);
    expect(el.conditions).to.deep.equal([]);
    expect(severities(el)).to.deep.equal([]);
    expect(changes).to.deep.equal([['caution'], []]);
  });
});
