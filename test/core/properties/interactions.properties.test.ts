import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkInteractions,
  summarizeFindings,
  CONDITION_IDS,
  RXNORM_SYSTEM,
  SEVERITIES,
  type Finding,
  type MedicationInput,
} from '../../../src/core/index.js';
import { isDoseFormPhrase } from '../../../src/core/search/dose-grammar.js';
import { fold, isConnector } from '../../../src/core/search/normalize.js';
import {
  anyValue,
  caseAndAccentVariant,
  CLASS_SEVERITY,
  containsNameAsWords,
  DOSE_FORM_PHRASES,
  embeddedName,
  foreignWord,
  GLATIRAMER_IDS,
  hostileRecord,
  hostileStringUpTo,
  isForeignWord,
  kb,
  namesOfClass,
  NOT_DOSE_FORM,
  returnsOrRejects,
  runs,
  keepBuiltInDataAndPrototypesIntact,
} from './arbitraries.js';

const sourceIds = new Set(kb.sources.map((s) => s.id));
const codes = kb.medications.flatMap((m) => m.codes.map((code) => ({ code, medicationId: m.id })));

/** Free text or a code, as a person or a portal passes it (always within the accepted limits). */
const medicationEntry: fc.Arbitrary<MedicationInput> = fc.oneof(
  { weight: 4, arbitrary: hostileStringUpTo(200).filter((s) => /\S/.test(s)) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...kb.medications.flatMap((m) => m.names.map((n) => n.text)))
      .chain((name) => embeddedName(name)),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        system: fc.constantFrom(RXNORM_SYSTEM, 'http://snomed.info/sct', 'urn:oid:1.2.3'),
        code: fc.oneof(fc.constantFrom(...codes.map((c) => c.code.code)), fc.stringMatching(/^[0-9]{1,8}$/)),
        display: hostileStringUpTo(60),
      },
      { requiredKeys: ['system', 'code'] },
    ),
  },
);

const validInput = fc.record(
  {
    medications: fc.array(medicationEntry, { maxLength: 12 }),
    conditions: fc.array(fc.constantFrom(...CONDITION_IDS), { maxLength: 5 }),
  },
  { requiredKeys: [] },
);

const only = (entry: MedicationInput): Finding => {
  const findings = checkInteractions({ medications: [entry] });
  expect(findings).to.have.length(1);
  return findings[0]!;
};

/** The dedupe key the checker documents: one medication, one folded text, or one code. */
function entryKey(entry: MedicationInput, finding: Finding): string {
  if (finding.medicationId !== undefined) return `medication:${finding.medicationId}`;
  if (typeof entry === 'string') return `text:${fold(entry) || entry.trim()}`;
  return `code:${entry.system}|${entry.code}`;
}

