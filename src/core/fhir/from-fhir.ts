import { LdnValidationError } from '../errors.js';
import type { MedicationInput } from '../interactions.js';
import { resolveKnowledgeBase } from '../knowledge-base.js';
import type { ConditionId } from '../schemas/condition.js';
import type { KnowledgeBase } from '../schemas/knowledge-base.js';
import { readCondition, readObservation, type ConditionRead } from './conditions.js';
import { readMedicationUse } from './medications.js';
import { isObject, readMedicationUse as readUseResource, type MedicationUseType } from './schemas.js';
import { aboutResourceType, isUnreadableReason, type SkippedResource, type SkipReason } from './skipped.js';
import { walkInput, type Located } from './walk.js';

export {
  IGNORED_REASONS,
  UNREADABLE_REASONS,
  mayHideMedication,
  type IgnoredReason,
  type SkippedAbout,
  type SkippedResource,
  type SkipReason,
  type UnreadableReason,
} from './skipped.js';

/** An entry of the input that was used: it gave a medicine or a condition, or held others (a Bundle). */
export interface UsedEntry {
  resourceType: string;
  id?: string;
  path: string;
}

export interface FhirImport {
  /** Coded (RxNorm) or free-text medications, ready for `checkInteractions`. */
  medications: MedicationInput[];
  conditions: ConditionId[];
  /**
   * Every entry that was not used, with why. `kind: 'unreadable'` entries could not be read: the
   * check is incomplete, and `checkInteractions(fromFhir(record))` gives each an `unknown` finding.
   */
  skipped: SkippedResource[];
  /** Every entry that was used. With `skipped`, it accounts for each entry of the input. */
  used: UsedEntry[];
}

export interface FromFhirOptions {
  knowledgeBase?: KnowledgeBase;
}

/** Statuses that mean "not taking it now", per resource (FHIR R4 value sets). A status we do not know keeps the entry. */
const INACTIVE_USE_STATUSES: Record<MedicationUseType, ReadonlySet<string>> = {
  MedicationStatement: new Set(['entered-in-error', 'stopped', 'completed', 'not-taken']),
  MedicationRequest: new Set(['entered-in-error', 'stopped', 'completed', 'cancelled']),
  MedicationDispense: new Set(['entered-in-error', 'stopped', 'cancelled', 'declined']),
  // An administration that is completed happened in the past; one in progress is current.
  MedicationAdministration: new Set(['entered-in-error', 'stopped', 'not-done', 'completed']),
};

const MEDICATION_RESOURCES = new Set(['Medication', 'Substance']);

/** An OperationOutcome in a record that reports an error: the server did not return everything. */
function reportsAnError(resource: Record<string, unknown>): boolean {
  const issues = Array.isArray(resource['issue']) ? (resource['issue'] as unknown[]) : [];
  return issues.some((issue) => !isObject(issue) || issue['severity'] === 'error' || issue['severity'] === 'fatal');
}
function readOptions(options: unknown): KnowledgeBase {
  if (options === undefined || options === null) return resolveKnowledgeBase(undefined);
  let knowledgeBase: unknown;
  try {
    if (typeof options !== 'object') throw new TypeError('not an object');
    knowledgeBase = (options as FromFhirOptions).knowledgeBase;
  } catch {
    throw new LdnValidationError('Invalid fromFhir options: expected an object', []);
  }
  return resolveKnowledgeBase(knowledgeBase as KnowledgeBase | undefined);
}

/**
 * Reads a FHIR R4 record into inputs for `checkInteractions`, whole: a Bundle (with Bundles nested
 * in it), an array of resources, or one resource. Current MedicationStatement, MedicationRequest,
 * MedicationDispense and MedicationAdministration entries give their medicine, inline or through
 * a contained, bundled, versioned or `urn:uuid:` reference, with the Medication's ingredients;
 * Conditions and Observations give liver disease (SNOMED CT, ICD-10-CM K70–K77 and B15–B19,
 * words), pregnancy (77386006, LOINC 82810-3 pregnancy status) and breastfeeding (413712001).
 *
 * Every entry is either in `used` or in `skipped` with its reason; an entry that cannot be read
 * (garbage, no medicine, codes we do not know and no text, a reference not in the record) is
 * reported as `unreadable`, never thrown for the whole record and never dropped. Only input that
 * is not FHIR at all (no Bundle, resource or list) throws `LdnValidationError`.
 *
 * The result can be passed as is: `checkInteractions(fromFhir(record))`.
 */
