/**
 * What the FHIR adapter reports about each entry it did not use. Two kinds, kept apart because
 * they mean opposite things for the check: an `ignored` entry was read and deliberately left out
 * (stopped, resolved, not relevant); an `unreadable` one could not be read, so the check is
 * incomplete and must say so.
 */

/** Read, and deliberately not used. */
export const IGNORED_REASONS = [
  'entered-in-error',
  'stopped',
  'completed',
  'not-taken',
  'cancelled',
  'declined',
  'not-done',
  'resolved',
  'inactive',
  'remission',
  'refuted',
  'not-breastfeeding',
  'not-pregnant',
  'negative-result',
  'other-value',
  'not-relevant',
  'unsupported-resource',
  'not-referenced',
] as const;

/** Could not be read: the check is incomplete. */
export const UNREADABLE_REASONS = [
  /** A medicine entry with no medicine in it (no code, no text, no reference). */
  'no-medication',
  /** Coded only with codes this checker does not know, and no text. */
  'unknown-code',
  /** Points to a resource that is not in the record. */
  'unresolved-reference',
  /** A condition or observation with no code and no text. */
  'no-code',
  /** Not a FHIR resource (no `resourceType`), or a resource whose fields could not be read. */
  'malformed',
  /** A Bundle entry with no resource in it. */
  'no-resource',
  /** Bundles nested deeper than the adapter reads. */
  'too-deeply-nested',
  /**
   * The record says it is not whole: a search page with a `next` page after it, or an
   * OperationOutcome reporting an error (the server could not return everything).
   */
  'incomplete',
] as const;

export type IgnoredReason = (typeof IGNORED_REASONS)[number];
export type UnreadableReason = (typeof UNREADABLE_REASONS)[number];
export type SkipReason = IgnoredReason | UnreadableReason;

/**
 * What an entry was about, as far as the adapter could tell: an unreadable entry that is (or may
 * be) a medicine becomes an `unknown` finding of the check.
 */
export type SkippedAbout = 'medication' | 'condition' | 'other' | 'unknown';

export interface SkippedResource {
  /** `unreadable`: could not be read (the check is incomplete); `ignored`: read and left out on purpose. */
  kind: 'unreadable' | 'ignored';
  reason: SkipReason;
  about: SkippedAbout;
  /** The entry's resource type, or `unknown` when it has none. */
  resourceType: string;
  id?: string;
  /** What the entry named, when it named something. */
  display?: string;
  /** Where it is in the input, e.g. `entry[2].resource.entry[0].resource`. */
  path: string;
}

const UNREADABLE: ReadonlySet<string> = new Set(UNREADABLE_REASONS);

export function isUnreadableReason(reason: SkipReason): reason is UnreadableReason {
  return UNREADABLE.has(reason);
}

/** Whether an unreadable entry leaves a medicine unchecked (a medicine entry, or one whose type is unknown). */
export function mayHideMedication(skipped: Pick<SkippedResource, 'kind' | 'about'>): boolean {
  return skipped.kind === 'unreadable' && (skipped.about === 'medication' || skipped.about === 'unknown');
}

const MEDICATION_TYPES = new Set([
  'MedicationStatement',
  'MedicationRequest',
  'MedicationDispense',
  'MedicationAdministration',
  'Medication',
  'Substance',
]);
const CONDITION_TYPES = new Set(['Condition', 'Observation']);

/** What a resource type is about, for `SkippedResource.about`. */
export function aboutResourceType(resourceType: string | undefined): SkippedAbout {
  if (resourceType === undefined) return 'unknown';
  if (MEDICATION_TYPES.has(resourceType)) return 'medication';
  if (CONDITION_TYPES.has(resourceType)) return 'condition';
  // A nested Bundle may hold anything, medicines included.
  return resourceType === 'Bundle' ? 'unknown' : 'other';
}
