import type * as z from 'zod/mini';

/** One problem with an input, as zod reports it (path, message, code). */
export type ValidationIssue = z.core.$ZodIssue;

/**
 * Thrown by every core function on invalid input. It carries zod's issues so an element can
 * name the attribute that was wrong, and a portal can log exactly what it passed.
 */
export class LdnValidationError extends Error {
  override readonly name = 'LdnValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, issues: readonly ValidationIssue[]) {
    super(message);
    this.issues = issues;
  }
}

/** The same issues located inside a larger input: `prefix` goes in front of each path. */
export function issuesAt(prefix: readonly PropertyKey[], issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }) as ValidationIssue);
}

/** Parses with a zod schema, or throws `LdnValidationError` naming what was being parsed. */
export function parseOrThrow<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  throw new LdnValidationError(`Invalid ${what}${where}: ${first?.message ?? 'unknown problem'}`, result.error.issues);
}
