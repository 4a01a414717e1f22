import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Finding, Severity } from '../../src/core/schemas/index.js';
import '../../src/components/interaction-checker/define.js';
import type { LdnInteractionChecker } from '../../src/components/interaction-checker/define.js';
import { nextEvent, recordEvents } from '../helpers/events.js';
import { addMedicine } from '../helpers/person.js';
import '../helpers/lit-warnings.js';

const root = (el: LdnInteractionChecker) => el.shadowRoot!;
const items = (el: LdnInteractionChecker) => [...root(el).querySelectorAll<HTMLLIElement>('li.finding')];
const severities = (el: LdnInteractionChecker) => items(el).map((li) => li.dataset.severity);
const summary = (el: LdnInteractionChecker) => root(el).querySelector('[role="status"].summary')!.textContent!.trim();
const chips = (el: LdnInteractionChecker) =>
  [...root(el).querySelectorAll('.chip .chip-text')].map((chip) => chip.textContent!.trim());
const ruleText = (ruleId: string) => builtInKnowledgeBase.interactionRules.find((r) => r.id === ruleId)!;

async function checker(
  markup = html`<ldn-interaction-checker></ldn-interaction-checker>`,
): Promise<LdnInteractionChecker> {
  const el = await fixture<LdnInteractionChecker>(markup);
  await el.updateComplete;
  return el;
}

