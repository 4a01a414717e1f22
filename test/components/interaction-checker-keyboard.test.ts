import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../../src/components/interaction-checker/define.js';
import type { LdnInteractionChecker } from '../../src/components/interaction-checker/define.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import { recordEvents } from '../helpers/events.js';
import '../helpers/lit-warnings.js';

const root = (el: LdnInteractionChecker) => el.shadowRoot!;
const input = (el: LdnInteractionChecker) => root(el).querySelector<HTMLInputElement>('[role="combobox"]')!;
const listbox = (el: LdnInteractionChecker) => root(el).querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: LdnInteractionChecker) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const optionTexts = (el: LdnInteractionChecker) => options(el).map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
const activeOption = (el: LdnInteractionChecker) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? root(el).getElementById(id) : null;
};
const chips = (el: LdnInteractionChecker) =>
  [...root(el).querySelectorAll('.chip .chip-text')].map((chip) => chip.textContent!.trim());
const severities = (el: LdnInteractionChecker) =>
  [...root(el).querySelectorAll<HTMLElement>('li.finding')].map((li) => li.dataset.severity);
const announcement = (el: LdnInteractionChecker) => root(el).querySelector('[data-announcer]')!.textContent!.trim();
/** The focused element, looking inside the checker's shadow root. */
const focused = (el: LdnInteractionChecker) => root(el).activeElement;

async function checker(): Promise<LdnInteractionChecker> {
  const el = await fixture<LdnInteractionChecker>(
    html`<ldn-interaction-checker id="checker"></ldn-interaction-checker>`,
  );
  input(el).focus();
  return el;
}

