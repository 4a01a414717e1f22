import type { MedicationInput } from '../core/index.js';

/**
 * Whether a medication names naltrexone (LDN is naltrexone at a low dose): by word, in English or
 * Spanish, or as "LDN". Any naltrexone counts, so an opioid next to it is never passed over.
 * A medicine known only by a code, with no text, cannot be told apart: the hooks treat it as unread.
 */
const NALTREXONE = /(^|[^\p{L}\p{N}])(naltrexon[ae]|ldn)(?=$|[^\p{L}\p{N}])/iu;

export function medicationText(input: MedicationInput): string | undefined {
  if (typeof input === 'string') return input;
  return input.display !== undefined && /\S/.test(input.display) ? input.display : undefined;
}

export function isNaltrexone(input: MedicationInput): boolean {
  const text = medicationText(input);
  return text !== undefined && NALTREXONE.test(text);
}
