import * as z from 'zod/mini';
import { LdnValidationError, parseOrThrow } from '../core/errors.js';
import {
  CdsServiceConfigSchema,
  ORDER_SELECT_SERVICE_ID,
  PATIENT_VIEW_SERVICE_ID,
  type CdsServiceConfig,
} from './config.js';
import { discovery } from './discovery.js';
import { internalErrorResponse, orderSelect, patientView } from './hooks.js';
import { CdsServiceError, operationOutcome } from './operation-outcome.js';
import {
  FeedbackRequestSchema,
  HookRequestSchema,
  OrderSelectContextSchema,
  PatientViewContextSchema,
  type FeedbackEntry,
} from './schemas.js';

export interface CdsHttpRequest {
  method: string;
  /** The path, without query string (`/cds-services/ldn-order-select`). */
  path: string;
  /** The raw body text, for POST. */
  body?: string;
}

export interface CdsHttpResponse {
  status: number;
  body: unknown;
}

const SERVICES: Record<string, string> = {
  [ORDER_SELECT_SERVICE_ID]: 'order-select',
  [PATIENT_VIEW_SERVICE_ID]: 'patient-view',
};

/** Validates request data, or throws a 400 whose OperationOutcome lists zod's issues. */
function parseRequest<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CdsServiceError(400, 'invalid', `Invalid ${what}`, result.error.issues);
}

function parseJson(body: string | undefined): unknown {
  if (body === undefined || body.trim() === '') throw new CdsServiceError(400, 'structure', 'The request has no body');
  try {
    return JSON.parse(body);
  } catch {
    throw new CdsServiceError(400, 'structure', 'The request body is not valid JSON');
  }
}

/** `POST /cds-services/{id}`: validates the request for the service's hook, then answers it. */
export function callService(id: string, body: unknown, config?: CdsServiceConfig | null) {
  const hook = SERVICES[id];
  if (!hook) throw new CdsServiceError(404, 'not-found', `No CDS service "${id.slice(0, 100)}"`);
  const settings = parseOrThrow(CdsServiceConfigSchema, config ?? {}, 'CDS service config') as CdsServiceConfig;
  const request = parseRequest(HookRequestSchema, body, 'CDS Hooks request');
  if (request.hook !== hook)
    throw new CdsServiceError(
      400,
      'not-supported',
      `Service "${id}" answers the ${hook} hook, not "${request.hook.slice(0, 100)}"`,
    );
  if (hook === 'order-select') {
    const context = parseRequest(OrderSelectContextSchema, request.context, 'order-select context');
    return answerOrFailClosed(() => orderSelect(request, context, settings), settings);
  }
  parseRequest(PatientViewContextSchema, request.context, 'patient-view context');
  return answerOrFailClosed(() => patientView(request, settings), settings);
}

/** A failure inside the check (not in the request) still answers: with "could not check". */
function answerOrFailClosed<T>(answer: () => T, config: CdsServiceConfig) {
  try {
    return answer();
  } catch (error) {
    if (error instanceof CdsServiceError) throw error;
    return internalErrorResponse(config);
  }
}

/** `POST /cds-services/{id}/feedback`: validated (cds-fb-1..3), acknowledged, not stored. */
export function acceptFeedback(id: string, body: unknown): { accepted: FeedbackEntry[] } {
  if (!SERVICES[id]) throw new CdsServiceError(404, 'not-found', `No CDS service "${id.slice(0, 100)}"`);
  return { accepted: parseRequest(FeedbackRequestSchema, body, 'CDS Hooks feedback').feedback };
}

function decodeId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new CdsServiceError(404, 'not-found', 'Not found: malformed service id');
  }
}

/**
 * The whole service as one pure function of an HTTP request: discovery, both hooks and feedback.
 * Errors come back as a status and a FHIR OperationOutcome; nothing throws.
 */
export function handleCdsRequest(request: CdsHttpRequest, config?: CdsServiceConfig | null): CdsHttpResponse {
  try {
    const parts = request.path.replace(/\/+$/, '').split('/').slice(1);
    if (parts[0] !== 'cds-services' || parts.length > 3 || (parts.length === 3 && parts[2] !== 'feedback'))
      throw new CdsServiceError(404, 'not-found', 'Not found: the services are under /cds-services');
    const id = parts[1] === undefined ? undefined : decodeId(parts[1]);
    const method = request.method.toUpperCase();
    if (id === undefined) {
      if (method !== 'GET') throw new CdsServiceError(405, 'not-supported', 'Use GET for discovery');
      return { status: 200, body: discovery() };
    }
    if (method !== 'POST') throw new CdsServiceError(405, 'not-supported', 'Use POST to call a CDS service');
    const body = parseJson(request.body);
    if (parts.length === 3) {
      acceptFeedback(id, body);
      return { status: 200, body: {} };
    }
    return { status: 200, body: callService(id, body, config) };
  } catch (error) {
    if (error instanceof CdsServiceError) return { status: error.status, body: error.outcome };
    if (error instanceof LdnValidationError)
      return { status: 500, body: operationOutcome('exception', `The service is misconfigured: ${error.message}`) };
    return { status: 500, body: operationOutcome('exception', 'Internal error') };
  }
}
