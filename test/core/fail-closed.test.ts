import { expect } from '@open-wc/testing';
import {
  buildTitrationSchedule,
  builtInKnowledgeBase,
  checkInteractions,
  extendKnowledgeBase,
  LdnValidationError,
  RXNORM_SYSTEM,
  scheduleToIcs,
  validateKnowledgeBase,
  type KnowledgeBase,
} from '../../src/core/index.js';

// The examples of issue #14, kept as regression tests; the rules behind them are proven over
// generated inputs in test/core/properties/ (see src/core/README.md).

const portalSource = { id: 'portal', kind: 'reference' as const, label: 'Portal', citation: 'Formulary.' };
const severity = (entry: Parameters<typeof checkInteractions>[0], kb?: KnowledgeBase) =>
  checkInteractions(entry, kb ? { knowledgeBase: kb } : undefined).map((f) => f.severity);

describe('fail closed: the examples of issue #14', () => {
  it('"Copaxone 4AP" is unknown: a word led by a digit is not a dose (4-AP is a medicine)', () => {
    for (const entry of [
      'Copaxone 4AP',
      'Copaxone 4-AP',
      'Copaxone 4',
      'my Copaxone',
      'Copaxone cough',
      'Copaxone and',
    ]) {
      expect(severity({ medications: [entry] }), entry).to.deep.equal(['unknown']);
    }
    for (const entry of [
      'Copaxone 20 mg',
      'Copaxone 40mg/mL three times a week',
      'Copaxone™',
      'Copaxone® prefilled syringe',
    ]) {
      expect(severity({ medications: [entry] }), entry).to.deep.equal(['compatible']);
    }
  });

  it('a dropped last letter is a guess that warns ("oxycodon"), and a trademark sign hides nothing', () => {
    expect(severity({ medications: ['oxycodon'] })).to.deep.equal(['avoid']);
    expect(severity({ medications: ['OxyContin™'] })).to.deep.equal(['avoid']);
    expect(severity({ medications: ['acti'] })).to.deep.equal(['unknown']);
  });

  it('an extension cannot make a medicine compatible by class, alias or code', () => {
    const kb = extendKnowledgeBase({
      sources: [portalSource],
      medications: [
        {
          id: 'portal-glat',
          genericName: 'portalmab',
          classIds: ['glatiramer'],
          names: [{ text: 'Portalmab', kind: 'brand', sourceId: 'portal' }],
          codes: [{ system: RXNORM_SYSTEM, code: '999001', display: 'portalmab', sourceId: 'portal' }],
        },
      ],
      aliases: [{ medicationId: 'glatiramer-acetate', name: { text: 'Zoloft', kind: 'brand', sourceId: 'portal' } }],
    });
    expect(severity({ medications: ['Portalmab'] }, kb)).to.deep.equal(['unknown']);
    expect(severity({ medications: ['Zoloft'] }, kb)).to.deep.equal(['unknown']);
    expect(severity({ medications: [{ system: RXNORM_SYSTEM, code: '999001' }] }, kb)).to.deep.equal(['unknown']);
    // The built-in answer still stands for what the built-in base knows.
    expect(severity({ medications: ['Copaxone'] }, kb)).to.deep.equal(['compatible']);
  });

  it('a replacement base cannot set the opioid rule to compatible, nor drop a condition rule', () => {
    const copy = structuredClone(builtInKnowledgeBase) as KnowledgeBase;
    copy.interactionRules = copy.interactionRules
      .filter((rule) => rule.id !== 'i4-liver-disease')
      .map((rule) => (rule.id === 'i3-opioids' ? { ...rule, severity: 'compatible' as const } : rule));
    const kb = validateKnowledgeBase(copy);
    expect(severity({ medications: ['Vicodin'] }, kb)).to.deep.equal(['avoid']);
    expect(severity({ conditions: ['liver-disease'] }, kb)).to.deep.equal(['avoid']);
  });

  it('a validated base mutated afterwards changes nothing', () => {
    const original = structuredClone(builtInKnowledgeBase) as KnowledgeBase;
    const kb = validateKnowledgeBase(original);
    (original.interactionRules[2] as { severity: string }).severity = 'compatible';
    expect(() => {
      (kb.interactionRules[2] as { severity: string }).severity = 'compatible';
    }).to.throw(TypeError);
    expect(severity({ medications: ['Vicodin'] }, kb)).to.deep.equal(['avoid']);
  });

  it('a coded entry whose display names an opioid is not hidden by its code', () => {
    const kb = extendKnowledgeBase({
      sources: [portalSource],
      medications: [
        {
          id: 'portal-thing',
          genericName: 'portal thing',
          classIds: [],
          names: [{ text: 'Portal thing', kind: 'brand', sourceId: 'portal' }],
          codes: [{ system: RXNORM_SYSTEM, code: '999002', display: 'portal thing', sourceId: 'portal' }],
        },
      ],
    });
    expect(
      severity({ medications: [{ system: RXNORM_SYSTEM, code: '999002', display: 'oxycodone 10 mg' }] }, kb),
    ).to.deep.equal(['avoid']);
  });

  it('scheduleToIcs refuses a 50 mg calendar, whatever limit the schedule claims', () => {
    const schedule = structuredClone(buildTitrationSchedule({ startDate: '2026-03-01' }));
    schedule.steps[0]!.doseMg = 50;
    schedule.maxDoseMg = 50;
    expect(() => scheduleToIcs(schedule)).to.throw(LdnValidationError);
    const spastic = structuredClone(buildTitrationSchedule({ startDate: '2026-03-01', spasticity: true }));
    spastic.steps[0]!.doseMg = 4;
    spastic.maxDoseMg = 4.5;
    expect(() => scheduleToIcs(spastic)).to.throw(LdnValidationError);
  });

  it('findings and schedules cannot be changed by whoever receives them', () => {
    const [finding] = checkInteractions({ medications: ['Vicodin'] });
    expect(() => {
      (finding as { severity: string }).severity = 'compatible';
    }).to.throw(TypeError);
    const schedule = buildTitrationSchedule({ targetDoseMg: 4.5 });
    expect(() => {
      (schedule.steps[0] as { doseMg: number }).doseMg = 50;
    }).to.throw(TypeError);
  });
});
