import { expect } from '@open-wc/testing';
import { checkInteractions, extendKnowledgeBase, LdnValidationError, toCdsHooksCards } from '../../src/core/index.js';
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

  it('maps severities to indicators: avoid → critical, caution → warning, else info', () => {
    const indicatorOf = (severity: string) => cards[findings.findIndex((f) => f.severity === severity)]!.indicator;
    expect(indicatorOf('avoid')).to.equal('critical');
    expect(indicatorOf('caution')).to.equal('warning');
    expect(indicatorOf('compatible')).to.equal('info');
    expect(indicatorOf('unknown')).to.equal('info');
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
    });
  });

  it('writes Spanish cards and adds uuids on request', () => {
    const spanish = toCdsHooksCards(findings, { lang: 'es', uuid: true });
    expect(spanish[0]!.summary).to.match(/^Evitar/);
    expect(new Set(spanish.map((c) => c.uuid)).size).to.equal(spanish.length);
    expect(spanish[0]!.uuid).to.match(/^[0-9a-f-]{36}$/);
  });

  it('names a condition in the card’s language, and a medication as it was entered', () => {
    const pregnancy = findings.findIndex((f) => f.kind === 'condition' && f.conditionId === 'pregnancy');
    const vicodin = findings.findIndex((f) => f.input === 'Vicodin');
    const spanish = toCdsHooksCards(findings, { lang: 'es' });
    expect(spanish[pregnancy]!.summary).to.match(/: Embarazo$/);
    expect(spanish[pregnancy]!.detail.split('\n\n')[0]).to.equal('**Embarazo**');
    expect(cards[pregnancy]!.summary).to.match(/: Pregnancy$/);
    expect(spanish[vicodin]!.summary)
      .to.match(/^Evitar/)
      .and.to.contain(findings[vicodin]!.name);
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
      expect(card!.indicator).to.equal('info');
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
