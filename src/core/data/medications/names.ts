import { RXNORM_SYSTEM } from '../../schemas/code-systems.js';
import type { MedicationName, VerifiedCode } from '../../schemas/index.js';

/** Reference source ids for names and codes (see ../sources.ts). */
export type NameSourceId =
  'rxnorm-nlm' | 'dailymed-nlm' | 'fda-ndc-directory' | 'medlineplus-drugs' | 'medlineplus-drugs-es';

/** Where a medication's class membership comes from: the article for its own examples, else a reference. */
export type MembershipSourceId = NameSourceId | 'verywell-2023' | 'cdc-opioid-cds-2022';

/** A generic (ingredient) name; RxNorm is where generic ingredient names are normalised. */
export function generic(text: string, sourceId: NameSourceId = 'rxnorm-nlm'): MedicationName {
  return { text, kind: 'generic', sourceId };
}

/** A brand name, with the reference that lists it under this generic. */
export function brand(text: string, sourceId: NameSourceId): MedicationName {
  return { text, kind: 'brand', sourceId };
}

/** Another name people use (word order, abbreviation, "Tylenol #3"). */
export function other(text: string, sourceId: NameSourceId): MedicationName {
  return { text, kind: 'other', sourceId };
}

/**
 * An RxNorm ingredient code. Only codes verified in a citable source belong here: codeine 2670,
 * hydrocodone 5489, oxycodone 7804 and tramadol 10689 (checked against RxNorm for this project).
 */
export function rxNormIngredient(code: string, display: string): VerifiedCode {
  return { system: RXNORM_SYSTEM, code, display, sourceId: 'rxnorm-nlm' };
}
