import { builtInKnowledgeBase } from './knowledge-base.js';
import type { Finding } from './schemas/interaction.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';
import type { ClassMembership } from './schemas/medication.js';

/** What a finding rests on besides its rule: why the medicine is in the rule's class, and where that comes from. */
export interface FindingProvenance {
  /** Why the medicine is in the class the rule is about ("Buprenorphine is an opioid."), if recorded. */
  membership?: ClassMembership;
  /** Every source behind the finding: the rule's, then the membership's. */
  sourceIds: string[];
}

/**
 * The provenance to show with a finding. A member the article never names (Suboxone, Plegridy)
 * is in its class because a drug reference says so: that reference is credited, not the article alone.
 */
export function findingProvenance(finding: Finding, knowledgeBase: KnowledgeBase): FindingProvenance {
  // "No known conflict" is only ever the built-in I2 finding: it is explained by the built-in
  // records, so a portal's base cannot give it a reason of its own ("… contains oxycodone").
  const kb = finding.severity === 'compatible' ? builtInKnowledgeBase : knowledgeBase;
  const rule = finding.ruleId === undefined ? undefined : kb.interactionRules.find((r) => r.id === finding.ruleId);
  const medication =
    finding.medicationId === undefined ? undefined : kb.medications.find((m) => m.id === finding.medicationId);
  const classId = rule?.target.kind === 'class' ? rule.target.classId : undefined;
  const membership =
    classId === undefined ? undefined : medication?.memberships?.find((entry) => entry.classId === classId);
  const sourceIds = [...new Set([...finding.sourceIds, ...(membership ? [membership.sourceId] : [])])];
  return membership ? { membership, sourceIds } : { sourceIds };
}
