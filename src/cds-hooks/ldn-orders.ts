import { builtInKnowledgeBase, type KnowledgeBase, type MedicationInput } from '../core/index.js';
import { codeKey, getMedicationIndex } from '../core/search/medication-index.js';
import { recognizeMedicationText } from '../core/search/recognize.js';

/**
 * Whether a medication names naltrexone (LDN is naltrexone at a low dose): by word, in English or
 * Spanish, or as "LDN"; or by any name or code of a medicine of the knowledge base's naltrexone
 * class (Revia, Vivitrol, Contrave…). Any naltrexone counts, so an opioid next to it is never
 * passed over. A medicine known only by a code it does not know, with no text, cannot be told
 * apart: the hooks treat it as unread.
 */
const NALTREXONE = /(^|[^\p{L}\p{N}])(naltrexon[ae]|ldn)(?=$|[^\p{L}\p{N}])/iu;
const NALTREXONE_CLASS = 'naltrexone';

export function medicationText(input: MedicationInput): string | undefined {
  if (typeof input === 'string') return input;
  return input.display !== undefined && /\S/.test(input.display) ? input.display : undefined;
}

/** Whether the entry says "naltrexone" or "LDN" in words: the LDN itself, not another medicine. */
export function namesNaltrexoneInWords(input: MedicationInput): boolean {
  const text = medicationText(input);
  return text !== undefined && NALTREXONE.test(text);
}

/** Whether a knowledge base recognises a medicine of its naltrexone class in the entry (by name, typo or code). */
function inNaltrexoneClass(input: MedicationInput, kb: KnowledgeBase): boolean {
  const index = getMedicationIndex(kb);
  const isMember = (medicationIndex: number | undefined) =>
    medicationIndex !== undefined && kb.medications[medicationIndex]!.classIds.includes(NALTREXONE_CLASS);
  if (typeof input !== 'string' && isMember(index.byCode.get(codeKey(input.system, input.code)))) return true;
  const text = medicationText(input);
  const recognition = text === undefined ? undefined : recognizeMedicationText(index, text);
  if (!recognition) return false;
  return [...recognition.names, ...recognition.typoNames].some((nameIndex) =>
    isMember(index.names[nameIndex]!.medicationIndex),
  );
}

export function isNaltrexone(input: MedicationInput, knowledgeBase?: KnowledgeBase): boolean {
  if (namesNaltrexoneInWords(input)) return true;
  return [builtInKnowledgeBase, knowledgeBase].some((kb) => kb !== undefined && inNaltrexoneClass(input, kb));
}
