import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { searchMedications } from '../../src/core/search/index.js';
import { acceptedConditionIds, hasEntry, readConditionList } from '../../src/components/interaction-checker/entries.js';
import { readStringList } from '../../src/shared/page-value.js';
import { summaryText } from '../../src/components/interaction-checker/findings.view.js';
import { splitByHighlights } from '../../src/components/interaction-checker/highlight.js';
import { interactionCheckerStrings } from '../../src/components/interaction-checker/interaction-checker.strings.js';
import { secondaryName } from '../../src/components/interaction-checker/medication-combobox.view.js';
import { runCheck } from '../../src/components/interaction-checker/run-check.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';

describe('interaction checker parts', () => {
  it('splits a name by highlight ranges without losing or repeating a letter, whatever the ranges', () => {
    expect(splitByHighlights('Vicodin', [[0, 3]])).to.deep.equal([
      { text: 'Vic', matched: true },
      { text: 'odin', matched: false },
    ]);
    expect(
      splitByHighlights('oxycodone and acetaminophen', [
        [14, 20],
        [0, 3],
        [2, 5],
      ]),
    ).to.deep.equal([
      { text: 'oxyco', matched: true },
      { text: 'done and ', matched: false },
      { text: 'acetam', matched: true },
      { text: 'inophen', matched: false },
    ]);
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 }))),
        (text, ranges) => {
          const segments = splitByHighlights(text, ranges);
          expect(segments.map((s) => s.text).join('')).to.equal(text);
          segments.forEach((s, i) => {
            expect(s.text).not.to.equal('');
            if (i > 0) expect(s.matched).not.to.equal(segments[i - 1]!.matched);
          });
        },
      ),
    );
  });

  it('reads lists from attributes, properties and framework strings', () => {
    const readMedications = readStringList('medications');
    expect(readMedications(['Avonex', '  ', ' Percocet '])).to.deep.equal({ ok: true, value: ['Avonex', 'Percocet'] });
    expect(readMedications('Avonex, Percocet')).to.deep.equal({ ok: true, value: ['Avonex', 'Percocet'] });
    const refused = readMedications({ not: 'a list' });
    expect(refused.ok === false && refused.issues[0]!.path[0]).to.equal('medications');
    const conditions = readConditionList(['pregnancy', 'kidney', 'pregnancy', 'liver-disease']);
    expect(conditions.valid).to.deep.equal(['pregnancy', 'liver-disease']);
    expect(conditions.invalid).to.deep.equal(['kidney']);
    expect(conditions.issues[0]!.path).to.deep.equal(['conditions', 1]);
    expect(acceptedConditionIds('es')).to.equal('"liver-disease", "pregnancy" o "breastfeeding"');
    expect(hasEntry(['Vicodin'], '  vicodin ')).to.be.true;
  });

  it('shows the other name of a suggestion: the generic for a brand, brands for a generic', () => {
    const [brand] = searchMedications('Vicodin');
    expect(secondaryName(brand!)).to.equal('hydrocodone and acetaminophen');
    const generic = searchMedications('glatiramer acetate')[0]!;
    expect(generic.matchedKind).to.equal('generic');
    expect(secondaryName(generic)).to.equal('Copaxone, Glatopa');
  });

  it('writes the summary in severity order, leaving out severities with no findings', () => {
    const counts = { avoid: 2, caution: 1, unknown: 0, compatible: 0 };
    expect(summaryText(counts, interactionCheckerStrings.en)).to.equal('2 to avoid, 1 to discuss with your provider');
    expect(summaryText({ ...counts, avoid: 0, compatible: 3 }, interactionCheckerStrings.es)).to.equal(
      '1 para hablar con su médico; 3 sin conflicto conocido',
    );
  });

  it('has every interface string in Spanish, none blank', () => {
    const { en, es } = interactionCheckerStrings;
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(es)) expect(value.trim(), key).not.to.equal('');
  });

  it('fails closed when the core gives no finding for an entry, or throws', () => {
    // A replacement base without rules cannot lower the built-in answer: Percocet stays "avoid".
    const emptyRules = { ...builtInKnowledgeBase, interactionRules: [] };
    const noRule = runCheck(['Percocet'], [], emptyRules);
    expect(noRule.kind).to.equal('checked');
    expect(noRule.kind === 'checked' && noRule.findings[0]!.severity).to.equal('avoid');
    const unlisted = runCheck(['Zoloft'], [], emptyRules);
    expect(unlisted.kind === 'checked' && unlisted.findings[0]!.severity).to.equal('unknown');
    expect(runCheck([], [], builtInKnowledgeBase).kind).to.equal('nothing-entered');
    const failed = runCheck(['x'.repeat(500)], [], builtInKnowledgeBase);
    expect(failed.kind).to.equal('could-not-check');
    expect(failed.kind === 'could-not-check' && failed.issues.length).to.be.greaterThan(0);
  });
});
