import { expect } from '@open-wc/testing';
import { medications } from '../../src/core/data/medications.js';
import { LdnValidationError } from '../../src/core/errors.js';
import { builtInKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { KnowledgeBase, MedicationName } from '../../src/core/schemas/index.js';
import { closestPrefixLength, osaDistance } from '../../src/core/search/edit-distance.js';
import { searchMedications, type MedicationMatch } from '../../src/core/search/index.js';
import { getMedicationIndex } from '../../src/core/search/medication-index.js';
import { foldText } from '../../src/core/search/normalize.js';
import { fuzzySearch } from '../../src/core/search/sorted-keys.js';

const top = (query: string): MedicationMatch => {
  const [first] = searchMedications(query);
  expect(first, `no result for ${query}`).to.not.equal(undefined);
  return first!;
};
const ids = (query: string, limit?: number) => searchMedications(query, { limit }).map((m) => m.medication.id);
const highlighted = (match: MedicationMatch) =>
  match.highlights.map(([start, end]) => match.matchedName.slice(start, end));

function expectValidationError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(LdnValidationError);
    expect((error as LdnValidationError).issues.length).to.be.greaterThan(0);
    return;
  }
  throw new Error('expected LdnValidationError');
}

/** The built-in knowledge base with invented names that exercise each match type once. */
function rankingKnowledgeBase(): KnowledgeBase {
  const medication = (id: string, names: string[]) => ({
    id,
    genericName: id,
    names: names.map((n): MedicationName => ({ text: n, kind: 'brand', sourceId: 'rxnorm-nlm' })),
    classIds: [],
    codes: [],
  });
  return {
    ...builtInKnowledgeBase,
    medications: [
      medication('fuzzy', ['Zentre']),
      medication('word-prefix', ['Ab Zentra']),
      medication('prefix', ['Zentravex']),
      medication('exact', ['Zentra', '***']),
      medication('accented', ['Crème Zéntrol']),
    ],
    interactionRules: builtInKnowledgeBase.interactionRules.filter((r) => r.target.kind === 'condition'),
  };
}

describe('searchMedications: input', () => {
  it('returns nothing for an empty, blank or punctuation-only query', () => {
    expect(searchMedications('')).to.deep.equal([]);
    expect(searchMedications('   ')).to.deep.equal([]);
    expect(searchMedications(' - / . ')).to.deep.equal([]);
  });

  it('throws LdnValidationError for a query that is not a string', () => {
    for (const query of [undefined, null, 42, ['vicodin'], { q: 'x' }]) {
      expectValidationError(() => searchMedications(query as never));
    }
  });

  it('validates limit as a positive integer and respects it', () => {
    for (const limit of [0, -1, 1.5, Number.NaN, '3']) {
      expectValidationError(() => searchMedications('oxy', { limit: limit as never }));
    }
    expect(searchMedications('a', { limit: 2 })).to.have.length(2);
    expect(searchMedications('a').length).to.equal(8);
    expect(searchMedications('a', { limit: 100 }).length).to.be.greaterThan(8);
  });

  it('validates a portal knowledge base', () => {
    expectValidationError(() => searchMedications('x', { knowledgeBase: {} as never }));
    expectValidationError(() => searchMedications('x', 'options' as never));
  });
});

