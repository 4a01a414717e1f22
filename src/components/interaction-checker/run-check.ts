import { LdnValidationError, type ValidationIssue } from '../../core/errors.js';
import { checkInteractions } from '../../core/interactions.js';
import type { ConditionId } from '../../core/schemas/condition.js';
import { SEVERITIES, type Finding } from '../../core/schemas/interaction.js';
import type { KnowledgeBase } from '../../core/schemas/knowledge-base.js';

/** The result of one check: nothing entered yet, the findings, or "could not check" with why. */
export type CheckOutcome =
  | { kind: 'nothing-entered' }
  | {
      kind: 'checked';
      /** One per distinct medicine and condition, most serious first (the core's order). */
      findings: readonly Finding[];
      hasMedications: boolean;
      /** The finding that answers each entered name (several names of one medicine share one). */
      findingForEntry: ReadonlyMap<string, Finding>;
    }
  | { kind: 'could-not-check'; issues: readonly ValidationIssue[] };

/** Whether a check ran: what the checker's `status` property says. */
export type CheckStatus = CheckOutcome['kind'];

function internalIssue(message: string): ValidationIssue {
  return { code: 'custom', path: ['internal'], message, input: undefined } as ValidationIssue;
}

/**
 * Runs the core's check over what was entered. Never throws, and fails closed: a throw, an entry
 * or condition without a finding, or a severity the element does not know all become
 * "could not check", never a shorter (more reassuring) list.
 */
export function runCheck(
  medications: readonly string[],
  conditions: readonly ConditionId[],
  knowledgeBase: KnowledgeBase,
): CheckOutcome {
  if (medications.length === 0 && conditions.length === 0) return { kind: 'nothing-entered' };
  try {
    const findings = checkInteractions(
      { medications: [...medications], conditions: [...conditions] },
      { knowledgeBase },
    );
    if (!Array.isArray(findings)) throw new Error('checkInteractions did not return a list');
    const strange = findings.find((f) => !(SEVERITIES as readonly string[]).includes(f.severity));
    if (strange) throw new Error(`checkInteractions returned an unknown severity "${String(strange.severity)}"`);

    // The core says which finding answers each entry: the element does not re-check entries.
    const findingForEntry = new Map<string, Finding>();
    for (const entry of medications) {
      const finding = findings.find((f) => f.kind === 'medication' && f.inputs.includes(entry));
      if (!finding) throw new Error(`checkInteractions returned no finding for the medication "${entry}"`);
      findingForEntry.set(entry, finding);
    }
    const missingCondition = conditions.find(
      (id) => !findings.some((f) => f.kind === 'condition' && f.conditionId === id),
    );
    if (missingCondition)
      throw new Error(`checkInteractions returned no finding for the condition "${missingCondition}"`);

    // The list is shared with listeners (`ldn-interactions-change`) and the `findings` getter.
    return {
      kind: 'checked',
      findings: Object.freeze(findings),
      hasMedications: medications.length > 0,
      findingForEntry,
    };
  } catch (error) {
    const issues =
      error instanceof LdnValidationError
        ? error.issues
        : [internalIssue(error instanceof Error ? error.message : String(error))];
    return { kind: 'could-not-check', issues };
  }
}
