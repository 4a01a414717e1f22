import * as z from 'zod/mini';
import { deepFreeze } from './deep-freeze.js';
import { builtInKnowledgeBase, resolveKnowledgeBase, sealParsedKnowledgeBase } from './knowledge-base.js';
import {
  extendKnowledgeBase,
  KnowledgeBaseExtensionSchema,
  mergeParsedExtension,
  type KnowledgeBaseExtension,
} from './knowledge-base-extension.js';
import type { KnowledgeBase } from './schemas/knowledge-base.js';
import { MedicationSchema } from './schemas/medication.js';

/** Options of `extendKnowledgeBaseInSlices`. */
export interface InSlicesOptions {
  /** Stops the work between two slices: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Medications parsed per slice (default 250: a few milliseconds on a slow phone). */
  sliceSize?: number;
}

const MedicationsSchema = z.array(MedicationSchema);
const DEFAULT_SLICE_SIZE = 250;

/** Gives the page its turn: input, rendering, other tasks. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `extendKnowledgeBase`, for a page: the same validation (zod, then references) and the same
 * frozen result, but the extension's medications are parsed a slice at a time, yielding to the
 * page between slices, so a 10,000-name formulary never blocks input for one long task.
 * Rejects with `LdnValidationError` where `extendKnowledgeBase` throws it, with the same issues:
 * when any slice is invalid, the issues are computed by one synchronous `extendKnowledgeBase`
 * (failing is allowed to be slow). Rejects with the signal's reason once `signal` aborts.
 * The base, when it is not the built-in one, is validated first as `extendKnowledgeBase` does.
 */
export async function extendKnowledgeBaseInSlices(
  extension: KnowledgeBaseExtension,
  baseKnowledgeBase: KnowledgeBase = builtInKnowledgeBase,
  options: InSlicesOptions = {},
): Promise<KnowledgeBase> {
  const { signal } = options;
  const sliceSize = Math.max(1, Math.floor(options.sliceSize ?? DEFAULT_SLICE_SIZE)) || DEFAULT_SLICE_SIZE;
  signal?.throwIfAborted();
  let parsed: KnowledgeBaseExtension | undefined;
  let base: KnowledgeBase;
  try {
    base = resolveKnowledgeBase(baseKnowledgeBase);
    parsed = await parseInSlices(extension, sliceSize, signal);
  } catch {
    if (signal?.aborted) throw signal.reason;
    parsed = undefined;
  }
  // Anything the slices cannot vouch for: the synchronous call decides, and names the issues.
  if (!parsed) return extendKnowledgeBase(extension, baseKnowledgeBase);
  await yieldToPage();
  signal?.throwIfAborted();
  const merged = mergeParsedExtension(base!, parsed);
  await yieldToPage();
  signal?.throwIfAborted();
  return sealParsedKnowledgeBase(merged);
}

/** zod's parse of the extension, medications a slice at a time; undefined when any part is invalid. */
async function parseInSlices(
  extension: unknown,
  sliceSize: number,
  signal: AbortSignal | undefined,
): Promise<KnowledgeBaseExtension | undefined> {
  if (typeof extension !== 'object' || extension === null) return undefined;
  const medications = (extension as { medications?: unknown }).medications;
  if (medications !== undefined && !Array.isArray(medications)) return undefined;
  const others = KnowledgeBaseExtensionSchema.safeParse({ ...extension, medications: undefined });
  if (!others.success) return undefined;
  if (medications === undefined) return others.data;

  const parsedMedications: z.infer<typeof MedicationSchema>[] = [];
  for (let start = 0; start < medications.length; start += sliceSize) {
    if (start > 0) {
      await yieldToPage();
      signal?.throwIfAborted();
    }
    const slice = MedicationsSchema.safeParse(medications.slice(start, start + sliceSize));
    if (!slice.success) return undefined;
    // zod's fresh copy, frozen now so the final step has less to freeze (it would be frozen then).
    parsedMedications.push(...deepFreeze(slice.data));
  }
  return { ...others.data, medications: parsedMedications };
}