describe('checkInteractions — properties', () => {
  keepBuiltInDataAndPrototypesIntact();

  it('returns findings or throws LdnValidationError for any value whatsoever', () => {
    fc.assert(
      fc.property(anyValue, anyValue, (input, options) => {
        returnsOrRejects(() => checkInteractions(input as never));
        returnsOrRejects(() => checkInteractions({ medications: [] }, options as never));
      }),
      runs(400),
    );
  });

  it('returns findings or throws LdnValidationError for inputs of the right shape with hostile slots', () => {
    const entry = fc.oneof(medicationEntry, anyValue, hostileRecord({ system: fc.string(), code: fc.string() }));
    fc.assert(
      fc.property(
        hostileRecord({
          medications: fc.oneof(
            fc.array(entry, { maxLength: 6 }),
            fc.array(fc.constantFrom('x', 'Vicodin', 'Copaxone', 'rebif 30 mcg'), { minLength: 95, maxLength: 110 }),
          ),
          conditions: fc.array(fc.oneof(fc.constantFrom(...CONDITION_IDS), anyValue), { maxLength: 4 }),
        }),
        (input) => {
          returnsOrRejects(() => checkInteractions(input as never));
        },
      ),
      runs(200),
    );
  });

  it('gives one finding per distinct entry, each what that entry gives alone, most serious first', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const findings = checkInteractions(input);
        // Expected: every entry checked on its own, the first of each key kept (with the inputs of
        // the later ones added), then sorted.
        const expected: Finding[] = [];
        const seen = new Set<string>();
        const byKey = new Map<string, Finding & { inputs: string[] }>();
        for (const entry of input.medications ?? []) {
          const alone = only(entry) as Finding & { inputs: string[] };
          const key = entryKey(entry, alone);
          if (!seen.has(key)) {
            const copy = { ...alone, inputs: [...alone.inputs] };
            expected.push(copy);
            byKey.set(key, copy);
          } else if (!byKey.get(key)!.inputs.includes(alone.input)) byKey.get(key)!.inputs.push(alone.input);
          seen.add(key);
        }
        for (const conditionId of input.conditions ?? []) {
          if (!seen.has(`condition:${conditionId}`))
            expected.push(checkInteractions({ conditions: [conditionId] })[0]!);
          seen.add(`condition:${conditionId}`);
        }
        const order = (f: Finding) => SEVERITIES.indexOf(f.severity);
        const sortedExpected = [...expected].sort((a, b) => order(a) - order(b));
        expect(findings).to.deep.equal(sortedExpected);
        findings.forEach((finding, i) => {
          if (i > 0) expect(order(finding)).to.be.at.least(order(findings[i - 1]!));
        });
      }),
      runs(150),
    );
  });

  it('gives every finding text in both languages and sources that exist; `compatible` only for glatiramer (I2)', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        for (const finding of checkInteractions(input)) {
          for (const text of [finding.explanation, finding.whatToDo]) {
            expect(text.en).to.match(/\S/);
            expect(text.es).to.match(/\S/);
          }
          for (const id of finding.sourceIds) expect(sourceIds.has(id), `source ${id}`).to.equal(true);
          if (finding.severity !== 'unknown') expect(finding.sourceIds).to.not.be.empty;
          if (finding.severity === 'compatible') {
            expect(GLATIRAMER_IDS.has(finding.medicationId ?? ''), `compatible for ${finding.input}`).to.equal(true);
          }
        }
      }),
      runs(300),
    );
  });

  it('keeps what was entered as data: `input` is the entry exactly as given', () => {
    fc.assert(
      fc.property(fc.array(medicationEntry, { minLength: 1, maxLength: 6 }), (medications) => {
        const findings = checkInteractions({ medications });
        const given = medications.map((entry) =>
          typeof entry === 'string'
            ? entry
            : entry.display !== undefined && /\S/.test(entry.display)
              ? entry.display
              : `${entry.system}|${entry.code}`,
        );
        for (const finding of findings) expect(given).to.include(finding.input);
        // The first text entry of the list is always reported under its own, untouched text.
        const first = medications[0]!;
        if (typeof first === 'string') expect(findings.map((f) => f.input)).to.include(first);
      }),
      runs(300),
    );
  });

  for (const [classId, severity] of Object.entries(CLASS_SEVERITY)) {
    it(`finds every ${classId} name, in any case, with accents, among doses and other words: ${severity}`, () => {
      const names = namesOfClass(classId);
      // A word the checker cannot place may be a medicine it does not know, so it never lets an
      // entry reassure: the reassuring class is embedded among doses and filler phrases only.
      const foreignWords = severity !== 'compatible';
      fc.assert(
        fc.property(
          fc
            .constantFrom(...names)
            .chain((name) => fc.tuple(fc.constant(name), embeddedName(name.text, 200, { foreignWords }))),
          ([name, typed]) => {
            const finding = only(typed);
            expect(finding.severity, `${JSON.stringify(typed)} (${name.text})`).to.equal(severity);
            expect(finding.medicationId).to.equal(name.medicationId);
            expect(finding.input).to.equal(typed);
          },
        ),
        runs(300),
      );
    });
  }

  it('finds every name of every medication when typed exactly, whatever its class', () => {
    for (const medication of kb.medications) {
      for (const name of medication.names) {
        const finding = only(name.text);
        expect(finding.medicationId, name.text).to.equal(medication.id);
        const classSeverities = medication.classIds.map((id) => CLASS_SEVERITY[id]);
        expect(classSeverities, name.text).to.include(finding.severity);
      }
    }
  });

  it('never says `compatible` for text that does not contain a glatiramer name as whole words', () => {
    const glatiramerNames = namesOfClass('glatiramer').map((n) => n.text);
    // One-letter edits of the names are the most dangerous near misses.
    const nearMiss = fc
      .tuple(
        fc.constantFrom(...glatiramerNames),
        fc.nat(),
        fc.constantFrom('drop', 'swap', 'insert', 'replace'),
        fc.string({ minLength: 1, maxLength: 1 }),
      )
      .map(([name, at, edit, char]) => {
        const i = at % name.length;
        if (edit === 'drop') return name.slice(0, i) + name.slice(i + 1);
        if (edit === 'swap') return name.slice(0, i) + (name[i + 1] ?? '') + name[i] + name.slice(i + 2);
        if (edit === 'insert') return name.slice(0, i) + char + name.slice(i);
        return name.slice(0, i) + char + name.slice(i + 1);
      });
    fc.assert(
      fc.property(
        fc.oneof(hostileStringUpTo(200), nearMiss).filter((s) => /\S/.test(s)),
        (text) => {
          const finding = only(text);
          if (finding.severity === 'compatible') {
            expect(
              glatiramerNames.some((name) => containsNameAsWords(text, name)),
              `compatible for ${JSON.stringify(text)}`,
            ).to.equal(true);
          }
        },
      ),
      runs(400),
    );
  });

  it('never says `compatible` for a glatiramer name next to a word it cannot place ("Copaxone and Zoloft")', () => {
    const glatiramerNames = namesOfClass('glatiramer').map((n) => n.text);
    fc.assert(
      fc.property(
        fc.constantFrom(...glatiramerNames),
        fc.array(foreignWord, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(' ', ', ', ' and ', ' + ', ' / '),
        fc.boolean(),
        (name, words, separator, wordsFirst) => {
          const text = (wordsFirst ? [...words, name] : [name, ...words]).join(separator);
          const finding = only(text);
          expect(finding.severity, JSON.stringify(text)).to.not.equal('compatible');
          // Unless a word is a typo of a name that warns, the entry is unknown, not a medication.
          if (finding.severity === 'unknown') expect(finding.medicationId, JSON.stringify(text)).to.equal(undefined);
        },
      ),
      runs(300),
    );
  });

  it('does not change the finding of a known medication when unrelated unknown entries are added', () => {
    const known = fc
      .constantFrom(...kb.medications.flatMap((m) => m.names.map((n) => n.text)))
      .chain((n) => embeddedName(n));
    const unrelated = hostileStringUpTo(200).filter((s) => /\S/.test(s) && only(s).medicationId === undefined);
    fc.assert(
      fc.property(
        known,
        fc.array(unrelated, { maxLength: 5 }),
        fc.array(unrelated, { maxLength: 5 }),
        (entry, before, after) => {
          const alone = only(entry);
          const together = checkInteractions({ medications: [...before, entry, ...after] });
          // An entry not wholly recognised ("Glatopa xq") is unknown without a medication: find it by its text.
          const mine = together.filter((f) =>
            alone.medicationId === undefined ? f.input === entry : f.medicationId === alone.medicationId,
          );
          expect(mine).to.deep.equal([alone]);
        },
      ),
      runs(100),
    );
  });

  it('ignores case and accents: a variant of any text gets the same finding', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(
            fc.string({ maxLength: 60 }),
            fc.constantFrom(...kb.medications.flatMap((m) => m.names.map((n) => n.text))),
          )
          .filter((s) => /\S/.test(s))
          .chain((text) => fc.tuple(fc.constant(text), caseAndAccentVariant(text))),
        ([text, variant]) => {
          const a = only(text);
          const b = only(variant);
          expect([b.severity, b.medicationId, b.name.toLowerCase()]).to.deep.equal(
            a.medicationId === undefined
              ? [a.severity, a.medicationId, b.name.toLowerCase()] // unknown: the name is the text
              : [a.severity, a.medicationId, a.name.toLowerCase()],
          );
        },
      ),
      runs(300),
    );
  });

  it('never makes a warning milder by writing two medicines in one entry ("Copaxone, Vicodn")', () => {
    // What one part of an entry warns about (avoid, caution) must survive next to another name.
    const names = kb.medications.flatMap((m) => m.names.map((n) => n.text));
    const typo = fc
      .tuple(fc.constantFrom(...names), fc.nat(), fc.constantFrom('drop', 'swap', 'replace'))
      .map(([name, at, edit]) => {
        const i = at % name.length;
        if (edit === 'drop') return name.slice(0, i) + name.slice(i + 1);
        if (edit === 'swap') return name.slice(0, i) + (name[i + 1] ?? '') + name[i] + name.slice(i + 2);
        return name.slice(0, i) + (name[i] === 'x' ? 'q' : 'x') + name.slice(i + 1);
      })
      .filter((text) => /\S/.test(text));
    const part = fc.oneof(fc.constantFrom(...names), typo);
    fc.assert(
      fc.property(part, part, fc.constantFrom(', ', ' and ', ' + ', ' / ', '; '), (a, b, separator) => {
        const entry = `${a}${separator}${b}`;
        fc.pre(entry.length <= 200);
        const together = only(entry).severity;
        for (const alone of [only(a).severity, only(b).severity]) {
          if (alone === 'avoid' || alone === 'caution') {
            expect(
              SEVERITIES.indexOf(together),
              `${JSON.stringify(entry)}: ${together}, but a part alone: ${alone}`,
            ).to.be.at.most(SEVERITIES.indexOf(alone));
          }
        }
      }),
      runs(300),
    );
  });

  it('treats random words that are no part of any name as unknown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{5,10}$/).filter(isForeignWord), { minLength: 1, maxLength: 4 }),
        (words) => {
          const finding = only(words.join(' '));
          // Typo tolerance may still recognise a near miss of a name: then it must be a real one.
          if (finding.medicationId === undefined) expect(finding.severity).to.equal('unknown');
          else expect(finding.severity).to.not.equal('compatible');
        },
      ),
      runs(300),
    );
  });

  // Rule 1 (src/core/README.md, "Recognition"): every word of an entry must be accounted for.
  it('never answers "no known conflict" for a compatible name with anything left over that is not a dose or form phrase', () => {
    const compatibleNames = namesOfClass('glatiramer').map((n) => n.text);
    const leftover = fc.oneof(
      fc.constantFrom(...NOT_DOSE_FORM),
      foreignWord,
      fc.stringMatching(/^[0-9]{1,3}[a-z]{1,4}$/),
      fc.stringMatching(/^[0-9]{1,4}$/),
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
      // A real dose phrase with something else beside it.
      fc
        .tuple(fc.constantFrom(...DOSE_FORM_PHRASES), fc.oneof(fc.constantFrom(...NOT_DOSE_FORM), foreignWord))
        .map(([dose, other]) => `${dose} ${other}`),
      fc
        .tuple(fc.oneof(fc.constantFrom(...NOT_DOSE_FORM), foreignWord), fc.constantFrom(...DOSE_FORM_PHRASES))
        .map(([other, dose]) => `${other} ${dose}`),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...compatibleNames).chain((c) => fc.tuple(caseAndAccentVariant(c), leftover, fc.boolean())),
        ([c, s, before]) => {
          const words = fold(s)
            .split(' ')
            .filter((w) => w.length > 0);
          // Only text that is a dose or form phrase (connectors aside), or that names a medicine, may reassure.
          fc.pre(!isDoseFormPhrase(words.filter((w) => !isConnector(w)).join(' ')));
          fc.pre(words.every((w) => isForeignWord(w)));
          const entry = before ? `${s} ${c}` : `${c} ${s}`;
          fc.pre(entry.length <= 200);
          expect(only(entry).severity, JSON.stringify(entry)).to.not.equal('compatible');
        },
      ),
      runs(500),
    );
  });

  it('keeps a compatible name with only dose and form phrases around it compatible', () => {
    const compatibleNames = namesOfClass('glatiramer').map((n) => n.text);
    fc.assert(
      fc.property(
        fc.constantFrom(...compatibleNames),
        fc.array(fc.constantFrom(...DOSE_FORM_PHRASES), { minLength: 1, maxLength: 3 }),
        (c, doses) => {
          expect(only(`${c} ${doses.join(' ')}`).severity).to.equal('compatible');
        },
      ),
      runs(200),
    );
  });
});

