import * as z from 'zod/mini';
import type { UnknownMessage } from '../data/interaction-rules.js';
import { LdnValidationError, parseOrThrow } from '../errors.js';
import type { Finding } from '../schemas/interaction.js';
import type { SkippedResource } from './skipped.js';

/** Said of a record entry that could not be read: it was not checked, so it cannot reassure. */
export const unreadRecordMessage: UnknownMessage = {
  explanation: {
    en: 'An item in your health record could not be read, so it was not checked. It may be a medicine or a condition that matters with LDN.',
    es: 'Un dato de su historia clínica no se pudo leer, así que no se revisó. Puede ser un medicamento o una afección que importa con la LDN.',
  },
  whatToDo: {
    en: 'Ask your pharmacist or healthcare provider about it before you take LDN.',
    es: 'Pregunte por él a su farmacéutico o a su proveedor de atención médica antes de tomar LDN.',
  },
};

/** `fromFhir().skipped` as the checker accepts it back: anything else is an error, never ignored. */
const SkippedListSchema = z.optional(
  z.array(
    z.looseObject({
      kind: z.enum(['unreadable', 'ignored']),
      // Any reason: the kind decides what the check does with it.
      reason: z.string(),
      about: z.enum(['medication', 'condition', 'other', 'unknown']),
      resourceType: z.string(),
      id: z.optional(z.string()),
      display: z.optional(z.string()),
      path: z.string(),
    }),
  ),
);

/** The name a finding shows for an entry: what it named, else where it is. */
function entryName(entry: SkippedResource): string {
  const display = entry.display?.trim();
  if (display) return display.slice(0, 200);
  if (entry.id) return `${entry.resourceType}/${entry.id}`;
  return entry.path ? `${entry.resourceType} (${entry.path})` : entry.resourceType;
}

/**
 * One `unknown` finding per record entry that could not be read, so a check of a record with
 * unread entries never looks complete. Ignored entries (stopped, resolved, not relevant) give none.
 */
export function unreadRecordFindings(skipped: readonly SkippedResource[]): Finding[] {
  return skipped
    .filter((entry) => entry.kind === 'unreadable')
    .map((entry) => {
      // Never blank: a finding always has a name to show.
      const name = entryName(entry).trim() || 'FHIR';
      return {
        kind: entry.about === 'condition' ? 'condition' : 'medication',
        input: name,
        name,
        severity: 'unknown',
        explanation: unreadRecordMessage.explanation,
        whatToDo: unreadRecordMessage.whatToDo,
        factIds: [],
        sourceIds: [],
      } satisfies Finding;
    });
}

/** Keys `fromFhir` adds besides `medications` and `conditions`. */
const RECORD_KEYS = ['skipped', 'used'] as const;

/**
 * Lets `checkInteractions(fromFhir(record))` work as is: takes `skipped` and `used` off the input
 * (the rest is validated as usual) and turns unreadable entries into `unknown` findings. A
 * `skipped` that is not what `fromFhir` gives is an `LdnValidationError`.
 */
export function splitRecordInput(input: unknown): { input: unknown; unread: Finding[] } {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return { input, unread: [] };
    if (!RECORD_KEYS.some((key) => Object.prototype.hasOwnProperty.call(input, key))) return { input, unread: [] };
    // `used` only accounts for the record's entries: there is nothing in it to check.
    const { skipped, used: _used, ...rest } = input as Record<string, unknown>;
    const list = parseOrThrow(SkippedListSchema, skipped, 'interaction input skipped');
    return { input: rest, unread: unreadRecordFindings((list ?? []) as SkippedResource[]) };
  } catch (error) {
    if (error instanceof LdnValidationError) throw error;
    // A hostile object (throwing getter, proxy trap): refused like any invalid input.
    throw new LdnValidationError('Invalid interaction input: it could not be read', []);
  }
}
