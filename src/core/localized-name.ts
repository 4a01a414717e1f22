import { builtInKnowledgeBase } from './knowledge-base.js';
import type { Language } from './schemas/common.js';
import type { Finding } from './schemas/interaction.js';
import type { KnowledgeBase, Medication } from './schemas/index.js';

/** The title in Spanish from one base's record of the medication, or undefined when the title is not built from it. */
function localizeWith(name: string, medication: Medication | undefined): string | undefined {
  const local = medication?.genericNameEs;
  if (medication === undefined || local === undefined) return undefined;
  if (name === medication.genericName) return local;
  const suffix = ` (${medication.genericName})`;
  if (!name.endsWith(suffix)) return undefined;
  const matched = name.slice(0, -suffix.length);
  // Typed in Spanish already ("morfina"): the name once, not "morfina (morfina)".
  return matched.toLocaleLowerCase('es') === local.toLocaleLowerCase('es') ? local : `${matched} (${local})`;
}

/**
 * A medication finding's title with its generic name in the reader's language: "Vicodin
 * (hydrocodone and acetaminophen)" reads "Vicodin (hidrocodona y acetaminofén)" in Spanish.
 * `name` is the title in English (`findingDisplayName`); anything else is returned as it is.
 * A medicine the built-in base knows is named from the built-in record: a portal's base may add
 * medicines, never rename one, so a "no known conflict" title can never name another medicine.
 */
export function localizeGenericName(name: string, finding: Finding, kb: KnowledgeBase, lang: Language): string {
  if (finding.kind !== 'medication' || lang !== 'es') return name;
  const byId = (base: KnowledgeBase) => base.medications.find((m) => m.id === finding.medicationId);
  const builtIn = byId(builtInKnowledgeBase);
  if (builtIn !== undefined && (name === builtIn.genericName || name.endsWith(` (${builtIn.genericName})`)))
    return localizeWith(name, builtIn) ?? name;
  return localizeWith(name, kb === builtInKnowledgeBase ? undefined : byId(kb)) ?? name;
}
