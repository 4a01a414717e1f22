import type { Language } from './schemas/common.js';
import type { Finding } from './schemas/interaction.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';

/**
 * A medication finding's title with its generic name in the reader's language: "Vicodin
 * (hydrocodone and acetaminophen)" reads "Vicodin (hidrocodona y acetaminofén)" in Spanish.
 * `name` is the title in English (`findingDisplayName`); anything else is returned as it is.
 */
export function localizeGenericName(name: string, finding: Finding, kb: KnowledgeBase, lang: Language): string {
  if (finding.kind !== 'medication' || lang !== 'es') return name;
  const medication = kb.medications.find((m) => m.id === finding.medicationId);
  const local = medication?.genericNameEs;
  if (medication === undefined || local === undefined) return name;
  if (name === medication.genericName) return local;
  const suffix = ` (${medication.genericName})`;
  if (!name.endsWith(suffix)) return name;
  const matched = name.slice(0, -suffix.length);
  // Typed in Spanish already ("morfina"): the name once, not "morfina (morfina)".
  return matched.toLocaleLowerCase('es') === local.toLocaleLowerCase('es') ? local : `${matched} (${local})`;
}
