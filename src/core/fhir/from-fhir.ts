import type * as z from 'zod/mini';
import { issuesAt, LdnValidationError, type ValidationIssue } from '../errors.js';
import type { MedicationInput } from '../interactions.js';
import { resolveKnowledgeBase } from '../knowledge-base.js';
import { fold } from '../search/normalize.js';
import { RXNORM_SYSTEM, SNOMED_SYSTEM } from '../schemas/code-systems.js';
import type { ConditionId } from '../schemas/condition.js';
import { MAX_MEDICATION_TEXT_LENGTH } from '../schemas/interaction.js';
import type { KnowledgeBase } from '../schemas/knowledge-base.js';
import {
  AnyResourceSchema,
  ConditionResourceSchema,
  FhirInputSchema,
  MedicationRequestSchema,
  MedicationResourceSchema,
  MedicationStatementSchema,
  ObservationResourceSchema,
  type CodeableConcept,
  type ConditionResource,
  type MedicationResource,
  type MedicationUseResource,
  type ObservationResource,
} from './schemas.js';

/** Why a resource did not become an input to the checker. */
export type SkipReason =
  | 'entered-in-error'
  | 'stopped'
  | 'completed'
  | 'not-taken'
  | 'cancelled'
  | 'resolved'
  | 'inactive'
  | 'refuted'
  | 'not-breastfeeding'
  | 'no-medication'
  | 'not-relevant'
  | 'unsupported-resource';

export interface SkippedResource {
  resourceType: string;
  id?: string;
  reason: SkipReason;
  /** What the resource named, when it named something. */
  display?: string;
}

export interface FhirImport {
  /** Coded (RxNorm) or free-text medications, ready for `checkInteractions`. */
  medications: MedicationInput[];
  conditions: ConditionId[];
  skipped: SkippedResource[];
}

export interface FromFhirOptions {
  knowledgeBase?: KnowledgeBase;
}

// Statuses that mean "not taking it now" (FHIR R4 value sets for the two resources).
const INACTIVE_MEDICATION_STATUSES = new Set(['entered-in-error', 'stopped', 'completed', 'not-taken', 'cancelled']);
const INACTIVE_CLINICAL_STATUSES = new Set(['resolved', 'inactive', 'remission']);
const INACTIVE_OBSERVATION_STATUSES = new Set(['entered-in-error', 'cancelled']);
/** Snomed code of the breastfeeding observable (see shared anchors). */
const BREASTFEEDING_OBSERVABLE = '413712001';

/** Folded as the medication search folds names, padded so `includes` matches whole words only. */
function asWords(text: string): string {
  return ` ${fold(text)} `;
}

function conceptText(concept: CodeableConcept | undefined): string | undefined {
  if (!concept) return undefined;
  return concept.text ?? concept.coding?.find((c) => c.display)?.display;
}

function codesIn(concept: CodeableConcept | undefined, system: string): string[] {
  return (concept?.coding ?? []).filter((c) => c.system === system && c.code).map((c) => c.code as string);
}

function statusCode(concept: CodeableConcept | undefined): string | undefined {
  return concept?.coding?.find((c) => c.code)?.code ?? concept?.text?.toLowerCase();
}

/** Condition ids of the knowledge base that a FHIR concept names, by SNOMED code or by words. */
function matchConditions(concept: CodeableConcept | undefined, kb: KnowledgeBase): ConditionId[] {
  const snomed = new Set(codesIn(concept, SNOMED_SYSTEM));
  const words = [concept?.text, ...(concept?.coding ?? []).map((c) => c.display)]
    .filter((t): t is string => typeof t === 'string')
    .map(asWords);
  return kb.conditions
    .filter(
      (condition) =>
        condition.codes.some((code) => snomed.has(code.code)) ||
        [condition.name.en, condition.name.es, ...condition.synonyms]
          .map(asWords)
          .some((synonym) => words.some((text) => text.includes(synonym))),
    )
    .map((condition) => condition.id);
}

