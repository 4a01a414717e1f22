import { localizeGenericName } from './localized-name.js';
import type { Language } from './schemas/common.js';
import type { Finding } from './schemas/interaction.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';

/**
 * The name to show for a finding in a language: a condition's name translated, a medication's
 * generic name in the reader's language ("Vicodin (hidrocodona y acetaminofén)"). `Finding.name`
 * keeps the English one, which stays stable for logs and tests. The checker's findings and the
 * CDS Hooks cards both name findings through here, so the two never disagree.
 */
export function findingDisplayName(finding: Finding, knowledgeBase: KnowledgeBase, lang: Language): string {
  if (finding.kind !== 'condition') return localizeGenericName(finding.name, finding, knowledgeBase, lang);
  const condition = knowledgeBase.conditions.find((c) => c.id === finding.conditionId);
  return condition ? condition.name[lang] : finding.name;
}
