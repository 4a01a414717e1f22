/**
 * What the patient reads (issue #16): safe wording, complete facts, one attribution per element,
 * a sentence-to-fact trace in `data-facts`, no landmarks of the elements' own, and Spanish for a
 * US audience. Rendered in real Chromium; the rules are also checked over generated inputs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { findingDisplayName } from '../../src/core/finding-name.js';
import { findingProvenance } from '../../src/core/finding-sources.js';
import { checkInteractions } from '../../src/core/interactions.js';
import { builtInKnowledgeBase as kb } from '../../src/core/knowledge-base.js';
import { localizeGenericName } from '../../src/core/localized-name.js';
import { fold } from '../../src/core/search/normalize.js';
import { formatNumber } from '../../src/shared/format.js';
import type { Language } from '../../src/core/schemas/common.js';
import '../../src/index.js';
import type { LdnDoseCard } from '../../src/components/dose-card/define.js';
import type { LdnInteractionChecker } from '../../src/components/interaction-checker/define.js';
import type { LdnSideEffectList } from '../../src/components/side-effect-list/define.js';
import { runs } from '../core/properties/arbitraries.js';
import '../helpers/lit-warnings.js';

type Widget = LdnDoseCard | LdnInteractionChecker | LdnSideEffectList;

const textOf = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: LdnInteractionChecker) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.finding')];

async function mount<T extends Widget>(markup: ReturnType<typeof html>, lang: Language = 'en'): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${markup}</div>`);
  const el = wrapper.firstElementChild as T;
  await el.updateComplete;
  return el;
}

async function findingFor(name: string, lang: Language = 'en'): Promise<HTMLLIElement> {
  const el = await mount<LdnInteractionChecker>(
    html`<ldn-interaction-checker .medications=${[name]}></ldn-interaction-checker>`,
    lang,
  );
  const [item, ...rest] = items(el);
  expect(rest, name).to.have.length(0);
  return item!;
}

const OPIOID_NAMES = ['OxyContin', 'Suboxone', 'methadone', 'Methadose', 'buprenorphine', 'Sublocade', 'Lomotil'];

describe('issue #16: opioid findings never tell a person to stop an opioid on their own (I3, I6)', () => {
  for (const name of OPIOID_NAMES) {
    it(`${name}: do not start LDN, never stop an opioid on your own, talk with the prescriber`, async () => {
      const item = await findingFor(name);
      expect(item.dataset.severity).to.equal('avoid');
      const whatToDo = textOf(item.querySelector('.finding-what-to-do'));
      expect(whatToDo).to.contain('Do not start LDN while you take this medicine.');
      expect(whatToDo).to.contain('Never stop an opioid, methadone or buprenorphine on your own.');
      expect(whatToDo).to.contain('prescriber');
      expect(textOf(item)).not.to.contain('Do not take LDN with this medicine');
      expect(item.querySelector('.finding-what-to-do')!.getAttribute('data-facts')).to.equal('I3 I6');
    });
  }

  it('says the same in Spanish, with the one word for the provider', async () => {
    const item = await findingFor('Suboxone', 'es');
    const whatToDo = textOf(item.querySelector('.finding-what-to-do'));
    expect(whatToDo)
      .to.contain('No empiece la LDN')
      .and.contain('Nunca deje un opioide, la metadona o la buprenorfina');
    expect(whatToDo).to.contain('médico').and.not.contain('proveedor');
  });

  it('holds for every opioid name in the knowledge base, however the list around it is made (property)', async () => {
    const opioidNames = kb.medications.filter((m) => m.classIds.includes('opioid')).flatMap((m) => m.names);
    const otherNames = kb.medications.filter((m) => !m.classIds.includes('opioid')).flatMap((m) => m.names);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...opioidNames.map((n) => n.text)),
        fc.subarray(
          otherNames.map((n) => n.text),
          { maxLength: 3 },
        ),
        async (opioid, others) => {
          const el = await mount<LdnInteractionChecker>(
            html`<ldn-interaction-checker .medications=${[...others, opioid]}></ldn-interaction-checker>`,
          );
          const avoid = items(el).filter((item) => item.dataset.severity === 'avoid');
          expect(avoid.length, opioid).to.be.greaterThan(0);
          for (const item of avoid) {
            expect(textOf(item)).to.contain('Never stop an opioid, methadone or buprenorphine on your own.');
            expect(textOf(item)).not.to.contain('Do not take LDN with this medicine');
          }
          el.remove();
        },
      ),
      runs(25),
    );
  });
});

describe('issue #16: "No known conflict" is neutral and says it is not proof of safety (I2)', () => {
  it('has no check mark, a grey (not green) ink, and the wording of I2', async () => {
    const item = await findingFor('Copaxone');
    expect(item.dataset.severity).to.equal('compatible');
    expect(textOf(item.querySelector('.severity-label'))).to.equal('No known conflict');
    const icon = item.querySelector('svg.severity-icon')!;
    expect(icon.innerHTML, 'no check-mark path').not.to.match(/m6\.8 12\.4/);
    expect(icon.querySelector('rect'), 'an outlined square with an "i"').to.exist;
    const [r, g, b] = getComputedStyle(item.querySelector('.severity')!).color.match(/\d+/g)!.map(Number) as [
      number,
      number,
      number,
    ];
    expect(Math.max(r, g, b) - Math.min(r, g, b), 'neutral grey ink').to.be.below(24);
    const explanation = textOf(item.querySelector('.finding-explanation'));
    expect(explanation).to.contain('have been reported').and.contain('does not prove');
    expect(textOf(item)).not.to.match(/no problems/i);
  });

  it('never uses a check mark or green for any compatible finding, in either language (property)', async () => {
    const glatiramerNames = kb.medications.filter((m) => m.classIds.includes('glatiramer')).flatMap((m) => m.names);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...glatiramerNames.map((n) => n.text)),
        fc.constantFrom<Language>('en', 'es'),
        async (name, lang) => {
          const item = await findingFor(name, lang);
          expect(item.dataset.severity).to.equal('compatible');
          expect(item.querySelector('svg')!.innerHTML).not.to.match(/m6\.8 12\.4/);
          const explanation = textOf(item.querySelector('.finding-explanation'));
          expect(explanation).to.match(lang === 'en' ? /does not prove/ : /no demuestra/);
        },
      ),
      runs(12),
    );
  });
});

describe('issue #16: MS medicines and LDN (B2)', () => {
  for (const name of ['Avonex', 'Plegridy', 'interferon beta']) {
    it(`${name}: says not to stop an MS medicine on your own, and that LDN is not a disease-modifying therapy`, async () => {
      const item = await findingFor(name);
      expect(item.dataset.severity).to.equal('caution');
      const whatToDo = textOf(item.querySelector('.finding-what-to-do'));
      expect(whatToDo).to.contain('Do not stop your MS medicine on your own.');
      expect(whatToDo).to.contain('not a disease-modifying therapy');
      expect(item.querySelector('.finding-what-to-do')!.getAttribute('data-facts')).to.equal('I1 B2');
    });
  }

  it('the dose card shows B2 in its "About LDN" part with B1 and B3', async () => {
    const el = await mount<LdnDoseCard>(html`<ldn-dose-card></ldn-dose-card>`);
    const about = el.shadowRoot!.querySelector('[part="about-ldn"]')!;
    expect(textOf(about.querySelector('.subheading'))).to.equal('About LDN');
    const facts = [...about.querySelectorAll('[data-facts]')].flatMap((p) => p.getAttribute('data-facts')!.split(' '));
    expect(facts).to.include.members(['B1', 'B2', 'B3']);
    expect(textOf(about)).to.contain('LDN is not a disease-modifying therapy');
    expect(textOf(about)).to.contain('Do not stop an MS medicine on your own.');
    expect(textOf(about), 'the evidence is mixed').to.contain('Not all results agree');
  });
});

describe('issue #16: jargon explained in place, overstatements fixed', () => {
  it('explains off-label, compounding pharmacy and endorphins where they first appear', async () => {
    const el = await mount<LdnDoseCard>(html`<ldn-dose-card></ldn-dose-card>`);
    const text = textOf(el.shadowRoot!);
    expect(text).to.match(/"off-label\." That means the FDA has not approved it for MS/);
    expect(text).to.contain('A compounding pharmacy makes it for you: a pharmacy that mixes medicines to order.');
    expect(text).to.contain('Endorphins are chemicals your body makes on its own.');
  });

  it("gives D8's reason as the providers' reason, says pill not capsule, and says the liver breaks LDN down", async () => {
    const card = await mount<LdnDoseCard>(html`<ldn-dose-card></ldn-dose-card>`);
    const text = textOf(card.shadowRoot!);
    expect(text).to.contain('Their reason is that the body makes the most endorphins at that time.');
    expect(text).not.to.contain('That is when the body naturally makes the most endorphins');
    expect(textOf(card.shadowRoot!.querySelector('[data-form="capsule"]'))).to.match(/^Pill:/);
    expect(text).not.to.match(/capsule/i);
    const el = await mount<LdnInteractionChecker>(
      html`<ldn-interaction-checker conditions="liver-disease"></ldn-interaction-checker>`,
    );
    expect(textOf(items(el)[0]!.querySelector('.finding-explanation'))).to.contain('The liver breaks down LDN.');
  });
});

describe('issue #16: with no target-dose the card claims nothing the page did not ask', () => {
  it('says 4.5 mg is the usual highest dose and the prescriber sets the person’s own', async () => {
    const el = await mount<LdnDoseCard>(html`<ldn-dose-card></ldn-dose-card>`);
    const notice = el.shadowRoot!.querySelector('[data-state="no-target"]')!;
    expect(textOf(notice)).to.equal(
      'This schedule goes up to 4.5 mg a day, the usual highest dose. Your prescriber sets your own dose.',
    );
    expect(notice.getAttribute('data-facts')).to.equal('D1');
    expect(textOf(el.shadowRoot!)).not.to.contain('The page asked');
  });

  it('with spasticity and no target-dose, the cap says the usual highest dose, not "the page asked"', async () => {
    const el = await mount<LdnDoseCard>(html`<ldn-dose-card spasticity></ldn-dose-card>`);
    const cap = textOf(el.shadowRoot!.querySelector('[part="cap"]'));
    expect(cap).to.contain('The usual highest dose is 4.5 mg a day, and your prescriber sets your own.');
    expect(cap).to.contain('stops at 3 mg');
    expect(cap).not.to.contain('The page asked');
  });

  it('with a target-dose the page did give, it still says what the page asked', async () => {
    const el = await mount<LdnDoseCard>(html`<ldn-dose-card spasticity target-dose="4.5"></ldn-dose-card>`);
    expect(textOf(el.shadowRoot!.querySelector('[part="cap"]'))).to.contain('The page asked for a goal of 4.5 mg');
    expect(el.shadowRoot!.querySelector('[data-state="no-target"]')).to.be.null;
  });
});

describe('issue #16: other naltrexone medicines (X1)', () => {
  for (const name of ['Revia', 'Vivitrol', 'Contrave', 'naltrexone', 'naltrexona']) {
    it(`${name}: caution, "tell your prescriber before you take both", with its label as the source`, async () => {
      const item = await findingFor(name);
      expect(item.dataset.severity).to.equal('caution');
      expect(textOf(item.querySelector('.finding-explanation'))).to.contain(
        'Taking both means taking naltrexone twice.',
      );
      expect(textOf(item.querySelector('.finding-what-to-do'))).to.contain(
        'Tell your prescriber before you take both.',
      );
      expect(item.querySelector('.finding-explanation')!.getAttribute('data-facts')).to.equal('X1');
      expect(textOf(item.querySelector('[part="sources"]'))).to.contain('DailyMed');
    });
  }
});

describe('issue #16: why a member is in its class, and the reference that says so', () => {
  it('Suboxone: contains buprenorphine, an opioid, with MedlinePlus as the source', async () => {
    const item = await findingFor('Suboxone');
    const why = item.querySelector('.finding-why')!;
    expect(textOf(why)).to.match(
      /^Why this result: This medicine contains buprenorphine, an opioid\. \(Source: MedlinePlus/,
    );
    expect(why.querySelector('[data-sources]')!.getAttribute('data-sources')).to.equal('medlineplus-drugs');
    expect(textOf(item.querySelector('[part="sources"]')))
      .to.contain('MedlinePlus')
      .and.contain('Verywell Health');
  });

  it('a member the article names is credited to the article alone: no extra note', async () => {
    const item = await findingFor('OxyContin');
    expect(textOf(item.querySelector('.finding-why'))).to.equal('Why this result: Oxycodone is an opioid.');
    expect(item.querySelector('.finding-why [data-sources]')).to.be.null;
  });

  it('every medication records why it is in each of its classes, from a source the knowledge base has', () => {
    const sourceIds = new Set(kb.sources.map((s) => s.id));
    for (const medication of kb.medications) {
      for (const classId of medication.classIds) {
        const membership = medication.memberships?.find((m) => m.classId === classId);
        expect(membership, `${medication.id} in ${classId}`).to.exist;
        expect(sourceIds.has(membership!.sourceId), membership!.sourceId).to.be.true;
        expect(membership!.reason.en).to.match(/\.$/);
        expect(membership!.reason.es).to.match(/\.$/);
      }
    }
  });

  it('shows the membership source of every member, brand or generic (property)', async () => {
    const members = kb.medications.flatMap((m) => m.names.map((n) => [n.text, m] as const));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...members), async ([name, medication]) => {
        const item = await findingFor(name);
        const membership = medication.memberships![0]!;
        expect(textOf(item.querySelector('.finding-why'))).to.contain(membership.reason.en);
        const listed = [...item.querySelectorAll('[part="sources"] [data-source]')].map((li) =>
          li.getAttribute('data-source'),
        );
        expect(listed, name).to.include(membership.sourceId);
      }),
      runs(30),
    );
  });
});

describe('issue #16: citations as trusted patient sites give them', () => {
  const widgets = () => [
    html`<ldn-dose-card></ldn-dose-card>`,
    html`<ldn-interaction-checker medications="Vicodin, Avonex, Copaxone"></ldn-interaction-checker>`,
    html`<ldn-side-effect-list></ldn-side-effect-list>`,
  ];

  it('gives each element one attribution: article, author, reviewer, date updated, date we checked', async () => {
    for (const markup of widgets()) {
      const el = await mount<Widget>(markup);
      const attributions = el.shadowRoot!.querySelectorAll('[part="attribution"]');
      expect(attributions, el.localName).to.have.length(1);
      const visible = attributions[0]!.cloneNode(true) as Element;
      for (const hidden of visible.querySelectorAll('.visually-hidden')) hidden.remove();
      const text = textOf(visible);
      expect(text).to.contain('Source: Low-Dose Naltrexone for Treating MS Symptoms, Verywell Health.');
      expect(text).to.contain('By Julie Stachowiak, PhD.');
      expect(text).to.contain('Medically reviewed by Nicholas R. Metrus, MD.');
      expect(text).to.contain('Updated February 3, 2023.');
      expect(text).to.contain('We last checked this content against it on December 1, 2026.');
      expect(attributions[0]!.querySelector('a')!.getAttribute('href')).to.contain('verywellhealth.com');
      // No "Source: Verywell Health, 2023" under each sentence any more.
      expect(textOf(el.shadowRoot!), el.localName).not.to.contain('Verywell Health, 2023');
    }
  });

  it('gives each finding one "Sources" disclosure, closed, with every source of the finding', async () => {
    const el = await mount<LdnInteractionChecker>(
      html`<ldn-interaction-checker medications="Vicodin, Avonex, Copaxone, Contrave"></ldn-interaction-checker>`,
    );
    for (const item of items(el)) {
      const disclosures = item.querySelectorAll('details[part="sources"]');
      expect(disclosures).to.have.length(1);
      expect((disclosures[0] as HTMLDetailsElement).open).to.be.false;
      const finding = el.findings!.find((f) => f.medicationId && item.textContent!.includes(f.name.split(' (')[0]!))!;
      const listed = [...disclosures[0]!.querySelectorAll('[data-source]')].map((li) => li.getAttribute('data-source'));
      expect(listed).to.include.members(finding.sourceIds);
    }
  });

  it('adds an inline note only where a sentence’s source is not the element’s', async () => {
    for (const markup of widgets()) {
      const el = await mount<Widget>(markup);
      for (const note of el.shadowRoot!.querySelectorAll('.source-note')) {
        expect(note.getAttribute('data-sources')).not.to.contain('verywell-2023');
      }
    }
    const card = await mount<LdnDoseCard>(html`<ldn-dose-card></ldn-dose-card>`);
    expect(card.shadowRoot!.querySelectorAll('.source-note'), 'the card is all from the article').to.have.length(0);
  });
});

/** Every clinical text the knowledge base holds, with the facts it rests on. */
function clinicalTexts(lang: Language): { text: string; factIds: string[] }[] {
  return [
    ...kb.statements.map((s) => ({ text: s.text[lang], factIds: s.factIds })),
    ...kb.interactionRules.flatMap((r) => [
      { text: r.explanation[lang], factIds: r.factIds },
      { text: r.whatToDo[lang], factIds: r.factIds },
    ]),
    ...kb.sideEffects.flatMap((e) => [
      { text: e.whatToExpect[lang], factIds: e.factIds },
      ...(e.whatHelps ? [{ text: e.whatHelps[lang], factIds: e.factIds }] : []),
    ]),
    ...kb.dosing.forms.map((f) => ({ text: f.description[lang], factIds: f.factIds })),
    { text: kb.dosing.spasticityMaximum.reason[lang], factIds: kb.dosing.spasticityMaximum.factIds },
  ];
}

