import * as z from 'zod/mini';
import { LanguageSchema, type Language } from '../core/schemas/common.js';
import type { KnowledgeBase } from '../core/schemas/knowledge-base.js';

/** How a deployment words and links its cards. Everything is optional. */
export interface CdsServiceConfig {
  /** Language of the cards (`en` default, `es`). */
  lang?: Language;
  /** Absolute https URL of the patient-facing checker page, linked from cards that warn. */
  patientPageUrl?: string;
  /** A portal's knowledge base (validated like everywhere else in the library). */
  knowledgeBase?: KnowledgeBase;
}

export const CdsServiceConfigSchema = z.strictObject({
  lang: z.optional(LanguageSchema),
  patientPageUrl: z.optional(z.url({ protocol: /^https$/ })),
  knowledgeBase: z.optional(z.unknown()),
});

/** The ids of the two services, as discovery lists them and `POST /cds-services/{id}` takes them. */
export const ORDER_SELECT_SERVICE_ID = 'ldn-order-select';
export const PATIENT_VIEW_SERVICE_ID = 'ldn-patient-view';

/**
 * What the services ask the EHR to prefetch. The service reads nothing else (no FHIR calls of its
 * own), so every key is needed: without one, the answer is a "could not check" card.
 */
export const PREFETCH = {
  medications: 'MedicationRequest?patient={{context.patientId}}&status=active',
  medicationStatements: 'MedicationStatement?patient={{context.patientId}}&status=active',
  conditions: 'Condition?patient={{context.patientId}}',
  observations:
    'Observation?patient={{context.patientId}}&code=http://loinc.org|82810-3,http://snomed.info/sct|413712001',
} as const;
export type PrefetchKey = keyof typeof PREFETCH;
/**
 * Prefetch keys whose query selects only what matters to LDN (pregnancy status, breastfeeding): an
 * entry there that the reader calls "not relevant" was not understood, so it counts as unread.
 */
export const PREFETCH_ASKED_FOR: readonly PrefetchKey[] = ['observations'];