/** The medication concept of a statement or request: inline, contained, or elsewhere in the bundle. */
function medicationConcept(
  resource: MedicationUseResource,
  medicationsByReference: Map<string, MedicationResource>,
): CodeableConcept | undefined {
  if (resource.medicationCodeableConcept) return resource.medicationCodeableConcept;
  const reference = resource.medicationReference?.reference;
  if (reference?.startsWith('#')) {
    const contained = (resource.contained ?? []).find(
      (c) => c.resourceType === 'Medication' && c.id === reference.slice(1),
    );
    const parsed = MedicationResourceSchema.safeParse(contained);
    if (parsed.success) return parsed.data.code;
  } else if (reference) {
    const found = medicationsByReference.get(reference);
    if (found) return found.code;
  }
  const display = resource.medicationReference?.display;
  return display ? { text: display } : undefined;
}

/**
 * Free text as the checker accepts it: at most its length limit, cut at a word boundary. Records
 * hold long sigs ("Oxycodone 5 mg tablet: take 1 tablet every…"); the name comes first, and a
 * rejected list would hide every finding behind "could not check".
 */
function checkerText(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= MAX_MEDICATION_TEXT_LENGTH) return trimmed;
  const cut = trimmed.slice(0, MAX_MEDICATION_TEXT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
}

/** A checker input from a medication concept: an RxNorm coding if there is one, else its text. */
function medicationInput(concept: CodeableConcept): MedicationInput | undefined {
  const text = conceptText(concept);
  const display = text !== undefined && /\S/.test(text) ? checkerText(text) : undefined;
  const rxnorm = (concept.coding ?? []).find((c) => c.system === RXNORM_SYSTEM && c.code);
  if (rxnorm?.code) return { system: RXNORM_SYSTEM, code: rxnorm.code, ...(display ? { display } : {}) };
  const other = (concept.coding ?? []).find((c) => c.code && c.system);
  if (display) return display;
  // Coded in a system we do not read, with no text: pass it on so it comes back "unknown".
  if (other?.system && other.code) return { system: other.system, code: other.code };
  return undefined;
}

function parseResource<T>(
  schema: z.ZodMiniType<T>,
  resource: unknown,
  path: (string | number)[],
  issues: ValidationIssue[],
): T | undefined {
  const result = schema.safeParse(resource);
  if (result.success) return result.data;
  issues.push(...issuesAt(path, result.error.issues));
  return undefined;
}

function isNegativeObservation(observation: ObservationResource): boolean {
  if (observation.valueBoolean === false) return true;
  const valueText = observation.valueString ?? conceptText(observation.valueCodeableConcept);
  return valueText !== undefined && /^\s*(no|not|false|none|never)\b/i.test(valueText);
}

/**
 * Reads a FHIR R4 Bundle (or an array of resources) into inputs for `checkInteractions`:
 * current MedicationStatement and MedicationRequest resources, Conditions, and the breastfeeding
 * Observation. Resources that are not current are listed in `skipped` with the reason. A
 * malformed bundle or resource throws `LdnValidationError` with the zod issues: an import that
 * silently dropped a medication could hide an interaction.
 */
