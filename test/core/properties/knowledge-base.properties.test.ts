import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  buildTitrationSchedule,
  checkInteractions,
  extendKnowledgeBase,
  fromFhir,
  searchMedications,
  sideEffects,
  toCdsHooksCards,
  validateKnowledgeBase,
  type KnowledgeBase,
  type KnowledgeBaseExtension,
} from '../../../src/core/index.js';
import { compareSeverity } from '../../../src/core/interactions.js';
import { findReferenceIssues } from '../../../src/core/knowledge-base.js';
import {
  anyValue,
  CLASS_SEVERITY,
  embeddedName,
  expectBuiltInUnchanged,
  expectNoPrototypePollution,
  hostileString,
  kb,
  prototypeKeys,
  returnsOrRejects,
  runs,
  snapshotKnowledgeBase,
} from './arbitraries.js';

type Path = (string | number)[];

/** Every path to a value inside the knowledge base (objects, arrays and leaves). */
function allPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...allPaths(child, [...prefix, key])]);
}

const ALL_IDS = [
  ...kb.sources,
  ...kb.facts,
  ...kb.statements,
  ...kb.medicationClasses,
  ...kb.medications,
  ...kb.conditions,
  ...kb.interactionRules,
  ...kb.sideEffects,
].map((record) => record.id);

/** One change at one place: what a portal's broken or hostile copy of the data might contain. */
const mutation = fc.record({
  at: fc.nat(),
  change: fc.oneof(
    fc.constant({ kind: 'drop' as const }),
    fc.constant({ kind: 'duplicate' as const }),
    fc.constantFrom('', '   ', '\u200B').map((blank) => ({ kind: 'set' as const, value: blank as unknown })),
    fc
      .constantFrom(...ALL_IDS, 'no-such-id', 'D99', 'B1')
      .map((id) => ({ kind: 'set' as const, value: id as unknown })),
    hostileString.map((text) => ({ kind: 'set' as const, value: text as unknown })),
    anyValue.map((value) => ({ kind: 'set' as const, value })),
  ),
});

function mutate(base: KnowledgeBase, mutations: { at: number; change: { kind: string; value?: unknown } }[]): unknown {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  for (const { at, change } of mutations) {
    const paths = allPaths(copy);
    if (paths.length === 0) break;
    const path = paths[at % paths.length]!;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy) as
      Record<string | number, unknown> | unknown[];
    const key = path.at(-1)!;
    if (Array.isArray(parent) && typeof key === 'number') {
      if (change.kind === 'drop') parent.splice(key, 1);
      else if (change.kind === 'duplicate') parent.splice(key, 0, structuredClone(parent[key]));
      else parent[key] = change.value;
    } else {
      const record = parent as Record<string | number, unknown>;
      if (change.kind === 'drop') delete record[key];
      else if (change.kind === 'duplicate') record[key] = [record[key], record[key]];
      else record[key] = change.value;
    }
  }
  return copy;
}

/** Every engine, given a knowledge base: none may throw anything but LdnValidationError. */
function useEverywhere(knowledgeBase: unknown, text: string): void {
  const options = { knowledgeBase } as never;
  const findings = returnsOrRejects(
    () => checkInteractions({ medications: [text, 'Vicodin', 'Copaxone'], conditions: ['pregnancy'] }, options),
    'checkInteractions',
  );
  returnsOrRejects(() => searchMedications(text, options), 'searchMedications');
  returnsOrRejects(() => searchMedications('co', options), 'searchMedications');
  returnsOrRejects(() => sideEffects({ category: 'sleep' }, options), 'sideEffects');
  returnsOrRejects(() => buildTitrationSchedule({ spasticity: true }, options), 'buildTitrationSchedule');
  returnsOrRejects(() => fromFhir([{ resourceType: 'Condition', code: { text: 'hepatitis' } }], options), 'fromFhir');
  if (findings.ok) returnsOrRejects(() => toCdsHooksCards(findings.value, options), 'toCdsHooksCards');
}

