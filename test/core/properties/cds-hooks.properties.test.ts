import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkInteractions,
  CONDITION_IDS,
  couldNotCheckCard,
  type CdsHooksCard,
  findingDisplayName,
  toCdsHooksCards,
  type Finding,
  type Severity,
} from '../../../src/core/index.js';
import {
  anyValue,
  embeddedName,
  hostileRecord,
  hostileStringUpTo,
  kb,
  returnsOrRejects,
  runs,
  keepBuiltInDataAndPrototypesIntact,
} from './arbitraries.js';

const SUMMARY_LIMIT = 140;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const INDICATOR: Record<Severity, string> = {
  avoid: 'critical',
  caution: 'warning',
  unknown: 'warning',
  compatible: 'info',
};
/** ASCII punctuation that starts inline markdown or HTML when it is not escaped. */
const MARKDOWN_SPECIAL = new Set([...'\\`*_{}[]()#+-.!|<>~&:@$']);

/** Findings as the checker really makes them, from hostile text and known names. */
const findings: fc.Arbitrary<Finding[]> = fc
  .record({
    medications: fc.array(
      fc.oneof(
        hostileStringUpTo(200).filter((s) => /\S/.test(s)),
        fc.constantFrom(...kb.medications.flatMap((m) => m.names.map((n) => n.text))).chain((n) => embeddedName(n)),
      ),
      { maxLength: 6 },
    ),
    conditions: fc.subarray([...CONDITION_IDS]),
  })
  .map((input) => checkInteractions(input));

/** True when the text has no lone surrogate (with the `u` flag, \p{Cs} matches only unpaired halves). */
const isWellFormed = (text: string) => !/\p{Cs}/u.test(text);

/**
 * The user's text as it appears at the start of `detail` ("**name**"): up to the first `**`
 * that is not escaped. Returns undefined when the detail does not start that way.
 */
function nameSegment(detail: string): string | undefined {
  if (!detail.startsWith('**')) return undefined;
  for (let i = 2; i < detail.length - 1; i++) {
    if (detail[i] === '\\') i++;
    else if (detail[i] === '*' && detail[i + 1] === '*') return detail.slice(2, i);
  }
  return undefined;
}