describe('issue #16: every clinical sentence is traceable (data-facts)', () => {
  const pages = [
    html`<ldn-dose-card spasticity start-date="2026-03-01"></ldn-dose-card>`,
    html`<ldn-interaction-checker
      medications="Suboxone, Avonex, Contrave, Copaxone, Lomotil"
      conditions="liver-disease, pregnancy, breastfeeding"
    ></ldn-interaction-checker>`,
    html`<ldn-side-effect-list></ldn-side-effect-list>`,
  ];

  for (const lang of ['en', 'es'] as const) {
    it(`${lang}: each clinical text shown sits in an element whose data-facts name its facts`, async () => {
      let audited = 0;
      for (const markup of pages) {
        const el = await mount<Widget>(markup, lang);
        const traced = [...el.shadowRoot!.querySelectorAll('[data-facts]')];
        for (const { text, factIds } of clinicalTexts(lang)) {
          if (!textOf(el.shadowRoot!).includes(text)) continue;
          // The same advice can be shown for two records (two side effects): one holder must name these facts.
          const holders = traced.filter((node) => textOf(node).includes(text));
          const covering = holders.filter((holder) =>
            factIds.every((id) => holder.getAttribute('data-facts')!.split(' ').includes(id)),
          );
          expect(covering.length, `${el.localName}: "${text}" is not traced to ${factIds.join(' ')}`).to.be.greaterThan(
            0,
          );
          audited++;
        }
        // Every id named in data-facts is a fact of the brief.
        const known = new Set(kb.facts.map((f) => f.id));
        for (const node of traced) {
          for (const id of node.getAttribute('data-facts')!.split(' ')) expect(known.has(id), id).to.be.true;
        }
      }
      expect(audited, 'sentences audited').to.be.greaterThan(25);
    });
  }
});

