/**
 * The one place this service reads FHIR: through the core's `fromFhir`, one entry at a time, so a
 * garbage entry costs only itself and is counted as unread instead of vanishing. (When `fromFhir`
 * reads records whole and lists every unread entry in `skipped`, only this file needs to change.)
 */
import { fromFhir, type MedicationInput, type SkippedResource } from '../core/index.js';
import { IGNORED_REASONS } from '../core/fhir/skipped.js';
import type { ConditionId } from '../core/schemas/condition.js';
import type { KnowledgeBase } from '../core/schemas/knowledge-base.js';

export interface RecordRead {
  medications: MedicationInput[];
  conditions: ConditionId[];
  /** One line per entry that could not be read: nothing may be concluded about it. */
  unread: string[];
}

/** Reasons that mean "read, and rightly not an input" (not current, refuted, not about LDN). */
const READ_BUT_NOT_USED: ReadonlySet<string> = new Set(IGNORED_REASONS);
/** Resource types that say nothing about medicines or conditions (search results often include them). */
const HARMLESS_TYPES = new Set([
  'Patient',
  'Practitioner',
  'PractitionerRole',
  'Organization',
  'Encounter',
  'Location',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A CodeableConcept that names something: a text, or a coding with a code. */
function namesSomething(concept: unknown): boolean {
  if (!isObject(concept)) return false;
  if (typeof concept.text === 'string' && /\S/.test(concept.text)) return true;
  return (
    Array.isArray(concept.coding) &&
    concept.coding.some((c) => isObject(c) && typeof c.code === 'string' && /\S/.test(c.code))
  );
}

/** True when a skipped entry was not read (any reason this file does not know is taken as unread). */
function wasUnread(skipped: SkippedResource, resource: Record<string, unknown>, askedFor: boolean): boolean {
  if (skipped.kind === 'unreadable') return true;
  if (skipped.reason === 'unsupported-resource') return !HARMLESS_TYPES.has(skipped.resourceType);
  // "Not relevant" is a conclusion only about something that has a name (a Condition with no code
  // is unread), and never about what the prefetch query asked for because it is relevant.
  if (skipped.reason === 'not-relevant') return askedFor || !namesSomething(resource.code);
  return !READ_BUT_NOT_USED.has(skipped.reason);
}

/** An OperationOutcome in a search result that reports an error: the search did not return everything. */
function isFailedSearchOutcome(resource: Record<string, unknown>): boolean {
  const issues = Array.isArray(resource.issue) ? resource.issue : [];
  return issues.some((issue) => !isObject(issue) || issue.severity === 'error' || issue.severity === 'fatal');
}

function describe(where: string, resource: unknown): string {
  const type = isObject(resource) && typeof resource.resourceType === 'string' ? resource.resourceType : 'entry';
  const id = isObject(resource) && typeof resource.id === 'string' ? `/${resource.id}` : '';
  return `${where}: ${type}${id}`.slice(0, 200);
}

export interface ReadEntry {
  resource: Record<string, unknown>;
  medications: MedicationInput[];
  conditions: ConditionId[];
  unread: boolean;
}

/**
 * Reads each entry of a Bundle (or one bare resource). The `Medication` an entry references in the
 * same Bundle goes along with it, so the reference resolves as `fromFhir` resolves it.
 */
export function readEntries(
  value: unknown,
  where: string,
  knowledgeBase: KnowledgeBase | undefined,
  askedFor = false,
): { entries: ReadEntry[]; unread: string[] } {
  const unread: string[] = [];
  if (!isObject(value)) return { entries: [], unread: [`${where}: not a FHIR resource`] };
  if (value.resourceType !== 'Bundle') {
    if (value.resourceType === 'OperationOutcome')
      return { entries: [], unread: [`${where}: the EHR reported an error`] };
    value = { resourceType: 'Bundle', entry: [{ resource: value }] };
  }
  const rawEntries = (value as Record<string, unknown>).entry;
  if (rawEntries !== undefined && !Array.isArray(rawEntries))
    return { entries: [], unread: [`${where}: entry is not a list`] };
  const list: unknown[] = rawEntries ?? [];
  // A search page with more pages after it: the entries on them were never sent, so never checked.
  const links = (value as Record<string, unknown>).link;
  if (Array.isArray(links) && links.some((l) => isObject(l) && String(l.relation).trim().toLowerCase() === 'next'))
    unread.push(`${where}: more entries are on a next page that was not sent`);
  // Medication resources by the references that can point at them, so each entry carries only its own.
  const medicationEntries = new Map<string, unknown>();
  for (const entry of list) {
    if (!isObject(entry) || !isObject(entry.resource) || entry.resource.resourceType !== 'Medication') continue;
    if (typeof entry.fullUrl === 'string') medicationEntries.set(entry.fullUrl, entry);
    if (typeof entry.resource.id === 'string') medicationEntries.set(`Medication/${entry.resource.id}`, entry);
  }
  const referencedMedication = (resource: Record<string, unknown>): unknown[] => {
    const reference = isObject(resource.medicationReference) ? resource.medicationReference.reference : undefined;
    const found = typeof reference === 'string' ? medicationEntries.get(reference) : undefined;
    return found ? [found] : [];
  };

  const entries: ReadEntry[] = [];
  list.forEach((entry, i) => {
    const at = `${where} entry ${i + 1}`;
    if (!isObject(entry) || !isObject(entry.resource) || typeof entry.resource.resourceType !== 'string') {
      unread.push(`${at}: not a FHIR resource`);
      return;
    }
    const resource = entry.resource;
    if (resource.resourceType === 'Medication') return; // read through the references to it
    if (resource.resourceType === 'OperationOutcome') {
      if (isFailedSearchOutcome(resource)) unread.push(`${at}: the EHR reported an error`);
      return;
    }
    try {
      const read = fromFhir(
        { resourceType: 'Bundle', entry: [entry, ...referencedMedication(resource)] },
        { knowledgeBase },
      );
      // An entry the core neither used nor skipped (an empty nested Bundle) said nothing we could read.
      const saidNothing = read.used.every((used) => used.resourceType === 'Bundle') && read.skipped.length === 0;
      const isUnread = saidNothing || read.skipped.some((skipped) => wasUnread(skipped, resource, askedFor));
      if (isUnread) unread.push(describe(at, resource));
      entries.push({ resource, medications: read.medications, conditions: read.conditions, unread: isUnread });
    } catch {
      unread.push(describe(at, resource));
      entries.push({ resource, medications: [], conditions: [], unread: true });
    }
  });
  return { entries, unread };
}

/** Key of a medication input, to count one medicine once across entries. */
export const medicationKey = (input: MedicationInput): string => JSON.stringify(input);

/** Reads prefetched Bundles into one record: medications and conditions, and what could not be read. */
export function readRecord(
  parts: readonly { value: unknown; where: string; askedFor?: boolean }[],
  knowledgeBase: KnowledgeBase | undefined,
): RecordRead {
  const record: RecordRead = { medications: [], conditions: [], unread: [] };
  const seen = new Set<string>();
  for (const { value, where, askedFor } of parts) {
    const { entries, unread } = readEntries(value, where, knowledgeBase, askedFor);
    record.unread.push(...unread);
    for (const entry of entries) {
      for (const medication of entry.medications) {
        const key = medicationKey(medication);
        if (!seen.has(key)) {
          seen.add(key);
          record.medications.push(medication);
        }
      }
      for (const condition of entry.conditions)
        if (!record.conditions.includes(condition)) record.conditions.push(condition);
    }
  }
  return record;
}