/** Waits for the LanguageController's MutationObserver and the re-render it asks for. */
async function settle(el: LdnInteractionChecker): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('<ldn-interaction-checker>: empty state', () => {
  it('gives guidance, never "no interactions", and no findings', async () => {
    const el = await checker();
    expect(items(el)).to.have.length(0);
    expect(summary(el)).to.contain('Add the medicines you take');
    expect(root(el).textContent!.toLowerCase()).not.to.match(/no (known )?interactions?( found)?/);
    expect(root(el).querySelector('[data-severity]')).to.be.null;
    expect(el.findings).to.deep.equal([]);
    expect(root(el).querySelector('.disclaimer')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<ldn-interaction-checker>: findings', () => {
  // The article's examples and other members of the same classes (I1–I3), brand and generic.
  const cases: [string, Severity, string][] = [
    ['OxyContin', 'avoid', 'i3-opioids'],
    ['Vicodin', 'avoid', 'i3-opioids'],
    ['Ultram', 'avoid', 'i3-opioids'],
    ['Percocet', 'avoid', 'i3-opioids'],
    ['Hysingla ER', 'avoid', 'i3-opioids'],
    ['Tylenol with Codeine', 'avoid', 'i3-opioids'],
    ['tramadol', 'avoid', 'i3-opioids'],
    ['Avonex', 'caution', 'i1-interferon-beta'],
    ['Betaseron', 'caution', 'i1-interferon-beta'],
    ['Plegridy', 'caution', 'i1-interferon-beta'],
    ['Extavia', 'caution', 'i1-interferon-beta'],
    ['interferon beta-1a', 'caution', 'i1-interferon-beta'],
    ['Copaxone', 'compatible', 'i2-glatiramer'],
    ['Glatopa', 'compatible', 'i2-glatiramer'],
  ];
  const labels: Record<Severity, string> = {
    avoid: 'Avoid',
    caution: 'Use caution — talk to your provider',
    unknown: 'Unknown — not checked',
    compatible: 'No known conflict',
  };

  for (const [name, severity, ruleId] of cases) {
    it(`${name} → ${severity}, with icon, label, explanation, what to do and source`, async () => {
      const el = await checker(html`<ldn-interaction-checker medications=${name}></ldn-interaction-checker>`);
      const [item, ...rest] = items(el);
      expect(rest).to.have.length(0);
      expect(item!.dataset.severity).to.equal(severity);
      expect(item!.querySelector('.severity-label')!.textContent!.trim()).to.equal(labels[severity]);
      expect(item!.querySelector('svg.severity-icon')!.getAttribute('aria-hidden')).to.equal('true');
      expect(item!.querySelector('.finding-name')!.textContent).to.contain(name);
      const rule = ruleText(ruleId);
      expect(item!.querySelector('.finding-explanation')!.textContent).to.equal(rule.explanation.en);
      expect(item!.querySelector('.finding-what-to-do')!.textContent).to.contain(rule.whatToDo.en);
      expect(item!.querySelector('.finding-explanation')!.getAttribute('data-facts')).to.equal(rule.factIds.join(' '));
      // Every source of the finding sits behind one "Sources" disclosure; the article is among them.
      const disclosure = item!.querySelector('details[part="sources"]')!;
      expect(disclosure.querySelector('summary')!.textContent).to.equal('Sources');
      expect(disclosure.textContent).to.contain('Verywell Health');
      expect(el.findings![0]!.ruleId).to.equal(ruleId);
    });
  }

  it('shows every severity, ordered avoid → caution → unknown → compatible, with a summary line', async () => {
    const el = await checker(
      html`<ldn-interaction-checker
        medications="Glatopa, zzzz, Plegridy, Percocet, OxyContin"
      ></ldn-interaction-checker>`,
    );
    expect(severities(el)).to.deep.equal(['avoid', 'avoid', 'caution', 'unknown', 'compatible']);
    expect(summary(el)).to.equal(
      '2 to avoid, 1 to discuss with your provider, 1 not checked, ask your pharmacist, 1 with no known conflict',
    );
    expect(root(el).querySelector('.summary')!.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
  });

  it('marks a medicine it does not know as unknown, never as safe, and flags its chip', async () => {
    const el = await checker(html`<ldn-interaction-checker medications="zzzz"></ldn-interaction-checker>`);
    expect(severities(el)).to.deep.equal(['unknown']);
    expect(items(el)[0]!.textContent).to.contain("not in this checker's list").and.contain('ask your pharmacist');
    expect(items(el)[0]!.textContent).not.to.contain('No known conflict');
    const chip = root(el).querySelector('.chip')!;
    expect(chip.getAttribute('data-recognised')).to.equal('false');
    expect(chip.textContent).to.contain('not recognised');
    expect(summary(el)).to.equal('1 not checked, ask your pharmacist');
    await expect(el).to.be.accessible();
  });

  it('checks conditions: liver disease → avoid, pregnancy and breastfeeding → caution', async () => {
    const el = await checker(
      html`<ldn-interaction-checker conditions="pregnancy, liver-disease, breastfeeding"></ldn-interaction-checker>`,
    );
    expect(severities(el)).to.deep.equal(['avoid', 'caution', 'caution']);
    expect(items(el)[0]!.querySelector('.finding-name')!.textContent).to.equal('Liver disease');
    expect(items(el)[0]!.querySelector('.finding-explanation')!.textContent).to.equal(
      ruleText('i4-liver-disease').explanation.en,
    );
    const boxes = [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => [b.value, b.checked])).to.deep.equal([
      ['liver-disease', true],
      ['pregnancy', true],
      ['breastfeeding', true],
    ]);
    // Conditions alone: still asks for the medicines, never suggests nothing else matters.
    expect(summary(el)).to.contain('2 to discuss with your provider').and.contain('Add the medicines you take too');
    await expect(el).to.be.accessible();
  });

  it('labels each condition checkbox visibly, liver disease including hepatitis and cirrhosis', async () => {
    const el = await checker();
    const label = root(el).querySelector('label[for="condition-liver-disease"]')!;
    expect(label.textContent).to.contain('hepatitis').and.contain('cirrhosis');
    expect(root(el).querySelector('fieldset legend')!.textContent).to.contain('apply to you');
  });

  it('renders markup in a medicine name as text, never as HTML', async () => {
    const markup = '<img src=x onerror="window.__ldnPwned = true"><b>bold</b>';
    const el = await checker();
    el.medications = [markup];
    await el.updateComplete;
    expect(root(el).querySelector('img, b')).to.be.null;
    expect(chips(el)).to.deep.equal([markup]);
    expect(items(el)[0]!.querySelector('.finding-name')!.textContent).to.equal(markup);
    expect((window as unknown as { __ldnPwned?: boolean }).__ldnPwned).to.be.undefined;
  });

  it('handles a long list', async () => {
    const names = ['OxyContin', 'Avonex', 'Copaxone', 'Ultram', 'Betaseron', 'Rebif', 'Norco', 'Plegridy'];
    const unknown = Array.from({ length: 22 }, (_, i) => `unlisted medicine ${i + 1}`);
    const el = await checker();
    el.medications = [...names, ...unknown];
    el.conditions = ['liver-disease', 'pregnancy', 'breastfeeding'];
    await el.updateComplete;
    // Avonex and Rebif are both interferon beta-1a: one finding for the two chips.
    expect(items(el)).to.have.length(32);
    expect(chips(el)).to.have.length(30);
    expect(summary(el)).to.equal(
      '4 to avoid, 5 to discuss with your provider, 22 not checked, ask your pharmacist, 1 with no known conflict',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<ldn-interaction-checker>: attributes and properties', () => {
  it('reads comma-separated attributes into array properties', async () => {
    const el = await checker(
      html`<ldn-interaction-checker
        medications=" Avonex , ,Percocet"
        conditions="pregnancy"
      ></ldn-interaction-checker>`,
    );
    expect(el.medications).to.deep.equal(['Avonex', 'Percocet']);
    expect(el.conditions).to.deep.equal(['pregnancy']);
    expect(chips(el)).to.deep.equal(['Avonex', 'Percocet']);
    expect(severities(el)).to.deep.equal(['avoid', 'caution', 'caution']);
  });

  it('sets the list from the properties, and again when the attribute changes', async () => {
    const el = await checker();
    el.medications = ['Glatopa'];
    el.conditions = ['liver-disease'];
    await el.updateComplete;
    expect(severities(el)).to.deep.equal(['avoid', 'compatible']);
    expect(el.findings!.map((f) => f.severity)).to.deep.equal(['avoid', 'compatible']);
    el.setAttribute('medications', 'Plegridy');
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['Plegridy']);
    expect(severities(el)).to.deep.equal(['avoid', 'caution']);
  });

  it('keeps the list when an equal array is set again (frameworks re-render)', async () => {
    const el = await checker();
    const changes = recordEvents(el, 'ldn-interactions-change');
    el.medications = ['Avonex'];
    await el.updateComplete;
    el.medications = ['Avonex'];
    await el.updateComplete;
    expect(changes).to.have.length(1);
  });

  it('reports unknown condition ids, keeping the valid ones', async () => {
    const host = document.createElement('div');
    const errors = recordEvents<{ source: string; issues: { path: unknown[] }[] }>(host, 'ldn-error');
    host.innerHTML = '<ldn-interaction-checker conditions="liver-disease, kidney"></ldn-interaction-checker>';
    document.body.append(host);
    const el = host.querySelector('ldn-interaction-checker')!;
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('conditions').and.contain('kidney');
    expect(alert.textContent).to.contain('"liver-disease", "pregnancy", or "breastfeeding"');
    expect(severities(el)).to.deep.equal(['avoid']);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('conditions');
    expect(errors[0]!.detail.issues[0]!.path).to.deep.equal(['conditions', 1]);
    await expect(el).to.be.accessible();
    host.remove();
  });

  it('reports a medications property that is not a list of names', async () => {
    const el = await checker();
    const error = nextEvent<{ source: string }>(el, 'ldn-error');
    el.medications = [42] as unknown as string[];
    await el.updateComplete;
    expect((await error).detail.source).to.equal('medications');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('medications');
    expect(items(el)).to.have.length(0);
  });

  it('reports a bad heading-level and still works', async () => {
    const el = await checker(
      html`<ldn-interaction-checker heading-level="9" medications="Avonex"></ldn-interaction-checker>`,
    );
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('heading-level');
    expect(root(el).querySelector('h2.heading')).to.exist;
    expect(severities(el)).to.deep.equal(['caution']);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(root(el).querySelector('h4.heading')).to.exist;
    expect(root(el).querySelector('h5#results-heading')).to.exist;
  });
});

describe('<ldn-interaction-checker>: events', () => {
  it('fires ldn-interactions-change with the findings when they change, not on every render', async () => {
    const el = await checker();
    const changes = recordEvents<{ findings: Finding[] }>(document.body, 'ldn-interactions-change');
    el.medications = ['Percocet'];
    await el.updateComplete;
    expect(changes).to.have.length(1);
    expect(changes[0]!.bubbles && changes[0]!.composed).to.be.true;
    expect(changes[0]!.detail.findings.map((f) => f.severity)).to.deep.equal(['avoid']);
    el.setAttribute('lang', 'es');
    await settle(el);
    el.headingLevel = 3;
    await el.updateComplete;
    expect(changes, 'same findings: no event').to.have.length(1);
    el.conditions = ['pregnancy'];
    await el.updateComplete;
    expect(changes).to.have.length(2);
    expect(changes[1]!.detail.findings.map((f) => f.severity)).to.deep.equal(['avoid', 'caution']);
    el.medications = [];
    el.conditions = [];
    await el.updateComplete;
    expect(changes).to.have.length(3);
    expect(changes[2]!.detail.findings).to.deep.equal([]);
  });
});

describe('<ldn-interaction-checker>: failing closed', () => {
  it('shows "could not check" and fires ldn-error when the check fails, keeping the entries', async () => {
    const el = await checker();
    // The page may set the most the core takes in one check (100 entries); the person adds one more.
    el.medications = ['Percocet', ...Array.from({ length: 99 }, (_, i) => `Medicine ${i}`)];
    await el.updateComplete;
    const errors = recordEvents<{ source: string }>(el, 'ldn-error');
    const changes = recordEvents(el, 'ldn-interactions-change');
    await addMedicine(el, 'Ultram');
    // The core refuses a 101st entry; the element must not show a shorter, reassuring list.
    expect(root(el).querySelector('[data-state="could-not-check"]')).to.exist;
    expect(items(el)).to.have.length(0);
    expect(chips(el)).to.have.length(101);
    expect(root(el).querySelector('[role="combobox"]')).to.exist;
    expect(errors.map((e) => e.detail.source)).to.deep.equal(['internal']);
    expect(changes).to.have.length(0);
    // Never an empty, reassuring list: null, a status that says so, and one warning card.
    expect(el.findings).to.equal(null);
    expect(el.status).to.equal('could-not-check');
    expect(el.cards.map((card) => card.indicator)).to.deep.equal(['warning']);
    await expect(el).to.be.accessible();
  });

  it('fails closed on an invalid portal knowledge base', async () => {
    const el = await checker(html`<ldn-interaction-checker medications="Avonex"></ldn-interaction-checker>`);
    const error = nextEvent<{ source: string }>(el, 'ldn-error');
    el.knowledgeBase = { ...builtInKnowledgeBase, interactionRules: [{ id: 'broken' }] } as never;
    await el.updateComplete;
    expect((await error).detail.source).to.equal('knowledgeBase');
    expect(root(el).querySelector('[data-state="could-not-check"]')).to.exist;
    expect(items(el)).to.have.length(0);
    expect(el.findings).to.equal(null);
    expect(el.status).to.equal('could-not-check');
    expect(el.cards).to.have.length(1);
    expect(el.cards[0]!.indicator).to.equal('warning');
    el.knowledgeBase = undefined;
    await el.updateComplete;
    expect(severities(el), 'the list was kept').to.deep.equal(['caution']);
  });

  it('gives one finding for two names of the same medicine and keeps both chips recognised', async () => {
    const el = await checker(
      html`<ldn-interaction-checker medications="Vicodin, hydrocodone and acetaminophen"></ldn-interaction-checker>`,
    );
    expect(severities(el)).to.deep.equal(['avoid']);
    expect([...root(el).querySelectorAll('.chip')].map((c) => c.getAttribute('data-recognised'))).to.deep.equal([
      'true',
      'true',
    ]);
  });
});

describe('<ldn-interaction-checker>: language and place in the page', () => {
  it('speaks Spanish: interface, severities, summary and clinical text', async () => {
    const el = await checker(
      html`<ldn-interaction-checker
        lang="es"
        medications="Percocet, zzzz"
        conditions="pregnancy"
      ></ldn-interaction-checker>`,
    );
    expect(root(el).querySelector('h2')!.textContent).to.equal('Revise sus medicamentos con la LDN');
    expect(root(el).querySelector('label[for="medication-input"]')!.textContent).to.equal('Agregar un medicamento');
    expect(items(el).map((li) => li.querySelector('.severity-label')!.textContent!.trim())).to.deep.equal([
      'Evitar',
      'Precaución — hable con su médico',
      'Desconocido — no comprobado',
    ]);
    expect(items(el)[1]!.querySelector('.finding-name')!.textContent).to.equal('Embarazo');
    expect(items(el)[0]!.querySelector('.finding-explanation')!.textContent).to.equal(
      ruleText('i3-opioids').explanation.es,
    );
    expect(summary(el)).to.equal(
      '1 que debe evitar; 1 para hablar con su médico; 1 sin comprobar: consulte a su farmacéutico',
    );
    expect(root(el).querySelector('.chip-flag')!.textContent).to.contain('no reconocido');
    expect(root(el).querySelector('.print-button')!.textContent!.trim()).to.equal('Imprimir esta lista para su médico');
    expect(root(el).querySelector('.chip-remove')!.getAttribute('aria-label')).to.equal('Quitar Percocet');
    await expect(el).to.be.accessible();
  });

  it('keeps the list and the typed text across a language change and a move in the page', async () => {
    const el = await checker(html`<ldn-interaction-checker medications="Avonex"></ldn-interaction-checker>`);
    el.medications = [...el.medications, 'zzzz'];
    el.conditions = ['pregnancy'];
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('#medication-input')!;
    input.value = 'Plegr';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;

    el.setAttribute('lang', 'es');
    await settle(el);
    expect(chips(el)).to.deep.equal(['Avonex', 'zzzz']);
    expect(severities(el)).to.deep.equal(['caution', 'caution', 'unknown']);

    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el); // disconnect + reconnect
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['Avonex', 'zzzz']);
    expect(el.conditions).to.deep.equal(['pregnancy']);
    expect(root(el).querySelector<HTMLInputElement>('#medication-input')!.value).to.equal('Plegr');
    expect(root(el).querySelector('h2')!.textContent).to.contain('Revise');
    elsewhere.remove();
  });
});

describe('<ldn-interaction-checker>: print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the list and findings without the entry controls', async () => {
    const el = await checker(html`<ldn-interaction-checker medications="Percocet, Avonex"></ldn-interaction-checker>`);
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      root(el).querySelector<HTMLButtonElement>('.print-button')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);

    await emulateMedia({ media: 'print' });
    const shown = (selector: string) => root(el).querySelector(selector)!.checkVisibility();
    expect(shown('.combobox')).to.be.false;
    expect(shown('.conditions')).to.be.false;
    expect(shown('.chip-remove')).to.be.false;
    expect(shown('.print-button')).to.be.false;
    expect(shown('.chips')).to.be.true;
    expect(shown('.findings')).to.be.true;
    expect(shown('.disclaimer')).to.be.true;
  });
});

describe('<ldn-interaction-checker>: reflow', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fits 320 CSS pixels at 200% text without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-size: 200%">
        <ldn-interaction-checker
          medications="Tylenol with Codeine, interferon beta-1a, an unusually long unlisted medicine name"
          conditions="liver-disease"
        ></ldn-interaction-checker>
      </div>`,
    );
    const el = wrapper.querySelector('ldn-interaction-checker')!;
    await el.updateComplete;
    const limit = el.getBoundingClientRect().right + 0.5;
    const overflowing = [...root(el).querySelectorAll('*')].filter(
      (node) => node.getBoundingClientRect().right > limit,
    );
    expect(overflowing.map((node) => node.className || node.tagName)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
