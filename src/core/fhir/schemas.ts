/**
 * Readers for the parts of FHIR R4 resources the adapter reads. Lenient by design: a field of
 * the wrong type reads as absent instead of failing the resource, so the rest of it is still
 * read, and what is then missing (no code, no medication) is reported in `skipped` rather than
 * guessed. They only narrow types, so they are written by hand: zod's catch/pipe/transform
 * would add about 2 kB gzip to the one-script bundle for the same narrowing.
 */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}
export interface Reference {
  reference?: string;
  display?: string;
}
/** Any resource: what every entry must have to be read at all. Other fields are read by the readers below. */
export interface AnyResource {
  resourceType: string;
  id?: string;
  [field: string]: unknown;
}

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const listOf = <T>(value: unknown, read: (item: unknown) => T | undefined): T[] | undefined =>
  Array.isArray(value) ? value.map(read).filter((item): item is T => item !== undefined) : undefined;

/** Copies the string fields `keys` of an object; others (and wrong types) are left out. */
function strings<K extends string>(value: Json, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const field = text(value[key]);
    if (field !== undefined) out[key] = field;
  }
  return out;
}

export function readCoding(value: unknown): Coding | undefined {
  return isObject(value) ? strings(value, ['system', 'code', 'display']) : undefined;
}

export function readConcept(value: unknown): CodeableConcept | undefined {
  if (!isObject(value)) return undefined;
  const coding = listOf(value['coding'], readCoding);
  return { ...strings(value, ['text']), ...(coding ? { coding } : {}) };
}

export function readReference(value: unknown): Reference | undefined {
  return isObject(value) ? strings(value, ['reference', 'display']) : undefined;
}

export function readResource(value: unknown): AnyResource | undefined {
  if (!isObject(value) || typeof value['resourceType'] !== 'string') return undefined;
  const id = value['id'];
  return (id === undefined || typeof id === 'string' ? value : { ...value, id: undefined }) as AnyResource;
}

export interface Ingredient {
  itemCodeableConcept?: CodeableConcept;
  itemReference?: Reference;
}
export interface MedicationResource {
  code?: CodeableConcept;
  ingredient?: Ingredient[];
}

export function readMedication(value: unknown): MedicationResource | undefined {
  if (!isObject(value) || value['resourceType'] !== 'Medication') return undefined;
  const ingredient = listOf(value['ingredient'], (item) =>
    isObject(item)
      ? {
          itemCodeableConcept: readConcept(item['itemCodeableConcept']),
          itemReference: readReference(item['itemReference']),
        }
      : undefined,
  );
  return { code: readConcept(value['code']), ...(ingredient ? { ingredient } : {}) };
}

export function readSubstanceCode(value: unknown): CodeableConcept | undefined {
  return isObject(value) && value['resourceType'] === 'Substance' ? readConcept(value['code']) : undefined;
}

/** The resources that say a person takes (or was given) a medicine. */
export const MEDICATION_USE_TYPES = [
  'MedicationStatement',
  'MedicationRequest',
  'MedicationDispense',
  'MedicationAdministration',
] as const;
export type MedicationUseType = (typeof MEDICATION_USE_TYPES)[number];

export interface MedicationUseResource {
  resourceType: MedicationUseType;
  status?: string;
  medicationCodeableConcept?: CodeableConcept;
  medicationReference?: Reference;
}

export function readMedicationUse(resource: AnyResource): MedicationUseResource | undefined {
  const type = resource.resourceType as MedicationUseType;
  if (!MEDICATION_USE_TYPES.includes(type)) return undefined;
  return {
    resourceType: type,
    ...strings(resource, ['status']),
    medicationCodeableConcept: readConcept(resource['medicationCodeableConcept']),
    medicationReference: readReference(resource['medicationReference']),
  };
}

export interface ConditionResource {
  code?: CodeableConcept;
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
}

export function readConditionResource(resource: AnyResource): ConditionResource {
  return {
    code: readConcept(resource['code']),
    clinicalStatus: readConcept(resource['clinicalStatus']),
    verificationStatus: readConcept(resource['verificationStatus']),
  };
}

export interface ObservationResource {
  status?: string;
  code?: CodeableConcept;
  valueBoolean?: boolean;
  valueCodeableConcept?: CodeableConcept;
  valueString?: string;
}

export function readObservationResource(resource: AnyResource): ObservationResource {
  const value = resource['valueBoolean'];
  return {
    ...strings(resource, ['status', 'valueString']),
    code: readConcept(resource['code']),
    valueCodeableConcept: readConcept(resource['valueCodeableConcept']),
    ...(typeof value === 'boolean' ? { valueBoolean: value } : {}),
  };
}

export interface BundleEntry {
  fullUrl?: string;
  resource?: unknown;
}

export function readBundleEntry(value: unknown): BundleEntry | undefined {
  return isObject(value) ? { ...strings(value, ['fullUrl']), resource: value['resource'] } : undefined;
}
