import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  extendKnowledgeBase,
  extendKnowledgeBaseInSlices,
  LdnValidationError,
  RXNORM_SYSTEM,
  validateKnowledgeBase,
  type KnowledgeBase,
} from '../../../src/core/index.js';
import { parseOrThrow, type ValidationIssue } from '../../../src/core/errors.js';
import { KnowledgeBaseExtensionSchema } from '../../../src/core/knowledge-base-extension.js';
import { resolveKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { kb, runs } from './arbitraries.js';

// extendKnowledgeBase is validated once (zod over the extension, then references), and
// extendKnowledgeBaseInSlices gives the same frozen result or the same issues, a slice at a time.

/** The former implementation (before #19), kept as the reference: merge, then validate the whole merged base. */
function extendByWholeValidation(extension: unknown, baseKnowledgeBase: KnowledgeBase = kb): KnowledgeBase {
  const base = resolveKnowledgeBase(baseKnowledgeBase);
  const ext = parseOrThrow(KnowledgeBaseExtensionSchema, extension, 'knowledge-base extension');
  const reassuring = (ext.interactionRules ?? []).findIndex((rule) => rule.severity === 'compatible');
  if (reassuring >= 0) {
    throw new LdnValidationError('Invalid knowledge-base extension: a portal rule cannot be "compatible"', [
      {
        code: 'custom',
        path: ['interactionRules', reassuring, 'severity'],
        message: 'a portal rule cannot be "compatible"; only avoid or caution',
        input: 'compatible',
      } as ValidationIssue,
    ]);
  }
  const aliasIssues: ValidationIssue[] = [];
  const medications = [...base.medications, ...(ext.medications ?? [])].map((m) => ({ ...m, names: [...m.names] }));
  (ext.aliases ?? []).forEach((alias, index) => {
    const target = medications.find((m) => m.id === alias.medicationId);
    if (target) target.names.push(alias.name);
    else
      aliasIssues.push({
        code: 'custom',
        path: ['aliases', index, 'medicationId'],
        message: `unknown medication "${alias.medicationId}"`,
        input: alias.medicationId,
      } as ValidationIssue);
  });
  if (aliasIssues.length > 0)
    throw new LdnValidationError(`Invalid knowledge-base extension: ${aliasIssues[0]!.message}`, aliasIssues);
  return validateKnowledgeBase({
    ...base,
    version: `${base.version}+portal`,
    sources: [...base.sources, ...(ext.sources ?? [])],
    facts: [...base.facts, ...(ext.facts ?? [])],
    medicationClasses: [...base.medicationClasses, ...(ext.medicationClasses ?? [])],
    medications,
    interactionRules: [...base.interactionRules, ...(ext.interactionRules ?? [])],
  });
}

const source = { id: 'portal-formulary', kind: 'reference', label: 'Portal', citation: 'Formulary.' };
const medicationIds = kb.medications.map((m) => m.id);
const classIds = kb.medicationClasses.map((c) => c.id);

const name = fc.record({
  text: fc.stringMatching(/^[A-Z][a-z]{2,9}( [a-z]{2,6})?$/),
  kind: fc.constantFrom('brand', 'generic', 'other'),
  sourceId: fc.constant('portal-formulary'),
});
const medication = fc.record({
  id: fc.stringMatching(/^portal-[a-z]{1,3}$/),
  genericName: fc.stringMatching(/^[a-z]{3,10}$/),
  names: fc.array(name, { minLength: 1, maxLength: 3 }),
  classIds: fc.subarray(classIds, { maxLength: 2 }),
  codes: fc.array(
    fc.record({
      system: fc.constant(RXNORM_SYSTEM),
      code: fc.stringMatching(/^[0-9]{3,6}$/),
      display: fc.stringMatching(/^[a-z]{3,8}$/),
      sourceId: fc.constant('portal-formulary'),
    }),
    { maxLength: 1 },
  ),
});
const validExtension = fc.record(
  {
    sources: fc.constant([source]),
    medications: fc.array(medication, { maxLength: 40 }),
    aliases: fc.array(fc.record({ medicationId: fc.constantFrom(...medicationIds.slice(0, 5)), name }), {
      maxLength: 4,
    }),
    interactionRules: fc.array(
      fc.record({
        id: fc.stringMatching(/^portal-rule-[a-z]{1,4}$/),
        target: fc.constantFrom(...classIds).map((classId) => ({ kind: 'class', classId })),
        severity: fc.constantFrom('avoid', 'caution'),
        explanation: fc.constant({ en: 'Portal rule.', es: 'Regla del portal.' }),
        whatToDo: fc.constant({ en: 'Ask your provider.', es: 'Pregunte a su proveedor.' }),
        factIds: fc.constant(['I1']),
        sourceIds: fc.constant(['portal-formulary']),
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['sources'] },
);

type Ext = Record<string, unknown> & { medications?: Record<string, unknown>[] };
/** One mistake a portal might make, at a place the generator picks (a record index wraps). */
const mistakes: ((ext: Ext, at: number) => void)[] = [
  (ext, at) => {
    const m = ext.medications?.[at % (ext.medications.length || 1)];
    if (m) m.id = 'Bad Id';
  },
  (ext, at) => {
    const m = ext.medications?.[at % (ext.medications.length || 1)];
    if (m) m.names = [];
  },
  (ext, at) => {
    const m = ext.medications?.[at % (ext.medications.length || 1)];
    if (m) m.classIds = ['no-such-class'];
  },
  (ext, at) => {
    const m = ext.medications?.[at % (ext.medications.length || 1)];
    if (m) m.extra = 'an unknown key';
  },
  (ext, at) => {
    const m = ext.medications?.[at % (ext.medications.length || 1)];
    if (m) (m.names as { sourceId: string }[])[0]!.sourceId = 'missing-source';
  },
  (ext, at) => {
    const m = ext.medications?.[at % (ext.medications.length || 1)];
    if (m) m.id = medicationIds[at % medicationIds.length];
  },
  (ext) => {
    ext.aliases = [
      ...((ext.aliases as unknown[]) ?? []),
      { medicationId: 'no-such-drug', name: { text: 'X', kind: 'brand', sourceId: 'portal-formulary' } },
    ];
  },
  (ext) => {
    ext.dosing = {};
  },
  (ext) => {
    ext.medications = 'not a list' as never;
  },
  (ext) => {
    const rules = ext.interactionRules as { severity: string }[] | undefined;
    if (rules?.[0]) rules[0].severity = 'compatible';
  },
];
/** Valid extensions of up to 40 medications, half of them with one mistake (every kind of mistake). */
const extension: fc.Arbitrary<Ext> = fc
  .tuple(validExtension, fc.option(fc.tuple(fc.nat(mistakes.length - 1), fc.nat(60)), { freq: 2 }))
  .map(([valid, mistake]) => {
    const ext = structuredClone(valid) as Ext;
    if (mistake) mistakes[mistake[0]]!(ext, mistake[1]);
    return ext;
  });

type Outcome = { ok: true; value: KnowledgeBase } | { ok: false; message: string; issues: unknown };
function settle(run: () => KnowledgeBase): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!(error instanceof LdnValidationError)) throw error;
    return { ok: false, message: error.message, issues: error.issues };
  }
}
async function settleAsync(run: () => Promise<KnowledgeBase>): Promise<Outcome> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (!(error instanceof LdnValidationError)) throw error;
    return { ok: false, message: error.message, issues: error.issues };
  }
}
const validShare = { valid: 0, all: 0 };

