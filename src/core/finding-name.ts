import type { Language } from './schemas/common.js';
import type { Finding } from './schemas/interaction.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';

/**
 * The name to show for a finding in a language. A medication's is the name it was recognised by
 * with its generic name in the reader's language ("Vicodin (hidrocodona y acetaminofén)"); a
 * condition's name is translated. `Finding.name` keeps the English one, stable for logs and tests.
 */
export function findingDisplayName(finding: Finding, knowledgeBase: KnowledgeBase, lang: Language): string {
  if (finding.kind === 'condition') {
    const condition = knowledgeBase.conditions.find((c) => c.id === finding.conditionId);
    return condition ? condition.name[lang] : finding.name;
  }
  const medication = knowledgeBase.medications.find((m) => m.id === finding.medicationId);
  const localGeneric = lang === 'es' ? medication?.genericNameEs : undefined;
  if (medication === undefined || localGeneric === undefined) return finding.name;
  if (finding.name === medication.genericName) return localGeneric;
  const suffix = ` (${medication.genericName})`;
  if (!finding.name.endsWith(suffix)) return finding.name;
  const matched = finding.name.slice(0, -suffix.length);
  // Typed in Spanish already ("morfina"): the name alone, not "morfina (morfina)".
  return matched.toLocaleLowerCase('es') === localGeneric.toLocaleLowerCase('es')
    ? localGeneric
    : `${matched} (${localGeneric})`;
}