describe('checkInteractions — a code is the code it is, however it is spaced', () => {
  keepBuiltInDataAndPrototypesIntact();
  const names = kb.medications.flatMap((m) => m.names.map((n) => n.text));

  it('a known code with spaces around it, or its system with a trailing slash, gets the same finding, whatever the display', () => {
    const pad = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0');
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        pad,
        pad,
        fc.constantFrom('', '/', '//'),
        fc.option(fc.constantFrom(...names), { nil: undefined }),
        ({ code }, before, after, slash, display) => {
          const canonical = { system: code.system, code: code.code, ...(display ? { display } : {}) };
          const written = {
            system: `${code.system}${slash}`,
            code: `${before}${code.code}${after}`,
            ...(display ? { display } : {}),
          };
          const [expected] = checkInteractions({ medications: [canonical] });
          const [actual] = checkInteractions({ medications: [written] });
          expect([actual!.severity, actual!.medicationId], JSON.stringify(written)).to.deep.equal([
            expected!.severity,
            expected!.medicationId,
          ]);
        },
      ),
      runs(200),
    );
  });
});

describe('summarizeFindings — properties', () => {
  keepBuiltInDataAndPrototypesIntact();

  it('counts anything it is given, or throws LdnValidationError; what is not a finding counts as unknown, never compatible', () => {
    const item = fc.oneof(
      anyValue,
      fc.record({ severity: fc.oneof(fc.constantFrom(...SEVERITIES), hostileStringUpTo(20), anyValue) }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(item, { maxLength: 8 }), anyValue), (value) => {
        const outcome = returnsOrRejects(() => summarizeFindings(value as never));
        if (!outcome.ok) return;
        const items = value as unknown[];
        const counts = outcome.value;
        expect(counts.total).to.equal(items.length);
        expect(counts.avoid + counts.caution + counts.unknown + counts.compatible).to.equal(items.length);
        const severityOf = (i: unknown) => {
          try {
            return typeof i === 'object' && i !== null ? (i as { severity?: unknown }).severity : undefined;
          } catch {
            return undefined;
          }
        };
        const real = (severity: string) => items.filter((i) => severityOf(i) === severity).length;
        expect(counts.compatible).to.equal(real('compatible'));
        expect(Object.keys(counts).sort()).to.deep.equal(['avoid', 'caution', 'compatible', 'total', 'unknown']);
      }),
      runs(300),
    );
  });
});