describe('searchMedications: tolerant matching', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(top('VICODIN')).to.include({ matchedName: 'Vicodin', matchType: 'exact', fuzzy: false });
    expect(top('ultrám').matchedName).to.equal('Ultram');
    expect(top('Ultra\u0301m').matchedName).to.equal('Ultram');
    expect(top('ms-contin').matchedName).to.equal('MS Contin');
    expect(top('mscontin').matchedName).to.equal('MS Contin');
    expect(top('  oxy   contin ').matchedName).to.equal('OxyContin');
    expect(top('hydrocodone/acetaminophen').medication.id).to.equal('hydrocodone-acetaminophen');
    expect(top('Interferon Beta 1a').medication.id).to.equal('interferon-beta-1a');
  });

  it('finds names inside dose strings', () => {
    expect(top('tramadol 50 mg').medication.id).to.equal('tramadol');
    expect(top('Percocet 5/325').medication.id).to.equal('oxycodone-acetaminophen');
    expect(top('oxycodone 10mg ER').medication.id).to.equal('oxycodone');
    expect(top('1.5 mg vicodin').medication.id).to.equal('hydrocodone-acetaminophen');
  });

  it('finds names among extra words, preferring the longest name', () => {
    expect(top('codeine cough syrup').medication.id).to.equal('codeine');
    const matches = searchMedications('my tylenol with codeine');
    expect(matches[0]!.matchedName).to.equal('Tylenol with Codeine');
    expect(matches.map((m) => m.medication.id)).to.include('codeine');
    expect(top('taking percocet twice a day')).to.include({ matchedName: 'Percocet', matchType: 'contained' });
  });

  it('suggests names by prefix while typing', () => {
    expect(top('vic')).to.include({ matchedName: 'Vicodin', matchType: 'prefix' });
    expect(top('Plegr').matchedName).to.equal('Plegridy');
    expect(top('glat').medication.id).to.equal('glatiramer-acetate');
    expect(top('tylenol w').matchedName).to.equal('Tylenol with Codeine');
    expect(top('ms cont').matchedName).to.equal('MS Contin');
    expect(top('mscont').matchedName).to.equal('MS Contin');
    expect(top('tramad 50').medication.id).to.equal('tramadol');
  });

  it('suggests names by the prefix of a later word', () => {
    expect(top('contin')).to.include({ matchedName: 'MS Contin', matchType: 'word-prefix' });
    expect(ids('acetamin')).to.include.members(['hydrocodone-acetaminophen', 'oxycodone-acetaminophen']);
  });

  it('tolerates one typo (substitution, insertion, deletion, transposition) in queries of 4+ letters', () => {
    const cases: [string, string][] = [
      ['percoset', 'Percocet'],
      ['tramaadol', 'tramadol'],
      ['oxycodne', 'oxycodone'],
      ['vicdoin', 'Vicodin'],
      ['copaxnoe', 'Copaxone'],
      ['dilaudd 2 mg', 'Dilaudid'],
    ];
    for (const [query, name] of cases) {
      const match = top(query);
      expect(match.matchedName, query).to.equal(name);
      expect(match.fuzzy, query).to.equal(true);
      expect(match.matchType, query).to.equal('fuzzy');
    }
    expect(top('plegirdy').matchedName).to.equal('Plegridy');
  });

  it('does not guess typos in queries under 4 letters, or with two typos', () => {
    expect(searchMedications('vjc')).to.deep.equal([]);
    expect(searchMedications('pxrcoset')).to.deep.equal([]);
    expect(searchMedications('zzzzzz')).to.deep.equal([]);
  });
});

describe('searchMedications: ranking and results', () => {
  it('ranks exact before prefix before word prefix before typo', () => {
    const matches = searchMedications('zentra', { knowledgeBase: rankingKnowledgeBase() });
    expect(matches.map((m) => [m.medication.id, m.matchType])).to.deep.equal([
      ['exact', 'exact'],
      ['prefix', 'prefix'],
      ['word-prefix', 'word-prefix'],
      ['fuzzy', 'fuzzy'],
      ['accented', 'fuzzy'],
    ]);
    const scores = matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).to.deep.equal(scores);
  });

  it('ranks an exact name above longer names that start with it', () => {
    expect(ids('tramadol').slice(0, 2)).to.deep.equal(['tramadol', 'tramadol-acetaminophen']);
    expect(ids('oxycodone')[0]).to.equal('oxycodone');
  });

  it('lists each medication once, under its best name', () => {
    for (const query of ['o', 'oxy', 'hydrocodone', 'codeine', 'tylenol', 'interferon', 'acetaminophen']) {
      const found = ids(query, 100);
      expect(new Set(found).size, query).to.equal(found.length);
    }
    const oxycodone = searchMedications('oxyc', { limit: 100 }).filter((m) => m.medication.id === 'oxycodone');
    expect(oxycodone).to.have.length(1);
  });

  it('can find every name of every medication by typing it', () => {
    for (const medication of medications) {
      for (const name of medication.names) {
        const match = top(name.text);
        expect(match.medication.id, name.text).to.equal(medication.id);
        expect(match.matchType, name.text).to.equal('exact');
        expect(match.matchedKind).to.be.oneOf(['generic', 'brand', 'other']);
      }
    }
  });

  it('highlights the matched part of the name as written', () => {
    expect(top('vic').highlights).to.deep.equal([[0, 3]]);
    expect(highlighted(top('contin'))).to.deep.equal(['Contin']);
    expect(highlighted(top('ms cont'))).to.deep.equal(['MS Cont']);
    expect(highlighted(top('mscont'))).to.deep.equal(['MS Cont']);
    expect(highlighted(top('Vicodin'))).to.deep.equal(['Vicodin']);
    expect(highlighted(top('oxycodne'))).to.deep.equal(['oxycodone']);
    expect(highlighted(top('tylenol #'))).to.deep.equal(['Tylenol']);
    const accented = searchMedications('creme zen', { knowledgeBase: rankingKnowledgeBase() })[0]!;
    expect(highlighted(accented)).to.deep.equal(['Crème Zén']);
  });
});

