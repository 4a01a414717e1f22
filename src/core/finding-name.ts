import type { Language } from './schemas/common.js';
import type { Finding } from './schemas/interaction.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';

/**
 * The name to show for a finding in a language. A medication's name is what the person entered
 * or the brand and generic names, the same in every language; a condition's name is translated
 * (`Finding.name` keeps the English one, which stays stable for logs and tests).
 */
export function findingDisplayName(finding: Finding, knowledgeBase: KnowledgeBase, lang: Language): string {
  if (finding.kind !== 'condition') return finding.name;
  const condition = knowledgeBase.conditions.find((c) => c.id === finding.conditionId);
  return condition ? condition.name[lang] : finding.name;
}