describe('issue #16: each element is at most one landmark', () => {
  it('axe passes (landmark-unique included) on a page with several instances of each element', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <ldn-dose-card></ldn-dose-card>
        <ldn-dose-card spasticity start-date="2026-03-01"></ldn-dose-card>
        <ldn-interaction-checker medications="Vicodin, Copaxone"></ldn-interaction-checker>
        <ldn-interaction-checker medications="Suboxone, Avonex" conditions="pregnancy"></ldn-interaction-checker>
        <ldn-side-effect-list></ldn-side-effect-list>
        <ldn-side-effect-list selected="nausea"></ldn-side-effect-list>
      </div>`,
    );
    const elements = [...wrapper.children] as Widget[];
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      const landmarks = el.shadowRoot!.querySelectorAll(
        'section[aria-labelledby], section[aria-label], [role="region"], aside, nav, main, header, footer, form[aria-label], [role="complementary"], [role="navigation"]',
      );
      expect(landmarks.length, el.localName).to.be.at.most(1);
    }
    await expect(wrapper).to.be.accessible();
  });
});

describe('issue #16: Spanish for a US audience', () => {
  it('localizes generic names in finding titles', async () => {
    const el = await mount<LdnInteractionChecker>(
      html`<ldn-interaction-checker medications="Vicodin, Copaxone, morfina"></ldn-interaction-checker>`,
      'es',
    );
    const names = items(el).map((item) => textOf(item.querySelector('.finding-name')));
    expect(names).to.include.members([
      'Vicodin (hidrocodona y acetaminofén)',
      'Copaxone (acetato de glatirámero)',
      'morfina',
    ]);
    // The English title is unchanged for logs, tests and CDS cards.
    expect(el.findings!.map((f) => f.name)).to.include('Vicodin (hydrocodone and acetaminophen)');
  });

  it('writes doses the US way (1.5 mg) and dates in US Spanish', async () => {
    const el = await mount<LdnDoseCard>(html`<ldn-dose-card spasticity></ldn-dose-card>`, 'es');
    const text = textOf(el.shadowRoot!);
    expect(text).to.contain('1.5 mg').and.not.match(/\d,\d/);
    expect(textOf(el.shadowRoot!.querySelector('[part="attribution"]'))).to.contain('3 de febrero de 2023');
  });

  const spanishPages = [
    html`<ldn-dose-card></ldn-dose-card>`,
    html`<ldn-interaction-checker medications="Avonex, Vicodin" conditions="breastfeeding"></ldn-interaction-checker>`,
    html`<ldn-side-effect-list></ldn-side-effect-list>`,
  ];

  it('spells out "esclerosis múltiple" once per element, before the first "EM"', async () => {
    for (const markup of spanishPages) {
      const el = await mount<Widget>(markup, 'es');
      const text = textOf(el.shadowRoot!);
      expect(text.match(/esclerosis múltiple/g), el.localName).to.have.length(1);
      const firstEm = text.search(/\bEM\b/);
      if (firstEm >= 0) expect(text.indexOf('esclerosis múltiple (EM)'), el.localName).to.be.below(firstEm);
    }
  });

  it('uses one word for the provider and none of the flagged calques', async () => {
    for (const markup of spanishPages) {
      const el = await mount<Widget>(markup, 'es');
      const text = textOf(el.shadowRoot!);
      expect(text, el.localName).to.contain('médico');
      for (const banned of [
        'proveedor',
        'profesional de salud',
        'quien le receta',
        '¿Tiene alguna de estas condiciones?',
        'Amamantando',
        'Consejo para pedir más',
      ]) {
        expect(text, `${el.localName}: ${banned}`).not.to.contain(banned);
      }
    }
  });
});

describe('issue #16: the core helpers behind the wording (properties)', () => {
  it('formats doses for es-US exactly as for en-US: 1.5, never 1,5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (hundredths) => {
        const dose = hundredths / 100;
        const es = formatNumber(dose, 'es');
        expect(es, String(dose)).to.equal(formatNumber(dose, 'en'));
        if (dose < 1000) expect(es).not.to.contain(',');
      }),
      runs(500),
    );
  });

  it('titles a medication finding with its Spanish generic name in Spanish, and leaves English alone', () => {
    const named = kb.medications.flatMap((m) => m.names.map((n) => [n.text, m] as const));
    fc.assert(
      fc.property(fc.constantFrom(...named), ([name, medication]) => {
        const [finding] = checkInteractions({ medications: [name] });
        const english = findingDisplayName(finding!, kb, 'en');
        expect(localizeGenericName(english, finding!, kb, 'en')).to.equal(english);
        const spanish = localizeGenericName(english, finding!, kb, 'es');
        expect(spanish, name).to.contain(medication.genericNameEs!);
        if (fold(medication.genericNameEs!) !== fold(medication.genericName)) {
          expect(spanish, name).not.to.contain(`(${medication.genericName})`);
        }
      }),
      runs(200),
    );
  });

  it('credits every finding with its rule’s sources and its membership’s source, and nothing else', () => {
    const named = kb.medications.flatMap((m) => m.names.map((n) => n.text));
    fc.assert(
      fc.property(fc.constantFrom(...named), (name) => {
        const [finding] = checkInteractions({ medications: [name] });
        const { membership, sourceIds } = findingProvenance(finding!, kb);
        expect(membership, name).to.exist;
        expect(sourceIds).to.include.members(finding!.sourceIds);
        expect(sourceIds).to.include(membership!.sourceId);
        expect(new Set(sourceIds).size).to.equal(sourceIds.length);
        expect(sourceIds.length).to.be.at.most(finding!.sourceIds.length + 1);
      }),
      runs(200),
    );
  });
});
