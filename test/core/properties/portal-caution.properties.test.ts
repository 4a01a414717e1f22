import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkInteractions,
  CONDITION_IDS,
  findingDisplayName,
  toCdsHooksCards,
  extendKnowledgeBase,
  RXNORM_SYSTEM,
  validateKnowledgeBase,
  type KnowledgeBase,
  type KnowledgeBaseExtension,
  type MedicationInput,
} from '../../../src/core/index.js';
import { findingProvenance } from '../../../src/core/finding-sources.js';
import { compareSeverity } from '../../../src/core/interactions.js';
import { embeddedName, hostileString, kb, returnsOrRejects, runs } from './arbitraries.js';

// Rule 2 (src/core/README.md, "Portal data only adds caution"): whatever a portal passes, every
// answer is at least as cautious as the built-in base's for the same entry, and only the
// built-in I2 finding says "no known conflict".

const medicationIds = kb.medications.map((m) => m.id);
const classIds = kb.medicationClasses.map((c) => c.id);
const knownNames = kb.medications.flatMap((m) => m.names.map((n) => n.text));
const knownCodes = kb.medications.flatMap((m) => m.codes.map((c) => c.code));
const portalSource = { id: 'portal-formulary', kind: 'reference' as const, label: 'Portal', citation: 'Formulary.' };

const portalName = fc.oneof(
  fc.constantFrom(...knownNames).chain((name) => embeddedName(name, 120)),
  fc.stringMatching(/^[A-Z][a-z]{3,10}( [a-z]{2,8})?$/),
  hostileString.filter((s) => /\S/.test(s) && s.length <= 120),
);
const portalCode = fc.oneof(fc.constantFrom(...knownCodes), fc.stringMatching(/^[0-9]{3,7}$/));