describe('search helpers', () => {
  it('folds text and maps every folded character back to the input', () => {
    const folded = foldText(' Tylénol #3 ');
    expect(folded.text).to.equal('tylenol 3');
    expect(folded.starts).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 10]);
    expect(foldText('İ').text).to.equal('i');
    expect(foldText('—').text).to.equal('');
  });

  it('measures one typo as distance 1', () => {
    expect(osaDistance('abcd', 'abdc')).to.equal(1);
    expect(osaDistance('abcd', 'abd')).to.equal(1);
    expect(osaDistance('abcd', 'abxcd')).to.equal(1);
    expect(osaDistance('abcd', 'axcd')).to.equal(1);
    expect(osaDistance('abcd', 'badc')).to.equal(2);
    expect(osaDistance('', 'ab')).to.equal(2);
    expect(closestPrefixLength('vicodn', 'vicodin', 1)).to.equal(7);
    expect(closestPrefixLength('zzzz', 'vicodin', 1)).to.equal(undefined);
  });
});

describe('search regressions', () => {
  it('folds compatibility characters (NFKD): fullwidth letters, ligatures, unit symbols', () => {
    expect(foldText('ＯＸＹＣＯＤＯＮＥ').text).to.equal('oxycodone');
    const ligature = foldText('ﬁ ㎎');
    expect(ligature.text).to.equal('fi mg');
    // Both letters of the ligature map back to the one input character they came from.
    expect(ligature.starts).to.deep.equal([0, 0, 1, 2, 2]);
    expect(ligature.ends).to.deep.equal([1, 1, 2, 3, 3]);
  });

  it('finds fullwidth queries, highlighting the name as written in the knowledge base', () => {
    expect(top('ＯＸＹＣＯＤＯＮＥ')).to.include({ matchedName: 'oxycodone', matchType: 'exact' });
    expect(top('ＯＸＹＣＯＤＯＮＥ').highlights).to.deep.equal([[0, 9]]);
    const prefix = top('Ｖｉｃ');
    expect(prefix).to.include({ matchedName: 'Vicodin', matchType: 'prefix' });
    expect(highlighted(prefix)).to.deep.equal(['Vic']);
  });

  it('finds exactly the keys one typo away, as a plain edit-distance scan does (whole and prefix)', function () {
    // The reference is a brute-force scan of every key for ~300 queries: slow by design, not a timing check.
    this.timeout(60_000);
    const keys = getMedicationIndex(builtInKnowledgeBase).suffixes;
    const oneEditVariants = (word: string): string[] => {
      const variants: string[] = [];
      for (let i = 0; i <= word.length; i++) {
        variants.push(word.slice(0, i) + word.slice(i + 1)); // missing letter
        variants.push(word.slice(0, i) + 'x' + word.slice(i)); // extra letter
        variants.push(word.slice(0, i) + 'e' + word.slice(i + 1)); // wrong letter
        variants.push(word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2)); // swapped
      }
      return variants;
    };
    const queries = new Set<string>(['zzzz', 'a', 'ms', 'codein', 'tylenol wth', 'interferon beta 1']);
    for (const name of ['vicodin', 'ms contin', 'oxycodone', 'tylenol 3', 'codeine cough syrup', 'rebif']) {
      for (const variant of oneEditVariants(name)) {
        queries.add(variant);
        queries.add(variant.slice(0, 4));
      }
    }
    // Whole mode: every key at distance exactly 1. Prefix mode: every key whose shortest prefix
    // (of one letter or more) within one typo is at distance 1 (at 0 it is a plain prefix match).
    const firstPrefixDistance = (query: string, key: string): number | undefined => {
      for (let length = 1; length <= key.length; length++) {
        const distance = osaDistance(query, key.slice(0, length));
        if (distance <= 1) return distance;
      }
      return undefined;
    };
    for (const query of queries) {
      if (query.length === 0) continue;
      const found = (mode: 'whole' | 'prefix') =>
        fuzzySearch(keys, query, 1, mode)
          .flatMap((range) => keys.slice(range.start, range.end))
          .sort();
      const whole = keys.filter((key) => osaDistance(query, key) === 1).sort();
      const prefix = keys.filter((key) => firstPrefixDistance(query, key) === 1).sort();
      expect(found('whole'), `whole ${query}`).to.deep.equal(whole);
      expect(found('prefix'), `prefix ${query}`).to.deep.equal(prefix);
    }
  });
});