describe('toCdsHooksCards — properties', () => {
  keepBuiltInDataAndPrototypesIntact();

  it('returns cards or throws LdnValidationError for any findings', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.array(anyValue, { maxLength: 3 })), (value) => {
        returnsOrRejects(() => toCdsHooksCards(value as never));
      }),
      runs(400),
    );
  });

  it('returns cards or throws LdnValidationError for any options', () => {
    fc.assert(
      fc.property(
        findings,
        fc.oneof(
          anyValue,
          hostileRecord({ lang: fc.constantFrom('en', 'es'), uuid: fc.boolean(), knowledgeBase: anyValue }),
        ),
        (checked, options) => {
          returnsOrRejects(() => toCdsHooksCards(checked, options as never));
        },
      ),
      runs(300),
    );
  });

  it('makes one card per finding: summary under 140 characters, indicator from severity, a source label', () => {
    fc.assert(
      fc.property(findings, fc.constantFrom('en' as const, 'es' as const), fc.boolean(), (checked, lang, uuid) => {
        const cards = toCdsHooksCards(checked, { lang, uuid });
        expect(cards).to.have.length(checked.length);
        cards.forEach((card, i) => {
          const finding = checked[i]!;
          expect(card.summary.length, card.summary).to.be.below(SUMMARY_LIMIT);
          expect(card.summary).to.match(/\S/);
          expect(card.indicator).to.equal(INDICATOR[finding.severity]);
          expect(card.source.label).to.match(/\S/);
          if (card.source.url !== undefined) expect(card.source.url).to.match(/^https:\/\//);
          expect(card.detail).to.match(/\S/);
          // Every card, asked or not: a CDS client needs it for feedback.
          expect(card.uuid).to.match(UUID);
        });
      }),
      runs(300),
    );
  });

  it("keeps the name as data in the summary: shown verbatim (on one line) when it fits (no $& or $' expansion)", () => {
    fc.assert(
      fc.property(findings, fc.constantFrom('en' as const, 'es' as const), (checked, lang) => {
        toCdsHooksCards(checked, { lang }).forEach((card, i) => {
          // A medicine's name as entered; a condition's name in the card's language.
          // On one line: a summary is a single line of text in a CDS client.
          const name = findingDisplayName(checked[i]!, kb, lang).replace(/\s+/g, ' ').trim();
          if (!card.summary.endsWith('…')) expect(card.summary.endsWith(`: ${name}`), card.summary).to.equal(true);
        });
      }),
      runs(300),
    );
  });

  it('never cuts a summary inside a surrogate pair (an emoji) and leaves a lone half', () => {
    const emojiName = fc
      .tuple(fc.string({ maxLength: 3 }), fc.integer({ min: 40, max: 99 }))
      .map(([lead, count]) => `${lead}${'😀'.repeat(count)}`.slice(0, 200))
      .filter((s) => /\S/.test(s));
    fc.assert(
      fc.property(
        fc.oneof(
          findings,
          emojiName.map((name) => checkInteractions({ medications: [name] })),
        ),
        (checked) => {
          toCdsHooksCards(checked).forEach((card, i) => {
            if (isWellFormed(checked[i]!.name))
              expect(isWellFormed(card.summary), JSON.stringify(card.summary)).to.equal(true);
          });
        },
      ),
      runs(300),
    );
  });

  it('escapes the user’s text in `detail`: every markdown character escaped, no line breaks, reads back as given', () => {
    fc.assert(
      fc.property(findings, (checked) => {
        toCdsHooksCards(checked).forEach((card, i) => {
          const { name } = checked[i]!;
          const segment = nameSegment(card.detail);
          expect(segment, `detail starts with the bold name: ${JSON.stringify(card.detail)}`).to.be.a('string');
          // No character of the name may act as markdown: each special one comes after a backslash.
          for (let j = 0; j < segment!.length; j++) {
            if (segment![j] === '\\') j++;
            else
              expect(
                MARKDOWN_SPECIAL.has(segment![j]!),
                `unescaped ${segment![j]} in ${JSON.stringify(segment)}`,
              ).to.equal(false);
          }
          // A line break would let the next line start a block: a setext heading (===), a list…
          expect(/[\r\n]/.test(segment!), `line break in ${JSON.stringify(segment)}`).to.equal(false);
          // Spacing may be tidied (a line break becomes a space); every other character reads back.
          const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
          expect(spaced(segment!.replace(/\\([\s\S])/g, '$1')), 'the name reads back as given').to.equal(spaced(name));
        });
      }),
      runs(300),
    );
  });

  it('every card meets the CDS Hooks 2.0 card rules, and no unknown finding is ever an info card', () => {
    fc.assert(
      fc.property(
        fc.oneof(findings, hostileFindings),
        fc.constantFrom('en' as const, 'es' as const),
        fc.option(fc.constant('https://portal.example/ldn'), { nil: undefined }),
        (checked, lang, patientPageUrl) => {
          const cards = toCdsHooksCards(checked, { lang, ...(patientPageUrl ? { patientPageUrl } : {}) });
          cards.forEach((card, i) => {
            expectCardRules(card);
            if (checked[i]!.severity === 'unknown') expect(card.indicator).to.equal('warning');
            if (card.indicator === 'info') expect(checked[i]!.severity).to.equal('compatible');
          });
        },
      ),
      runs(300),
    );
  });

  it('escapes every text that reaches the markdown, whoever wrote it: names, rule text, fact ids', () => {
    fc.assert(
      fc.property(hostileFindings, fc.constantFrom('en' as const, 'es' as const), (checked, lang) => {
        toCdsHooksCards(checked, { lang }).forEach((card, i) => {
          const finding = checked[i]!;
          const data = [
            findingDisplayName(finding, kb, lang),
            finding.whatToDo[lang],
            ...(finding.severity === 'unknown' ? [] : [finding.explanation[lang]]),
            ...(finding.factIds.length > 0 ? [finding.factIds.join(', ')] : []),
          ];
          for (const text of data) {
            const escaped = escapedForm(text);
            if (escaped === '') continue;
            expect(
              card.detail.includes(escaped),
              `${JSON.stringify(text)} is escaped in ${JSON.stringify(card.detail)}`,
            ).to.equal(true);
          }
          // Outside the data, only this module's own markup: every paragraph is one of four shapes.
          for (const paragraph of card.detail.split('\n\n')) {
            expect(
              PARAGRAPH_SHAPES.some((shape) => shape.test(paragraph)),
              JSON.stringify(paragraph),
            ).to.equal(true);
          }
        });
      }),
      runs(300),
    );
  });

  it('makes one "could not check" warning card for any reason text, in both languages, with the reason escaped', () => {
    fc.assert(
      fc.property(hostileStringUpTo(300), fc.constantFrom('en' as const, 'es' as const), (reason, lang) => {
        const card = couldNotCheckCard({ lang, reason });
        expectCardRules(card);
        expect(card.indicator).to.equal('warning');
        expect(card.source.topic?.code).to.equal('could-not-check');
        const escaped = escapedForm(reason);
        if (escaped !== '') expect(card.detail.endsWith(escaped), JSON.stringify(card.detail)).to.equal(true);
      }),
      runs(300),
    );
  });
});