describe('extendKnowledgeBase and extendKnowledgeBaseInSlices — properties', () => {
  it('extendKnowledgeBase gives what merging and validating the whole base gave, or fails as it did', () => {
    fc.assert(
      fc.property(extension, (ext) => {
        const now = settle(() => extendKnowledgeBase(ext as never));
        const before = settle(() => extendByWholeValidation(ext));
        expect(now.ok, JSON.stringify(now.ok ? '' : now.issues)).to.equal(before.ok);
        if (now.ok && before.ok) {
          expect(now.value).to.deep.equal(before.value);
          expect(Object.isFrozen(now.value.medications.at(-1)!.names)).to.equal(true);
        } else expect(now).to.deep.equal(before);
      }),
      runs(150),
    );
  });

  it('extendKnowledgeBaseInSlices resolves to the same frozen base, or rejects with the same issues', async () => {
    await fc.assert(
      fc.asyncProperty(extension, fc.integer({ min: 1, max: 12 }), async (ext, sliceSize) => {
        const sync = settle(() => extendKnowledgeBase(ext as never));
        const sliced = await settleAsync(() => extendKnowledgeBaseInSlices(ext as never, undefined, { sliceSize }));
        validShare.all++;
        if (sync.ok) validShare.valid++;
        if (sync.ok && sliced.ok) {
          expect(sliced.value).to.deep.equal(sync.value);
          expect(Object.isFrozen(sliced.value.medications.at(-1)!)).to.equal(true);
          // Validated once: an engine handed it does not validate it again.
          expect(resolveKnowledgeBase(sliced.value)).to.equal(sliced.value);
        } else expect(sliced).to.deep.equal(sync);
      }),
      runs(150),
    );
    // The generator must exercise both outcomes, or the property proves little.
    expect(validShare.valid, JSON.stringify(validShare)).to.be.greaterThan(10);
    expect(validShare.all - validShare.valid, JSON.stringify(validShare)).to.be.greaterThan(10);
  });

  it('extendKnowledgeBaseInSlices stops when its signal aborts, between slices', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 3 }), async (afterSlices) => {
        const medications = Array.from({ length: 8 }, (_, i) => ({
          id: `portal-${i}`,
          genericName: `portaline${i}`,
          names: [{ text: `Portaline ${i}`, kind: 'brand' as const, sourceId: 'portal-formulary' }],
          classIds: [],
          codes: [],
        }));
        const controller = new AbortController();
        let reads = 0;
        const counted = new Proxy(medications, {
          get(target, key, receiver) {
            if (key === 'slice' && reads++ === afterSlices) controller.abort(new Error('stopped'));
            return Reflect.get(target, key, receiver);
          },
        });
        const run = extendKnowledgeBaseInSlices({ sources: [source as never], medications: counted }, undefined, {
          sliceSize: 2,
          signal: controller.signal,
        });
        let reason: unknown;
        await run.then(
          () => undefined,
          (error: unknown) => (reason = error),
        );
        expect((reason as Error | undefined)?.message).to.equal('stopped');
      }),
      runs(8),
    );
  });

  it('extendKnowledgeBaseInSlices accepts any value as the sync call does: a base, or LdnValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        const sync = settle(() => extendKnowledgeBase(value as never));
        const sliced = await settleAsync(() => extendKnowledgeBaseInSlices(value as never));
        if (sync.ok && sliced.ok) expect(sliced.value).to.deep.equal(sync.value);
        else expect(sliced).to.deep.equal(sync);
      }),
      runs(100),
    );
  });
});