describe('knowledge base validation and extension — properties', function () {
  // Heavier properties (whole knowledge bases, long calendars): room for a busy machine.
  this.timeout(20_000);
  const prototypeBefore = prototypeKeys();
  const knowledgeBaseBefore = snapshotKnowledgeBase();
  after(() => expectNoPrototypePollution(prototypeBefore));
  after(() => expectBuiltInUnchanged(knowledgeBaseBefore));

  it('validateKnowledgeBase returns a knowledge base or throws LdnValidationError for any value', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        returnsOrRejects(() => validateKnowledgeBase(value));
      }),
      runs(300),
    );
  });

  it('findReferenceIssues returns a list of issues or throws LdnValidationError for any value', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        returnsOrRejects(() => findReferenceIssues(value as never));
      }),
      runs(200),
    );
  });

  it('validateKnowledgeBase accepts or rejects (LdnValidationError) any mutation of the built-in data', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const outcome = returnsOrRejects(() => validateKnowledgeBase(mutate(kb, mutations)));
        if (outcome.ok) expect(findReferenceIssues(outcome.value)).to.deep.equal([]);
      }),
      runs(200),
    );
    expectBuiltInUnchanged(knowledgeBaseBefore);
  });

  it('every engine answers or throws LdnValidationError with any mutated knowledge base, valid or not', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), hostileString, (mutations, text) => {
        const mutated = mutate(kb, mutations);
        useEverywhere(mutated, text.slice(0, 200) || 'x');
        const valid = returnsOrRejects(() => validateKnowledgeBase(mutated));
        if (valid.ok) useEverywhere(valid.value, text.slice(0, 200) || 'x');
      }),
      runs(150),
    );
    expectBuiltInUnchanged(knowledgeBaseBefore);
  });

  it('extendKnowledgeBase returns a knowledge base or throws LdnValidationError for any extension', () => {
    fc.assert(
      fc.property(anyValue, (extension) => {
        returnsOrRejects(() => extendKnowledgeBase(extension as never));
      }),
      runs(300),
    );
    expectBuiltInUnchanged(knowledgeBaseBefore);
  });

  it('extendKnowledgeBase returns a knowledge base or throws LdnValidationError for any base', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyValue,
          fc.array(mutation, { maxLength: 2 }).map((m) => mutate(kb, m)),
        ),
        (base) => {
          returnsOrRejects(() => extendKnowledgeBase({}, base as never));
        },
      ),
      runs(200),
    );
    expectBuiltInUnchanged(knowledgeBaseBefore);
  });

  const medicationIds = kb.medications.map((m) => m.id);
  const classIds = kb.medicationClasses.map((c) => c.id);
  const knownNames = kb.medications.flatMap((m) => m.names.map((n) => n.text));
  const portalSource = {
    id: 'portal-formulary',
    kind: 'reference' as const,
    label: 'Portal formulary',
    citation: 'Our formulary, 2025.',
  };

  /** A plausible portal extension: aliases (some of them other medications' names), rules, new medications. */
  const extension: fc.Arbitrary<KnowledgeBaseExtension> = fc.record({
    sources: fc.constant([portalSource]),
    aliases: fc.array(
      fc.record({
        medicationId: fc.constantFrom(...medicationIds),
        name: fc.record({
          text: fc.oneof(
            fc.constantFrom(...knownNames).chain((name) => embeddedName(name, 120)),
            hostileString.filter((s) => /\S/.test(s)),
          ),
          kind: fc.constantFrom('brand' as const, 'other' as const),
          sourceId: fc.constant('portal-formulary'),
        }),
      }),
      { maxLength: 4 },
    ),
    interactionRules: fc.array(
      fc.record({
        id: fc.stringMatching(/^portal-[a-z]{1,8}$/),
        target: fc.oneof(
          fc.constantFrom(...classIds).map((classId) => ({ kind: 'class' as const, classId })),
          fc.constantFrom(...medicationIds).map((medicationId) => ({ kind: 'medication' as const, medicationId })),
        ),
        severity: fc.constantFrom('avoid' as const, 'caution' as const, 'compatible' as const),
        explanation: fc.constant({ en: 'Portal rule.', es: 'Regla del portal.' }),
        whatToDo: fc.constant({ en: 'Ask your provider.', es: 'Pregunte a su proveedor.' }),
        factIds: fc.constant(['I1']),
        sourceIds: fc.constant(['portal-formulary']),
      }),
      { maxLength: 3 },
    ),
  });

  it('extendKnowledgeBase accepts or rejects (LdnValidationError) random extensions, and changes neither base', () => {
    fc.assert(
      fc.property(extension, fc.array(mutation, { maxLength: 2 }), (ext, mutations) => {
        const base = validateKnowledgeBase(kb);
        const baseBefore = structuredClone(base);
        const mutatedExtension = mutate(ext as never, mutations);
        returnsOrRejects(() => extendKnowledgeBase(mutatedExtension as never, base));
        expect(base).to.deep.equal(baseBefore);
      }),
      runs(100),
    );
    expectBuiltInUnchanged(knowledgeBaseBefore);
  });

  it('an extension never makes a name the built-in data warns about less serious (no alias can hide an opioid)', () => {
    fc.assert(
      fc.property(extension, (ext) => {
        const outcome = returnsOrRejects(() => extendKnowledgeBase(ext));
        if (!outcome.ok) return;
        const texts = [...knownNames, ...(ext.aliases ?? []).map((alias) => alias.name.text)];
        for (const text of texts) {
          if (text.length > 200 || !/\S/.test(text)) continue;
          const [builtIn] = checkInteractions({ medications: [text] });
          if (builtIn!.severity !== 'avoid' && builtIn!.severity !== 'caution') continue;
          const [extended] = checkInteractions({ medications: [text] }, { knowledgeBase: outcome.value });
          expect(
            compareSeverity(extended!.severity, builtIn!.severity),
            `${JSON.stringify(text)}: ${builtIn!.severity} built in, ${extended!.severity} with ${JSON.stringify(ext.aliases)}`,
          ).to.be.at.most(0);
        }
      }),
      runs(100),
    );
  });

  it('keeps the built-in data safe from callers that change what the engines return', () => {
    // A caller (an element, a portal script) editing a result in place must not rewrite the
    // knowledge base for every later check: e.g. `finding.explanation.en = 'Safe'`.
    const mutateDeep = (value: unknown, seen = new Set<unknown>()): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      for (const [key, child] of Object.entries(value)) {
        try {
          if (typeof child === 'string') (value as Record<string, unknown>)[key] = `${child} (changed by the caller)`;
          else if (Array.isArray(child) && child.every((item) => typeof item === 'string')) child.push('glatiramer');
          else mutateDeep(child, seen);
        } catch {
          // A frozen result refusing the change is fine: that is one way to keep the data safe.
        }
      }
    };
    const results: [string, () => unknown][] = [
      [
        'checkInteractions',
        () => checkInteractions({ medications: ['Vicodin', 'Rebif', 'Copaxone'], conditions: ['pregnancy'] }),
      ],
      ['searchMedications', () => searchMedications('oxy')],
      ['sideEffects', () => sideEffects()],
      ['buildTitrationSchedule', () => buildTitrationSchedule({ targetDoseMg: 9 })],
    ];
    const changed: string[] = [];
    for (const [name, run] of results) {
      mutateDeep(run());
      try {
        expectBuiltInUnchanged(knowledgeBaseBefore);
      } catch {
        changed.push(name);
      }
    }
    expect(changed.join(', '), 'engines whose results share objects with the built-in knowledge base').to.equal('');
    // Even after a caller's edits (now repaired), the truth is unchanged.
    expect(checkInteractions({ medications: ['Vicodin'] })[0]!.severity).to.equal(CLASS_SEVERITY['opioid']);
  });
});