export function fromFhir(input: unknown, options?: FromFhirOptions | null): FhirImport {
  const kb = resolveKnowledgeBase(options?.knowledgeBase);
  const top = FhirInputSchema.safeParse(input);
  if (!top.success)
    throw new LdnValidationError('Invalid FHIR input: expected a Bundle or an array of resources', top.error.issues);

  const located: { resource: z.infer<typeof AnyResourceSchema>; path: (string | number)[]; fullUrl?: string }[] =
    Array.isArray(top.data)
      ? top.data.map((resource, i) => ({ resource, path: [i] }))
      : (top.data.entry ?? []).flatMap((entry, i) =>
          entry.resource ? [{ resource: entry.resource, path: ['entry', i, 'resource'], fullUrl: entry.fullUrl }] : [],
        );

  const issues: ValidationIssue[] = [];
  const medicationsByReference = new Map<string, MedicationResource>();
  for (const { resource, path, fullUrl } of located) {
    if (resource.resourceType !== 'Medication') continue;
    const medication = parseResource(MedicationResourceSchema, resource, path, issues);
    if (!medication) continue;
    if (fullUrl) medicationsByReference.set(fullUrl, medication);
    if (medication.id) medicationsByReference.set(`Medication/${medication.id}`, medication);
  }

  const result: FhirImport = { medications: [], conditions: [], skipped: [] };
  const seenMedications = new Set<string>();
  const skip = (resourceType: string, id: string | undefined, reason: SkipReason, display?: string) =>
    result.skipped.push({ resourceType, ...(id ? { id } : {}), reason, ...(display ? { display } : {}) });
  const addConditions = (ids: ConditionId[]) =>
    ids.forEach((id) => result.conditions.includes(id) || result.conditions.push(id));

  for (const { resource, path } of located) {
    switch (resource.resourceType) {
      case 'MedicationStatement':
      case 'MedicationRequest': {
        const schema =
          resource.resourceType === 'MedicationStatement' ? MedicationStatementSchema : MedicationRequestSchema;
        const use = parseResource<MedicationUseResource>(schema, resource, path, issues);
        if (!use) break;
        const concept = medicationConcept(use, medicationsByReference);
        const display = conceptText(concept);
        if (INACTIVE_MEDICATION_STATUSES.has(use.status)) {
          skip(use.resourceType, use.id, use.status as SkipReason, display);
          break;
        }
        const medication = concept ? medicationInput(concept) : undefined;
        if (!medication) {
          skip(use.resourceType, use.id, 'no-medication');
          break;
        }
        const key = JSON.stringify(medication);
        if (!seenMedications.has(key)) {
          seenMedications.add(key);
          result.medications.push(medication);
        }
        break;
      }
      case 'Condition': {
        const condition = parseResource<ConditionResource>(ConditionResourceSchema, resource, path, issues);
        if (!condition) break;
        const display = conceptText(condition.code);
        const clinical = statusCode(condition.clinicalStatus);
        const verification = statusCode(condition.verificationStatus);
        if (verification === 'entered-in-error' || verification === 'refuted') {
          skip('Condition', condition.id, verification, display);
        } else if (clinical && INACTIVE_CLINICAL_STATUSES.has(clinical)) {
          skip('Condition', condition.id, clinical === 'resolved' ? 'resolved' : 'inactive', display);
        } else {
          const matched = matchConditions(condition.code, kb).filter((id) => id !== 'breastfeeding');
          if (matched.length === 0) skip('Condition', condition.id, 'not-relevant', display);
          addConditions(matched);
        }
        break;
      }
      case 'Observation': {
        const observation = parseResource<ObservationResource>(ObservationResourceSchema, resource, path, issues);
        if (!observation) break;
        const display = conceptText(observation.code);
        const isBreastfeeding =
          codesIn(observation.code, SNOMED_SYSTEM).includes(BREASTFEEDING_OBSERVABLE) ||
          matchConditions(observation.code, kb).includes('breastfeeding');
        if (!isBreastfeeding) skip('Observation', observation.id, 'not-relevant', display);
        else if (INACTIVE_OBSERVATION_STATUSES.has(observation.status))
          skip('Observation', observation.id, observation.status as SkipReason, display);
        else if (isNegativeObservation(observation)) skip('Observation', observation.id, 'not-breastfeeding', display);
        else addConditions(['breastfeeding']);
        break;
      }
      case 'Medication':
        break; // read above, through the references that point at it
      default:
        skip(resource.resourceType, resource.id, 'unsupported-resource');
    }
  }

  if (issues.length > 0) {
    const where = issues[0]!.path.join('.');
    throw new LdnValidationError(`Invalid FHIR resource at ${where}: ${issues[0]!.message}`, issues);
  }
  return result;
}
