/**
 * ldn-widgets/cds-hooks: the CDS Hooks 2.0 service as pure functions (no DOM, no network), on the
 * same core as the elements. `handleCdsRequest` answers an HTTP request; the server in
 * `ldn-widgets/cds-hooks/server` (and `npx ldn-cds-service`) only moves bytes to and from it.
 */
export {
  ORDER_SELECT_SERVICE_ID,
  PATIENT_VIEW_SERVICE_ID,
  PREFETCH,
  type CdsServiceConfig,
  type PrefetchKey,
} from './config.js';
export { discovery, type CdsServiceDescription } from './discovery.js';
export { orderSelect, patientView, type CdsHooksResponse } from './hooks.js';
export { isNaltrexone } from './ldn-orders.js';
export { CdsServiceError, operationOutcome, type IssueType, type OperationOutcome } from './operation-outcome.js';
export {
  FeedbackEntrySchema,
  FeedbackRequestSchema,
  HookRequestSchema,
  OrderSelectContextSchema,
  PatientViewContextSchema,
  type FeedbackEntry,
  type HookRequest,
  type OrderSelectContext,
} from './schemas.js';
export { acceptFeedback, callService, handleCdsRequest, type CdsHttpRequest, type CdsHttpResponse } from './service.js';
export {
  couldNotCheckCard,
  toCdsHooksCards,
  type CdsHooksCard,
  type CdsHooksCoding,
  type CdsHooksLink,
  type CdsHooksSuggestion,
  type CdsHooksAction,
} from '../core/cds-hooks.js';
