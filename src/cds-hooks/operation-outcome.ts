import type { ValidationIssue } from '../core/errors.js';

/** FHIR R4 OperationOutcome issue types this service uses (value set `issue-type`). */
export type IssueType =
  'invalid' | 'structure' | 'not-found' | 'not-supported' | 'too-costly' | 'security' | 'timeout' | 'exception';

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: { severity: 'error' | 'fatal'; code: IssueType; diagnostics: string; expression?: string[] }[];
}

/** At most this many zod issues go back to the client: enough to fix a request, bounded in size. */
const MAX_ISSUES = 10;

export function operationOutcome(
  code: IssueType,
  diagnostics: string,
  issues?: readonly ValidationIssue[],
): OperationOutcome {
  const outcome: OperationOutcome = {
    resourceType: 'OperationOutcome',
    issue: [{ severity: code === 'exception' ? 'fatal' : 'error', code, diagnostics }],
  };
  for (const issue of (issues ?? []).slice(0, MAX_ISSUES)) {
    const path = issue.path.map(String).join('.');
    outcome.issue.push({
      severity: 'error',
      code: 'invalid',
      diagnostics: issue.message,
      ...(path ? { expression: [path] } : {}),
    });
  }
  return outcome;
}

/** A request the service refuses: an HTTP status and the OperationOutcome that explains it. */
export class CdsServiceError extends Error {
  override readonly name = 'CdsServiceError';
  readonly status: number;
  readonly outcome: OperationOutcome;

  constructor(status: number, code: IssueType, diagnostics: string, issues?: readonly ValidationIssue[]) {
    super(diagnostics);
    this.status = status;
    this.outcome = operationOutcome(code, diagnostics, issues);
  }
}