/** A portal extension that tries every way to reassure: new members of any class, aliases, codes, rules. */
const extension: fc.Arbitrary<KnowledgeBaseExtension> = fc.record({
  sources: fc.constant([portalSource]),
  medications: fc.array(
    fc.record({
      id: fc.stringMatching(/^portal-med-[a-z]{1,6}$/),
      genericName: portalName,
      classIds: fc.subarray(classIds, { minLength: 1 }),
      names: fc.array(
        fc.record({
          text: portalName,
          kind: fc.constantFrom('brand' as const, 'generic' as const, 'other' as const),
          sourceId: fc.constant('portal-formulary'),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      codes: fc.array(
        fc.record({
          system: fc.constant(RXNORM_SYSTEM),
          code: portalCode,
          display: portalName,
          sourceId: fc.constant('portal-formulary'),
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 3 },
  ),
  aliases: fc.array(
    fc.record({
      medicationId: fc.constantFrom(...medicationIds),
      name: fc.record({
        text: portalName,
        kind: fc.constantFrom('brand' as const, 'other' as const),
        sourceId: fc.constant('portal-formulary'),
      }),
    }),
    { maxLength: 4 },
  ),
  interactionRules: fc.array(
    fc.record({
      id: fc.stringMatching(/^portal-rule-[a-z]{1,6}$/),
      target: fc.oneof(
        fc.constantFrom(...classIds).map((classId) => ({ kind: 'class' as const, classId })),
        fc.constantFrom(...medicationIds).map((medicationId) => ({ kind: 'medication' as const, medicationId })),
        fc.constantFrom(...CONDITION_IDS).map((conditionId) => ({ kind: 'condition' as const, conditionId })),
      ),
      severity: fc.constantFrom('avoid' as const, 'caution' as const),
      explanation: fc.constant({ en: 'Portal rule.', es: 'Regla del portal.' }),
      whatToDo: fc.constant({ en: 'Ask your provider.', es: 'Pregunte a su proveedor.' }),
      factIds: fc.constant(['I1']),
      sourceIds: fc.constant(['portal-formulary']),
    }),
    { maxLength: 3 },
  ),
});

/**
 * A whole replacement base built from the built-in one, rewritten to reassure: any rule set to
 * `compatible` or dropped, medications moved into the glatiramer class, names moved between
 * medications, codes given to other medications.
 */
const replacement: fc.Arbitrary<unknown> = fc
  .record({
    ruleSeverities: fc.array(fc.constantFrom('avoid', 'caution', 'compatible', 'drop'), {
      minLength: kb.interactionRules.length,
      maxLength: kb.interactionRules.length,
    }),
    reclassify: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...classIds)), { maxLength: 6 }),
    moveNames: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
  })
  .map(({ ruleSeverities, reclassify, moveNames }) => {
    const copy = structuredClone(kb) as unknown as KnowledgeBase;
    copy.interactionRules = copy.interactionRules
      .map((rule, i) => ({ ...rule, severity: ruleSeverities[i] as never }))
      .filter((rule) => (rule.severity as string) !== 'drop');
    for (const [at, classId] of reclassify) copy.medications[at % copy.medications.length]!.classIds = [classId];
    for (const [from, to] of moveNames) {
      const source = copy.medications[from % copy.medications.length]!;
      const target = copy.medications[to % copy.medications.length]!;
      if (source.names.length > 1) target.names.push(source.names.pop()!);
      if (source.codes.length > 0 && source !== target) target.codes.push(source.codes.pop()!);
    }
    return copy;
  });

/** What a person or a portal might enter: known names, in text, and codes with a display. */
const entry: fc.Arbitrary<MedicationInput> = fc.oneof(
  fc.constantFrom(...knownNames).chain((name) => embeddedName(name, 150)),
  portalName,
  fc.record(
    {
      system: fc.constant(RXNORM_SYSTEM),
      code: portalCode,
      display: fc.oneof(portalName, fc.constantFrom(...knownNames)),
    },
    { requiredKeys: ['system', 'code'] },
  ),
);

function expectNoMoreReassuring(portalKb: KnowledgeBase, medications: MedicationInput[]): void {
  for (const medication of medications) {
    const [builtIn] = checkInteractions({ medications: [medication] });
    const [portal] = checkInteractions({ medications: [medication] }, { knowledgeBase: portalKb });
    const what = `${JSON.stringify(medication)}: built in ${builtIn!.severity}, with the portal's data ${portal!.severity}`;
    expect(compareSeverity(portal!.severity, builtIn!.severity), what).to.be.at.most(0);
    if (portal!.severity === 'compatible') expect(portal!.ruleId, what).to.equal(builtIn!.ruleId);
  }
  for (const conditionId of CONDITION_IDS) {
    const [builtIn] = checkInteractions({ conditions: [conditionId] });
    const [portal] = checkInteractions({ conditions: [conditionId] }, { knowledgeBase: portalKb });
    expect(compareSeverity(portal!.severity, builtIn!.severity), conditionId).to.be.at.most(0);
  }
}

describe('portal data only adds caution — properties', () => {
  it('no extension makes any entry more reassuring than the built-in base (classes, aliases, codes, rules)', () => {
    fc.assert(
      fc.property(extension, fc.array(entry, { minLength: 1, maxLength: 6 }), (ext, entries) => {
        const outcome = returnsOrRejects(() => extendKnowledgeBase(ext));
        if (!outcome.ok) return;
        const aliasTexts = [
          ...(ext.aliases ?? []).map((a) => a.name.text),
          ...(ext.medications ?? []).flatMap((m) => m.names.map((n) => n.text)),
        ].filter((t) => t.length <= 200 && /\S/.test(t));
        expectNoMoreReassuring(outcome.value, [...entries, ...aliasTexts]);
      }),
      runs(150),
    );
  });

  it('no replacement base makes any entry more reassuring than the built-in base', () => {
    fc.assert(
      fc.property(replacement, fc.array(entry, { minLength: 1, maxLength: 6 }), (base, entries) => {
        const outcome = returnsOrRejects(() => validateKnowledgeBase(base));
        if (!outcome.ok) return;
        expectNoMoreReassuring(outcome.value, [...entries, ...knownNames.slice(0, 40)]);
      }),
      runs(100),
    );
  });

  it('a validated base cannot be changed afterwards: neither through the result nor through the original', () => {
    fc.assert(
      fc.property(replacement, fc.constantFrom(...knownNames), (base, name) => {
        const outcome = returnsOrRejects(() => validateKnowledgeBase(base));
        if (!outcome.ok) return;
        const validated = outcome.value;
        const before = checkInteractions({ medications: [name] }, { knowledgeBase: validated });
        const reassure = (target: KnowledgeBase) => {
          try {
            for (const rule of target.interactionRules) (rule as { severity: string }).severity = 'compatible';
            target.interactionRules.length = 0;
          } catch {
            // A frozen base refuses: that is the point.
          }
        };
        reassure(validated);
        reassure(base as KnowledgeBase);
        expect(checkInteractions({ medications: [name] }, { knowledgeBase: validated })).to.deep.equal(before);
        expect(Object.isFrozen(validated.interactionRules[0] ?? {})).to.equal(true);
      }),
      runs(50),
    );
  });

  it('no replacement base renames or re-explains a "no known conflict" finding: its Spanish title and its reason are the built-in ones', () => {
    const glatiramerNames = kb.medications
      .filter((m) => m.classIds.includes('glatiramer'))
      .flatMap((m) => m.names.map((n) => n.text));
    const spanishNames = kb.medications.flatMap((m) => (m.genericNameEs ? [m.genericNameEs] : []));
    const renamed = fc
      .array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...spanishNames), portalName)), { minLength: 1, maxLength: 8 })
      .map((renames) => {
        const copy = structuredClone(kb) as unknown as KnowledgeBase;
        // The glatiramer medicines (the only "no known conflict" ones) first, then any others.
        const targets = [
          ...copy.medications.filter((m) => m.classIds.includes('glatiramer')),
          ...copy.medications.filter((m) => !m.classIds.includes('glatiramer')),
        ];
        renames.forEach(([at, name], i) => {
          const target = targets[i < 2 ? i : at % targets.length]!;
          target.genericNameEs = name;
          target.memberships = target.classIds.map((classId) => ({
            classId,
            reason: { en: `contains ${name}, an opioid`, es: `contiene ${name}, un opioide` },
            sourceId: 'rxnorm-nlm',
          }));
        });
        return copy;
      });
    fc.assert(
      fc.property(renamed, fc.constantFrom(...knownNames, ...glatiramerNames), (base, name) => {
        const outcome = returnsOrRejects(() => validateKnowledgeBase(base));
        if (!outcome.ok) return;
        const builtIn = checkInteractions({ medications: [name] });
        const portal = checkInteractions({ medications: [name] }, { knowledgeBase: outcome.value });
        portal.forEach((finding, i) => {
          if (finding.severity !== 'compatible') return;
          const expected = findingDisplayName(builtIn[i]!, kb, 'es');
          expect(findingDisplayName(finding, outcome.value, 'es'), name).to.equal(expected);
          const [card] = toCdsHooksCards([finding], { lang: 'es', knowledgeBase: outcome.value });
          expect(card!.summary, name).to.contain(expected);
          expect(findingProvenance(finding, outcome.value), name).to.deep.equal(findingProvenance(builtIn[i]!, kb));
        });
      }),
      runs(150),
    );
  });
});