export function fromFhir(input: unknown, options?: FromFhirOptions | null): FhirImport {
  const kb = readOptions(options);
  let walk: ReturnType<typeof walkInput>;
  try {
    walk = walkInput(input);
  } catch {
    walk = undefined;
  }
  if (!walk) {
    const message = 'expected a FHIR Bundle, a resource or an array of resources';
    throw new LdnValidationError(`Invalid FHIR input: ${message}`, [
      { code: 'custom', path: [], message, input: undefined } as never,
    ]);
  }

  const result: FhirImport = { medications: [], conditions: [], skipped: [], used: [] };
  const seenMedications = new Set<string>();
  const usedPaths = new Set<string>();

  const skip = (
    reason: SkipReason,
    path: string,
    resourceType: string | undefined,
    details: { id?: string | undefined; display?: string | undefined } = {},
  ) => {
    const entry: SkippedResource = {
      kind: isUnreadableReason(reason) ? 'unreadable' : 'ignored',
      reason,
      // A record that is not whole may be missing anything, medicines included.
      about: reason === 'incomplete' ? 'unknown' : aboutResourceType(resourceType),
      resourceType: resourceType ?? 'unknown',
      path,
    };
    if (details.id) entry.id = details.id;
    if (details.display && /\S/.test(details.display)) entry.display = details.display;
    result.skipped.push(entry);
  };
  const use = (located: Located) => {
    if (usedPaths.has(located.path)) return;
    usedPaths.add(located.path);
    const { resourceType, id } = located.resource;
    result.used.push({ resourceType, ...(id ? { id } : {}), path: located.path });
  };
  const addMedication = (medication: MedicationInput) => {
    const key = JSON.stringify(medication);
    if (seenMedications.has(key)) return;
    seenMedications.add(key);
    result.medications.push(medication);
  };
  const addConditions = (ids: readonly ConditionId[]) =>
    ids.forEach((id) => result.conditions.includes(id) || result.conditions.push(id));

  for (const s of walk.skips) skip(s.reason, s.path, s.resourceType, { id: s.id });
  for (const bundle of walk.bundles) if (bundle.path) result.used.push({ resourceType: 'Bundle', ...bundle });

  const byPath = new Map(walk.located.map((l) => [l.path, l]));
  const referenced = new Set<string>();

  for (const located of walk.located) {
    const { resourceType, id } = located.resource;
    try {
      const medicationUse = readUseResource(located.resource);
      if (medicationUse) {
        const read = readMedicationUse(medicationUse, located, { kb, global: walk.global });
        read.usedPaths.forEach((path) => referenced.add(path));
        const status = medicationUse.status?.trim();
        if (status && INACTIVE_USE_STATUSES[medicationUse.resourceType].has(status)) {
          skip(status as SkipReason, located.path, resourceType, { id, display: read.display });
          continue;
        }
        if (read.inputs.length === 0) {
          const first = read.unread[0];
          skip(first?.reason ?? 'no-medication', located.path, resourceType, { id, display: read.display });
          continue;
        }
        read.inputs.forEach(addMedication);
        use(located);
        // Read in part: the entry is used, and each part that could not be read is reported (once,
        // though several entries may point at the same Medication).
        for (const part of read.unread) {
          if (result.skipped.some((s) => s.path === part.path)) continue;
          skip(part.reason, part.path, part.resourceType, part);
        }
      } else if (resourceType === 'Condition' || resourceType === 'Observation') {
        const read: ConditionRead =
          resourceType === 'Condition' ? readCondition(located.resource, kb) : readObservation(located.resource, kb);
        if (read.kind === 'skip') skip(read.reason, located.path, resourceType, { id, display: read.display });
        else {
          addConditions(read.ids);
          use(located);
        }
      } else if (resourceType === 'OperationOutcome' && reportsAnError(located.resource)) {
        skip('incomplete', located.path, resourceType, { id });
      } else if (!MEDICATION_RESOURCES.has(resourceType)) {
        skip('unsupported-resource', located.path, resourceType, { id });
      }
    } catch {
      // One hostile entry (a throwing getter, a proxy) is reported; the rest of the record is read.
      skip('malformed', located.path, resourceType, { id });
    }
  }

  // Medication and Substance entries are read through the references that point at them.
  for (const located of walk.located) {
    if (!MEDICATION_RESOURCES.has(located.resource.resourceType)) continue;
    if (referenced.has(located.path)) use(byPath.get(located.path)!);
    else skip('not-referenced', located.path, located.resource.resourceType, { id: located.resource.id });
  }
  return result;
}
