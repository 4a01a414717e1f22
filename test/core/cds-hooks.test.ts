import { expect } from '@open-wc/testing';
import {
  checkInteractions,
  couldNotCheckCard,
  extendKnowledgeBase,
  LDN_RULE_SYSTEM,
  LdnValidationError,
  toCdsHooksCards,
} from '../../src/core/index.js';
import { escapeMarkdown } from '../../src/core/cds-hooks.js';

const findings = checkInteractions({
  medications: ['Vicodin', 'Rebif', 'Copaxone', 'Mystery tonic [click](http://evil.example)'],
  conditions: ['pregnancy'],
});

describe('toCdsHooksCards', () => {
  const cards = toCdsHooksCards(findings);

  it('makes one card per finding with the specification’s required fields', () => {
    expect(cards).to.have.length(findings.length);
    for (const card of cards) {
      expect(card.summary).to.be.a('string').and.not.empty;
      expect(card.summary.length).to.be.below(140);
      expect(['info', 'warning', 'critical']).to.include(card.indicator);
      expect(card.source.label).to.be.a('string').and.not.empty;
      expect(card.detail).to.be.a('string').and.not.empty;
    }
  });

  it('maps severities to indicators: avoid → critical, caution and unknown → warning, compatible → info', () => {
    const indicatorOf = (severity: string) => cards[findings.findIndex((f) => f.severity === severity)]!.indicator;
    expect(indicatorOf('avoid')).to.equal('critical');
    expect(indicatorOf('caution')).to.equal('warning');
    expect(indicatorOf('compatible')).to.equal('info');
    expect(indicatorOf('unknown')).to.equal('warning');
  });

  it('words a compatible card as "no conflict reported", which does not prove safety', () => {
    const card = cards[findings.findIndex((f) => f.severity === 'compatible')]!;
    expect(card.summary).to.match(/^No conflict reported with low-dose naltrexone: /);
    expect(card.detail).to.contain('does not prove');
    expect(card.summary).not.to.contain('No known conflict');
    const [spanish] = toCdsHooksCards(checkInteractions({ medications: ['Copaxone'] }), { lang: 'es' });
    expect(spanish!.summary).to.match(/^Sin conflicto reportado/);
    expect(spanish!.detail).to.contain('no prueba');
  });

  it('puts the rule behind each finding on its card (source.topic), and a uuid on every card', () => {
    cards.forEach((card, i) => {
      expect(card.uuid).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(card.source.topic!.system).to.equal(LDN_RULE_SYSTEM);
      expect(card.source.topic!.code).to.equal(findings[i]!.ruleId ?? 'not-assessed');
    });
    expect(new Set(cards.map((c) => c.uuid)).size).to.equal(cards.length);
  });

  it('offers override reasons as Codings with a display on every card that warns', () => {
    for (const card of cards) {
      if (card.indicator === 'info') expect(card.overrideReasons).to.equal(undefined);
      else {
        expect(card.overrideReasons).to.have.length.greaterThan(0);
        for (const reason of card.overrideReasons!) expect(reason.display).to.match(/\S/);
      }
    }
  });

  it('links cards that warn to the patient-facing page when the portal gives its https URL', () => {
    const url = 'https://portal.example/ldn-checker';
    const linked = toCdsHooksCards(findings, { patientPageUrl: url });
    for (const card of linked) {
      if (card.indicator === 'info') expect(card.links).to.equal(undefined);
      else
        expect(card.links).to.deep.equal([
          { label: 'Open the patient-facing LDN interaction checker', url, type: 'absolute' },
        ]);
    }
    expect(() => toCdsHooksCards(findings, { patientPageUrl: 'javascript:alert(1)' })).to.throw(LdnValidationError);
    expect(() => toCdsHooksCards(findings, { patientPageUrl: 'http://portal.example/' })).to.throw(LdnValidationError);
  });

  it('escapes knowledge-base text too: a portal rule cannot put a link or HTML into a card', () => {
    const [finding] = checkInteractions({ medications: ['Ultram'] });
    const hostile = {
      ...finding!,
      explanation: { en: 'See [here](https://evil.example) <img src=x>', es: 'x' },
      whatToDo: { en: '**Stop** all medicines at www.evil.example', es: 'x' },
    };
    const [card] = toCdsHooksCards([hostile]);
    expect(card!.detail).to.contain('See \\[here\\]\\(https\\://evil\\.example\\) \\<img src=x\\>');
    expect(card!.detail).to.contain('\\*\\*Stop\\*\\* all medicines at www\\.evil\\.example');
  });

  it('makes one "could not check" warning card in either language, with the reason escaped', () => {
    const english = couldNotCheckCard({ reason: '2 entries [could](not) be read' });
    expect(english).to.include({ indicator: 'warning' });
    expect(english.summary).to.match(/^Could not check/);
    expect(english.summary.length).to.be.below(140);
    expect(english.detail).to.contain('**not** a result');
    expect(english.detail).to.contain('2 entries \\[could\\]\\(not\\) be read');
    expect(english.source.topic!.code).to.equal('could-not-check');
    expect(english.uuid).to.match(/^[0-9a-f-]{36}$/);
    const spanish = couldNotCheckCard({ lang: 'es' });
    expect(spanish.summary).to.match(/^No se pudo verificar/);
    expect(spanish.indicator).to.equal('warning');
    expect(couldNotCheckCard().uuid).not.to.equal(couldNotCheckCard().uuid);
    expect(() => couldNotCheckCard({ lang: 'fr' } as never)).to.throw(LdnValidationError);
  });

  it('says plainly that an unknown medication was not assessed, and escapes its text', () => {
    const card = cards[findings.findIndex((f) => f.severity === 'unknown')]!;
    expect(card.summary).to.contain('Not assessed');
    expect(card.detail).to.contain('not assessed');
    expect(card.detail).not.to.contain('[click](http');
    expect(card.detail).to.contain('\\[click\\]\\(http');
  });

  it('cites the article with its URL', () => {
    expect(cards[0]!.source).to.deep.equal({
      label: 'Verywell Health, 2023',
      url: 'https://www.verywellhealth.com/naltrexone-for-ms-2440888',
      topic: { system: LDN_RULE_SYSTEM, code: findings[0]!.ruleId, display: findings[0]!.ruleId },
    });
  });

  it('writes Spanish cards, with uuids whether or not they are asked for', () => {
    const spanish = toCdsHooksCards(findings, { lang: 'es', uuid: false });
    expect(spanish[0]!.summary).to.match(/^Evitar/);
    expect(new Set(spanish.map((c) => c.uuid)).size).to.equal(spanish.length);
    expect(spanish[0]!.uuid).to.match(/^[0-9a-f-]{36}$/);
  });

  it('names a condition in the card’s language, and a medication by its brand with the generic in that language', () => {
    const pregnancy = findings.findIndex((f) => f.kind === 'condition' && f.conditionId === 'pregnancy');
    const vicodin = findings.findIndex((f) => f.input === 'Vicodin');
    const spanish = toCdsHooksCards(findings, { lang: 'es' });
    expect(spanish[pregnancy]!.summary).to.match(/: Embarazo$/);
    expect(spanish[pregnancy]!.detail.split('\n\n')[0]).to.equal('**Embarazo**');
    expect(cards[pregnancy]!.summary).to.match(/: Pregnancy$/);
    expect(spanish[vicodin]!.summary)
      .to.match(/^Evitar/)
      .and.to.contain('Vicodin (hidrocodona y acetaminofén)');
    expect(cards[vicodin]!.summary).to.contain(findings[vicodin]!.name);
  });

  it('says "not assessed" without claiming a known medicine with no rule is missing from the list', () => {
    const knowledgeBase = extendKnowledgeBase({
      sources: [{ id: 'city', kind: 'reference', label: 'City formulary', citation: 'Invented for a test.' }],
      medications: [
        {
          id: 'local-tonic',
          genericName: 'local tonic',
          names: [{ text: 'Tonica', kind: 'brand', sourceId: 'city' }],
          classIds: [],
          codes: [],
        },
      ],
    });
    const known = checkInteractions({ medications: ['Tonica'] }, { knowledgeBase });
    expect(known[0]).to.include({ severity: 'unknown', medicationId: 'local-tonic' });
    for (const lang of ['en', 'es'] as const) {
      const [card] = toCdsHooksCards(known, { lang, knowledgeBase });
      expect(card!.indicator).to.equal('warning');
      expect(card!.detail).to.match(lang === 'en' ? /\*\*not assessed\*\*/ : /\*\*no se evaluó\*\*/);
      expect(card!.detail).not.to.match(/not in the checker|no está en la lista/);
    }
  });

  it('keeps a summary under 140 characters for a very long name', () => {
    const long = checkInteractions({ medications: ['x'.repeat(60) + ' ' + 'y'.repeat(100)] });
    expect(toCdsHooksCards(long)[0]!.summary.length).to.be.below(140);
  });

  it('rejects findings that are not findings', () => {
    expect(() => toCdsHooksCards([{ severity: 'fine' }] as never)).to.throw(LdnValidationError);
    expect(() => toCdsHooksCards(findings, { lang: 'fr' } as never)).to.throw(LdnValidationError);
  });

  it('escapes markdown', () => {
    expect(escapeMarkdown('*a* [b](c) <d>')).to.equal('\\*a\\* \\[b\\]\\(c\\) \\<d\\>');
  });

  it('keeps names as text: replacement patterns, line breaks and cut emoji cannot corrupt a card', () => {
    const [dollar] = toCdsHooksCards(checkInteractions({ medications: ['$&'] }));
    expect(dollar!.summary).to.equal('Not assessed for low-dose naltrexone: $&');
    const [multiline] = toCdsHooksCards(checkInteractions({ medications: ['a\n===\nb'] }));
    expect(multiline!.detail.split('\n\n')[0]).to.equal('**a === b**');
    const [emoji] = toCdsHooksCards(checkInteractions({ medications: ['!' + '😀'.repeat(60)] }));
    expect(emoji!.summary.length).to.be.below(140);
    expect(emoji!.summary).to.not.match(/[\ud800-\udbff]…$/);
  });

  it('validates a portal knowledge base passed in the options', () => {
    expect(() => toCdsHooksCards(findings, { knowledgeBase: 0 } as never)).to.throw(LdnValidationError);
    expect(toCdsHooksCards(findings, null)).to.have.length(findings.length);
  });
});

describe('toCdsHooksCards in Spanish', () => {
  it('names a medicine with its Spanish generic name, as the checker does', () => {
    const [card] = toCdsHooksCards(checkInteractions({ medications: ['Vicodin'] }), { lang: 'es' });
    expect(card!.summary).to.contain('Vicodin (hidrocodona y acetaminofén)');
    expect(card!.summary).to.not.contain('hydrocodone');
  });
});