async function press(el: LdnInteractionChecker, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function type(el: LdnInteractionChecker, text: string): Promise<void> {
  await sendKeys({ type: text });
  await el.updateComplete;
}

interface AxNode {
  role: string;
  name: string;
  expanded?: boolean;
  selected?: boolean;
  focused?: boolean;
  controls?: string;
  activedescendant?: string;
  autocomplete?: string;
  children?: AxNode[];
}

describe('<ldn-interaction-checker>: combobox keyboard', () => {
  it('follows the ARIA 1.2 combobox pattern, ids in one shadow root', async () => {
    const el = await checker();
    const field = input(el);
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(root(el).getElementById(field.getAttribute('aria-controls')!)).to.equal(listbox(el));
    expect(root(el).querySelector(`label[for="${field.id}"]`)!.textContent).to.equal('Add a medicine');
    expect(field.hasAttribute('aria-activedescendant')).to.be.false;
    expect(listbox(el).hidden).to.be.true;
    await type(el, 'vic');
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(listbox(el).hidden).to.be.false;
    expect(optionTexts(el)[0]).to.equal('Vicodin — hydrocodone and acetaminophen');
    expect(options(el)[0]!.querySelector('mark')!.textContent).to.equal('Vic');
    expect(options(el).every((o) => o.getAttribute('aria-selected') === 'false')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('moves through suggestions with ArrowDown, ArrowUp, Home and End (wrapping)', async () => {
    const el = await checker();
    await type(el, 'oxy');
    const count = options(el).length;
    expect(count).to.be.greaterThan(2).and.at.most(8);
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(options(el)[0]);
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'ArrowDown');
    expect(activeOption(el)).to.equal(options(el)[1]);
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('false');
    await press(el, 'ArrowUp');
    expect(activeOption(el)).to.equal(options(el)[0]);
    await press(el, 'ArrowUp');
    expect(activeOption(el), 'wraps to the last').to.equal(options(el)[count - 1]);
    await press(el, 'ArrowDown');
    expect(activeOption(el), 'wraps to the first').to.equal(options(el)[0]);
    await press(el, 'End');
    expect(activeOption(el)).to.equal(options(el)[count - 1]);
    await press(el, 'Home');
    expect(activeOption(el)).to.equal(options(el)[0]);
    expect(focused(el)).to.equal(input(el));
    await expect(el).to.be.accessible();
  });

  it('adds the active suggestion with Enter, clears the field and keeps focus', async () => {
    const el = await checker();
    const changes = recordEvents(el, 'ldn-interactions-change');
    await type(el, 'percoc');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(chips(el)).to.deep.equal(['Percocet']);
    expect(severities(el)).to.deep.equal(['avoid']);
    expect(input(el).value).to.equal('');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(input(el));
    expect(announcement(el)).to.equal('Percocet added.');
    expect(changes).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('adds typed text that matches no suggestion as unrecognised, with the unknown finding', async () => {
    const el = await checker();
    await type(el, 'zzzz');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('#medication-hint')!.textContent).to.contain('Press Enter');
    expect(input(el).getAttribute('aria-describedby')).to.contain('medication-hint');
    await press(el, 'Enter');
    expect(chips(el)).to.deep.equal(['zzzz']);
    expect(root(el).querySelector('.chip')!.textContent).to.contain('not recognised');
    expect(severities(el)).to.deep.equal(['unknown']);
    expect(root(el).querySelector('li.finding')!.textContent).to.contain("not in this checker's list");
    expect(announcement(el)).to.contain('not checked');
    await expect(el).to.be.accessible();
  });

  it('checks a typed exact name even without choosing the suggestion', async () => {
    const el = await checker();
    await type(el, 'plegridy');
    await press(el, 'Enter');
    expect(chips(el)).to.deep.equal(['plegridy']);
    expect(root(el).querySelector('.chip')!.getAttribute('data-recognised')).to.equal('true');
    expect(severities(el)).to.deep.equal(['caution']);
    expect(announcement(el)).to.equal('plegridy added.');
  });

  it('closes the list with Escape, then clears the field with a second Escape', async () => {
    const el = await checker();
    await type(el, 'avon');
    await press(el, 'ArrowDown');
    await press(el, 'Escape');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.be.false;
    expect(input(el).value).to.equal('avon');
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-expanded'), 'ArrowDown reopens').to.equal('true');
    await press(el, 'Escape');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(chips(el)).to.deep.equal([]);
  });

  it('opens on ArrowUp at the last suggestion, and Tab closes the list', async () => {
    const el = await checker();
    await type(el, 'oxy');
    await press(el, 'Escape');
    await press(el, 'ArrowUp');
    expect(activeOption(el)).to.equal(options(el)[options(el).length - 1]);
    await press(el, 'Tab');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(chips(el)).to.deep.equal([]);
  });

  it('removes the last medicine with Backspace in the empty field', async () => {
    const el = await checker();
    el.medications = ['Avonex', 'Glatopa'];
    await el.updateComplete;
    await type(el, 'a');
    await press(el, 'Backspace');
    expect(chips(el), 'the first Backspace only deletes the letter').to.deep.equal(['Avonex', 'Glatopa']);
    await press(el, 'Backspace');
    expect(chips(el)).to.deep.equal(['Avonex']);
    expect(announcement(el)).to.equal('Glatopa removed.');
    expect(focused(el)).to.equal(input(el));
  });

  it('does not add a medicine twice, and says so', async () => {
    const el = await checker();
    el.medications = ['Vicodin'];
    await el.updateComplete;
    await type(el, 'vicodin');
    await press(el, 'Enter');
    expect(chips(el)).to.deep.equal(['Vicodin']);
    expect(announcement(el)).to.equal('vicodin is already on your list.');
    await type(el, 'hydrocodone and acetaminophen');
    await press(el, 'Enter');
    expect(chips(el), 'another name of the same medicine').to.deep.equal(['Vicodin']);
    await type(el, 'vicod');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(chips(el)).to.deep.equal(['Vicodin']);
    expect(announcement(el)).to.contain('Vicodin is already on your list.');
  });

  it('renders markup typed into the field as text', async () => {
    const el = await checker();
    await type(el, '<img src=x onerror=alert(1)><b>x</b>');
    await press(el, 'Enter');
    expect(chips(el)).to.deep.equal(['<img src=x onerror=alert(1)><b>x</b>']);
    expect(root(el).querySelector('img, b')).to.be.null;
    expect(severities(el)).to.deep.equal(['unknown']);
  });

  it('does the whole task by keyboard alone: medicines, a condition, removal', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const el = await fixture<LdnInteractionChecker>(html`<ldn-interaction-checker></ldn-interaction-checker>`);
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'Tab reaches the field first').to.equal(input(el));
    await type(el, 'ultr');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await type(el, 'glati');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(chips(el)).to.have.length(2);
    expect(chips(el)[0]).to.equal('Ultram');
    // Tab: Add button, first remove button, second remove button, then the first checkbox.
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Remove Ultram');
    await press(el, 'Tab');
    await press(el, 'Tab');
    expect((focused(el) as HTMLInputElement).value).to.equal('liver-disease');
    await press(el, 'Space');
    expect(severities(el)).to.deep.equal(['avoid', 'avoid', 'compatible']);
    await press(el, 'Shift+Tab');
    await press(el, 'Shift+Tab');
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Remove Ultram');
    await press(el, 'Enter');
    expect(chips(el)).to.have.length(1);
    expect(focused(el)!.getAttribute('aria-label'), 'focus moves to the next chip').to.match(/^Remove glati/i);
    await press(el, 'Enter');
    expect(chips(el)).to.deep.equal([]);
    expect(focused(el), 'then back to the field').to.equal(input(el));
    expect(severities(el)).to.deep.equal(['avoid']);
    before.remove();
    await expect(el).to.be.accessible();
  });
});

describe('<ldn-interaction-checker>: accessibility tree', () => {
  it('exposes a named, expanded combobox controlling a listbox with the active option selected', async () => {
    const el = await checker();
    await type(el, 'vicod');
    await press(el, 'ArrowDown');
    const snapshot = (await a11ySnapshot({ selector: '#checker' })) as unknown as AxNode;
    const combobox = findAccessibilityNode<AxNode>(
      snapshot as AxNode & { children: AxNode[] },
      (n) => n.role === 'combobox',
    );
    expect(combobox, JSON.stringify(snapshot)).to.exist;
    expect(combobox!.name).to.equal('Add a medicine');
    expect(combobox!.expanded).to.be.true;
    expect(combobox!.focused).to.be.true;
    expect(combobox!.controls).to.equal('medication-listbox');
    expect(combobox!.activedescendant).to.equal('medication-option-0');
    const list = findAccessibilityNode<AxNode>(
      snapshot as AxNode & { children: AxNode[] },
      (n) => n.role === 'listbox',
    );
    expect(list!.name).to.equal('Suggestions');
    const first = list!.children!.find((n) => n.role === 'option')!;
    expect(first.name).to.equal('Vicodin — hydrocodone and acetaminophen');
    expect(first.selected).to.be.true;

    await press(el, 'Enter');
    const after = (await a11ySnapshot({ selector: '#checker' })) as unknown as AxNode;
    const closed = findAccessibilityNode<AxNode>(
      after as AxNode & { children: AxNode[] },
      (n) => n.role === 'combobox',
    );
    expect(closed!.expanded).to.be.false;
    expect(findAccessibilityNode<AxNode>(after as AxNode & { children: AxNode[] }, (n) => n.role === 'listbox')).to.be
      .null;
    const remove = findAccessibilityNode<AxNode>(
      after as AxNode & { children: AxNode[] },
      (n) => n.role === 'button' && n.name === 'Remove Vicodin',
    );
    expect(remove).to.exist;
    const status = findAccessibilityNode<AxNode>(
      after as AxNode & { children: AxNode[] },
      (n) => n.role === 'status' && n.name === '' && JSON.stringify(n).includes('1 to avoid'),
    );
    expect(status, JSON.stringify(after)).to.exist;
  });
});

describe('<ldn-interaction-checker> keyboard state when the page sets an unusable knowledge base', function () {
  this.timeout(60_000);

  // Each of these fails validation: the check cannot run, but the form the person is using stays.
  const UNUSABLE: Record<string, () => unknown> = {
    'not a knowledge base': () => ({ bogus: true }),
    'a broken medication': () => ({ ...builtInKnowledgeBase, medications: [{ id: 'broken' }] }),
    'a number': () => 42,
    'a list': () => ['Vicodin'],
  };

  for (const [kind, unusable] of Object.entries(UNUSABLE)) {
    it(`keeps the typed text, the active option, focus, chips and conditions (${kind}), and checks again once fixed`, async () => {
      const el = await checker();
      el.medications = ['Avonex'];
      el.conditions = ['pregnancy'];
      await el.updateComplete;
      await type(el, 'vic');
      await press(el, 'ArrowDown');
      const active = activeOption(el)?.textContent;
      expect(active).to.contain('Vicodin');
      const errors = recordEvents<{ source: string }>(el, 'ldn-error');

      el.knowledgeBase = unusable() as never;
      await el.updateComplete;
      expect(errors.map((e) => e.detail.source)).to.deep.equal(['knowledgeBase']);
      expect(root(el).querySelector('[data-state="could-not-check"]'), 'fails closed').to.exist;
      expect(severities(el)).to.deep.equal([]);
      expect(el.findings).to.equal(null);
      expect(input(el), 'the field stays').to.exist;
      expect(focused(el), 'focus stays in the field').to.equal(input(el));
      expect(input(el).value).to.equal('vic');
      expect(activeOption(el)?.textContent).to.equal(active);
      expect(chips(el)).to.deep.equal(['Avonex']);
      expect(root(el).querySelector<HTMLInputElement>('input[value="pregnancy"]')!.checked).to.be.true;
      await expect(el).to.be.accessible();

      el.knowledgeBase = undefined;
      await el.updateComplete;
      expect(focused(el)).to.equal(input(el));
      await press(el, 'Enter');
      expect(chips(el)).to.deep.equal(['Avonex', 'Vicodin']);
      expect(severities(el)).to.deep.equal(['avoid', 'caution', 'caution']);
    });
  }
});