/** A paragraph of data as the card writes it: escaped markup characters, no line break. */
const ESCAPED_TEXT = String.raw`(?:\\[\s\S]|[^\\\n\`*_{}\[\]()#+\-.!|<>~&:@$])*`;
/** The only paragraph shapes a card's detail may have (this module's markup around escaped data). */
const PARAGRAPH_SHAPES = [
  new RegExp(`^\\*\\*${ESCAPED_TEXT}\\*\\*$`),
  new RegExp(`^(?:\\*\\*[A-Za-zÀ-ÿ ]+:\\*\\* )?${ESCAPED_TEXT}$`),
  new RegExp(`^_[A-Za-z]+: ${ESCAPED_TEXT}_$`),
  // The module's own fixed sentences (they use ** for emphasis on purpose).
  /^[^\n<>[\]()`]*$/,
];

/** What a piece of data looks like in the markdown: on one line, every markup character escaped. */
function escapedForm(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&:@$]/g, (c) => `\\${c}`);
}

/** The card rules of CDS Hooks 2.0 and of this library (issue #14 invariant 5). */
function expectCardRules(card: CdsHooksCard): void {
  expect(card.uuid).to.match(UUID);
  expect(card.summary).to.match(/\S/);
  expect(card.summary.length, card.summary).to.be.below(SUMMARY_LIMIT);
  expect(['info', 'warning', 'critical']).to.include(card.indicator);
  expect(card.source.label).to.match(/\S/);
  for (const reason of card.overrideReasons ?? []) expect(reason.display).to.match(/\S/);
  if (card.suggestions && card.suggestions.length > 0)
    expect(card.selectionBehavior).to.be.oneOf(['at-most-one', 'any']);
  for (const link of card.links ?? []) {
    expect(link.type).to.equal('absolute');
    expect(link.url).to.match(/^https:\/\//);
  }
}

const nonBlank = hostileStringUpTo(300).filter((s) => /\S/.test(s));
/** Findings whose every text a portal or a person could have written: hostile names, rule text, fact ids. */
const hostileFindings: fc.Arbitrary<Finding[]> = fc.array(
  fc
    .record({
      base: fc.constantFrom(
        ...checkInteractions({
          medications: ['Ultram', 'Avonex', 'Copaxone', 'zz-unknown'],
          conditions: ['pregnancy'],
        }),
      ),
      name: nonBlank,
      explanation: fc.record({ en: nonBlank, es: nonBlank }),
      whatToDo: fc.record({ en: nonBlank, es: nonBlank }),
      factIds: fc.array(hostileStringUpTo(20), { maxLength: 3 }),
    })
    .map(({ base, ...text }): Finding => ({
      ...base,
      ...text,
      ...(base.kind === 'condition' ? {} : { input: text.name }),
    })),
  { maxLength: 4 },
);

describe('toCdsHooksCards — only the built-in I2 finding reads as "no conflict reported"', () => {
  keepBuiltInDataAndPrototypesIntact();
  const [i2] = checkInteractions({ medications: ['Copaxone'] });

  it('a "compatible" finding with no rule or another rule is carded as not assessed, a warning', () => {
    const otherRule = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(...kb.interactionRules.filter((r) => r.severity !== 'compatible').map((r) => r.id)),
      fc.stringMatching(/^portal-[a-z]{1,8}$/),
    );
    fc.assert(
      fc.property(
        otherRule,
        fc.constantFrom('Oxycodone', 'Zoloft', 'Copaxone'),
        fc.constantFrom('en' as const, 'es' as const),
        (ruleId, name, lang) => {
          const { ruleId: _i2, ...rest } = i2!;
          const madeUp = { ...rest, name, input: name, ...(ruleId ? { ruleId } : {}) };
          const [card] = toCdsHooksCards([madeUp], { lang });
          expect(card!.indicator, JSON.stringify(madeUp)).to.equal('warning');
          expect(card!.summary).to.match(/^(Not assessed|No evaluado)/);
          expectCardRules(card!);
        },
      ),
      runs(100),
    );
    const [real] = toCdsHooksCards([i2!]);
    expect(real!.indicator).to.equal('info');
  });
});
