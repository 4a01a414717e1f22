import * as z from 'zod/mini';
import { issuesAt, type ValidationIssue } from '../core/errors.js';
import { describeValue, readSafely } from './safe-value.js';

/**
 * The state model every element uses for a value both the page and the person can change
 * (the checker's medicines and conditions, the side-effect list's marks and category), like a
 * native form control:
 *
 * - a value the page sets is the page's intent and replaces what is shown;
 * - setting content equal to the last value the page set is no change, so a framework
 *   re-rendering with a new array of the same content never undoes the person's edits;
 * - `undefined` and `null` say nothing (a prop not given yet): no change;
 * - a value that cannot be read is refused: the element shows the alert and fires `ldn-error`,
 *   and what is shown (the person's entries included) is kept;
 * - the person's edits change what is shown and clear a refusal of the same value.
 */

/** What a reader makes of a value the page set: the value to show, or why it was refused. */
export type PageRead<T> = { ok: true; value: T } | { ok: false; issues: readonly ValidationIssue[] };

/** A value the page set and the element refused, kept for the alert and `ldn-error`. */
export interface Refusal {
  /** The value as the page gave it, for the alert. */
  received: unknown;
  /** zod issues, with the property name as the first path segment. */
  issues: readonly ValidationIssue[];
}

/** The value shown, the last content the page set, and the last refusal. */
export class PageValue<T> {
  private current: T;
  /** Content key of the last value the page set (undefined: the page has set none yet). */
  private lastSetKey: string | undefined;
  private lastRefusal: Refusal | undefined;

  constructor(
    initial: T,
    private readonly read: (value: unknown) => PageRead<T>,
    private readonly key: (value: T) => string = (value) => JSON.stringify(value),
  ) {
    this.current = initial;
  }

  /**
   * What is shown now: the page's last accepted value with the person's edits since. A list is
   * read as a copy: a page that changes it in place changes only its own array (the element's
   * state never moves under it), and setting that array back is then new content, shown.
   */
  get value(): T {
    return Array.isArray(this.current) ? (this.current.slice() as T) : this.current;
  }

  /** The last value the page set that could not be used, until the page or the person replaces it. */
  get refusal(): Refusal | undefined {
    return this.lastRefusal;
  }

  /** The page set `value`. Returns whether anything the element shows changed (value or alert). */
  setFromPage(value: unknown): boolean {
    if (value === undefined || value === null) return false;
    // Runs inside a property setter: a value that throws when read (a Proxy, a throwing getter)
    // is refused like any other unreadable value, never thrown into the page's assignment.
    const read = readSafely(() => this.read(value), unreadable);
    if (!read.ok) {
      this.lastRefusal = { received: value, issues: read.issues };
      return true;
    }
    const hadRefusal = this.lastRefusal !== undefined;
    this.lastRefusal = undefined;
    const key = this.key(read.value);
    if (key === this.lastSetKey) return hadRefusal;
    this.lastSetKey = key;
    if (key === this.key(this.current)) return hadRefusal;
    this.current = read.value;
    return true;
  }

  /** The person (or the element on their behalf, e.g. a FHIR import) changed the value. */
  edit(value: T): void {
    this.current = value;
    this.lastRefusal = undefined;
  }
}

const StringListSchema = z.array(z.string());

/**
 * Reads a list of names or ids: an array of strings (frozen or not; copied, trimmed, blanks
 * dropped) or one comma-separated string, as the attribute is written. Anything else (a number,
 * an object, an array holding a non-string) is refused with zod's issues under `property`.
 */
export function readStringList(property: string): (value: unknown) => PageRead<string[]> {
  return (value) => {
    const list = typeof value === 'string' ? value.split(',') : value;
    const parsed = StringListSchema.safeParse(list);
    if (!parsed.success) return { ok: false, issues: issuesAt([property], parsed.error.issues) };
    return { ok: true, value: parsed.data.map((item) => item.trim()).filter((item) => item.length > 0) };
  };
}

/** Reads a value with a zod schema: refused, with the issues under `property`, when it does not parse. */
export function readWithSchema<T>(property: string, schema: z.ZodMiniType<T>): (value: unknown) => PageRead<T> {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, issues: issuesAt([property], parsed.error.issues) };
  };
}

/** How a refused value reads in the alert: a list as "a, b", anything else as text (never markup), kept short. */
export function describeReceived(value: unknown): string {
  const text = readSafely(() => {
    if (Array.isArray(value)) return value.map((item) => describeValue(item)).join(', ');
    if (typeof value === 'object' && value !== null) {
      try {
        return JSON.stringify(value);
      } catch {
        return Object.prototype.toString.call(value);
      }
    }
    return describeValue(value);
  }, describeValue(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** What a value that throws when read is refused with. */
const unreadable: PageRead<never> = {
  ok: false,
  issues: [{ code: 'custom', path: [], message: 'could not be read', input: undefined } as ValidationIssue],
};
