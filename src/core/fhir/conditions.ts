import { conditionTerms, icd10Blocks, snomedConditionCodes, statusQuestions } from '../data/condition-codes.js';
import { fold } from '../search/normalize.js';
import type { ConditionId } from '../schemas/condition.js';
import type { KnowledgeBase } from '../schemas/knowledge-base.js';
import {
  readConditionResource,
  readObservationResource,
  type AnyResource,
  type CodeableConcept,
  type ObservationResource,
} from './schemas.js';
import type { SkipReason } from './skipped.js';

/** What one Condition or Observation gave: conditions for the check, or why it gave none. */
export type ConditionRead =
  { kind: 'conditions'; ids: ConditionId[]; display?: string } | { kind: 'skip'; reason: SkipReason; display?: string };

const INACTIVE_CLINICAL_STATUSES = new Set(['resolved', 'inactive', 'remission']);
const NOT_TRUE_VERIFICATION_STATUSES = new Set(['refuted', 'entered-in-error']);
const INACTIVE_OBSERVATION_STATUSES = new Set(['entered-in-error', 'cancelled']);

// Leading words of a value that answer "no" ("Not pregnant", "Negative", "No"), in English and Spanish.
const NEGATIVE_VALUE = /^(no|not|none|never|negative|false|absent|denies|without|negativo|negativa|ninguno|nunca)\b/;
const AFFIRMATIVE_VALUE = /^(yes|positive|true|present|detected|confirmed|si|positivo|positiva)\b/;

/** Folded and padded, so `includes(' word ')` matches whole words only. */
const asWords = (text: string) => ` ${fold(text)} `;

export function conceptText(concept: CodeableConcept | undefined): string | undefined {
  if (!concept) return undefined;
  const text = concept.text ?? concept.coding?.find((c) => c.display)?.display;
  return text !== undefined && /\S/.test(text) ? text : undefined;
}

/** Whether a concept carries anything to read: a code or some text. */
export function hasContent(concept: CodeableConcept | undefined): boolean {
  return conceptText(concept) !== undefined || (concept?.coding ?? []).some((c) => c.code && /\S/.test(c.code));
}

function statusCode(concept: CodeableConcept | undefined): string | undefined {
  const code = concept?.coding?.find((c) => c.code)?.code ?? concept?.text;
  return code?.trim().toLowerCase();
}

/** `K76.0`, `k760`, `B18.2` → the category letter and number (`K`, 76), when the code is shaped like ICD-10. */
function icd10Category(code: string): { letter: string; number: number } | undefined {
  const match = /^([A-Z])(\d{2})[0-9A-Z]{0,5}$/.exec(code.toUpperCase().replace(/[\s.]/g, ''));
  return match ? { letter: match[1]!, number: Number(match[2]) } : undefined;
}

function inIcd10Block(code: string, first: string, last: string): boolean {
  const category = icd10Category(code);
  const from = icd10Category(first);
  const to = icd10Category(last);
  if (!category || !from || !to || category.letter !== from.letter) return false;
  return category.number >= from.number && category.number <= to.number;
}

const termCache = new WeakMap<KnowledgeBase, { id: ConditionId; words: string[] }[]>();

/** The words that name each condition (the FHIR lists and the knowledge base's names), folded once per knowledge base. */
function foldedTerms(kb: KnowledgeBase): { id: ConditionId; words: string[] }[] {
  let terms = termCache.get(kb);
  if (!terms) {
    terms = [
      ...conditionTerms.map((list) => ({ id: list.conditionId, terms: list.terms })),
      ...kb.conditions.map((c) => ({ id: c.id, terms: [c.name.en, c.name.es, ...c.synonyms] })),
    ].map(({ id, terms: list }) => ({ id, words: list.map(asWords).filter((w) => w.trim().length > 0) }));
    termCache.set(kb, terms);
  }
  return terms;
}

/** Whether a text answers "no" ("Not pregnant", "No liver disease", "Negativo"), by its first word. */
function isNegative(text: string | undefined): boolean {
  return text !== undefined && NEGATIVE_VALUE.test(fold(text));
}

// Words that make a text about something other than the person having the condition: a relative's
// history, a vaccine, a screening test ("Family history of liver disease", "Hepatitis B vaccination").
const NOT_THE_PERSONS =
  /\b(family history|vaccin\w*|immuni[sz]\w*|screening|antecedentes familiares|vacuna\w*|cribado)\b/;

/** Words that, beside a screening or a vaccine, say the person has the condition ("positive on screening"). */
const AFFIRMING =
  /\b(positive|reactive|found|detected|diagnosed|confirmed|positivo|positiva|detectado|detectada|diagnosticado|diagnosticada|confirmado|confirmada)\b/;

/**
 * The clauses of a text (split at , ; ( ) [ ] and line breaks) that may be about the person: not
 * one that says "no" ("no complications"), and not a relative's history, a vaccine or a screening
 * unless it also says it was found ("Hepatitis C, positive on screening"). Clause by clause, so
 * "History of hepatitis B; family history of diabetes" still names the person's hepatitis.
 */
function personsClauses(text: string): string[] {
  return text.split(/[,;()[\]\n]+/).filter((clause) => {
    const folded = fold(clause);
    if (folded.length === 0 || isNegative(clause)) return false;
    return !NOT_THE_PERSONS.test(folded) || AFFIRMING.test(folded);
  });
}

/**
 * Conditions a concept names: by a code of the knowledge base or the FHIR code lists, an ICD-10
 * block, or whole words. Codes are trusted as they are; a text that starts with "no" or "not"
 * ("Not pregnant") names nothing.
 */
export function conditionsNamedBy(concept: CodeableConcept | undefined, kb: KnowledgeBase): ConditionId[] {
  if (!concept) return [];
  const found = new Set<ConditionId>();
  for (const coding of concept.coding ?? []) {
    const system = coding.system?.trim();
    const code = coding.code?.trim();
    if (!system || !code) continue;
    for (const condition of kb.conditions)
      if (condition.codes.some((c) => c.system === system && c.code === code)) found.add(condition.id);
    for (const list of snomedConditionCodes)
      if (list.system === system && list.codes.includes(code)) found.add(list.conditionId);
    for (const block of icd10Blocks)
      if (block.systems.includes(system) && inIcd10Block(code, block.first, block.last)) found.add(block.conditionId);
  }
  const texts = [concept.text, ...(concept.coding ?? []).map((c) => c.display)]
    .filter((t): t is string => typeof t === 'string' && /\S/.test(t))
    .flatMap(personsClauses)
    .map(asWords);
  if (texts.length > 0) {
    for (const { id, words } of foldedTerms(kb))
      if (words.some((word) => texts.some((text) => text.includes(word)))) found.add(id);
  }
  return [...found];
}

/** A Condition: counts unless it is resolved, inactive, in remission, refuted or entered in error. */
export function readCondition(resource: AnyResource, kb: KnowledgeBase): ConditionRead {
  const condition = readConditionResource(resource);
  const display = conceptText(condition.code);
  const named = display ? { display } : {};
  const verification = statusCode(condition.verificationStatus);
  const clinical = statusCode(condition.clinicalStatus);
  if (verification && NOT_TRUE_VERIFICATION_STATUSES.has(verification))
    return { kind: 'skip', reason: verification as SkipReason, ...named };
  if (clinical && INACTIVE_CLINICAL_STATUSES.has(clinical))
    return { kind: 'skip', reason: clinical as SkipReason, ...named };
  if (!hasContent(condition.code)) return { kind: 'skip', reason: 'no-code' };
  const ids = conditionsNamedBy(condition.code, kb);
  if (ids.length > 0) return { kind: 'conditions', ids, ...named };
  // "Not pregnant" as a problem-list entry: read, and it says no.
  const denied = isNegative(display) ? conditionsNamedBy({ text: display!.replace(/^\W*\w+/, '') }, kb) : [];
  return { kind: 'skip', reason: denied.length > 0 ? negativeReason(denied) : 'not-relevant', ...named };
}

function hasOtherValue(resource: unknown): boolean {
  if (typeof resource !== 'object' || resource === null) return false;
  return Object.keys(resource).some(
    (key) =>
      (key.startsWith('value') || key === 'dataAbsentReason') &&
      !['valueBoolean', 'valueCodeableConcept', 'valueString'].includes(key),
  );
}

function negativeReason(ids: readonly ConditionId[]): SkipReason {
  if (ids.includes('breastfeeding')) return 'not-breastfeeding';
  if (ids.includes('pregnancy')) return 'not-pregnant';
  return 'negative-result';
}

/**
 * An Observation: its value names a condition ("Pregnancy status" = 77386006 Pregnant), or its
 * code does (Breastfeeding 413712001) and the value, if any, says yes. A status question
 * (LOINC 82810-3) counts only by its value: "not pregnant" or "unknown" do not count.
 */
export function readObservation(resource: AnyResource, kb: KnowledgeBase): ConditionRead {
  const observation: ObservationResource = readObservationResource(resource);
  const display = conceptText(observation.code);
  const named = display ? { display } : {};
  const codeIds = conditionsNamedBy(observation.code, kb);
  const question = statusQuestions.find((q) =>
    (observation.code?.coding ?? []).some((c) => c.system?.trim() === q.system && c.code?.trim() === q.code),
  );
  const valueText = observation.valueString ?? conceptText(observation.valueCodeableConcept);
  const valueIds = [
    ...conditionsNamedBy(observation.valueCodeableConcept, kb),
    ...(observation.valueString ? conditionsNamedBy({ text: observation.valueString }, kb) : []),
  ];
  const about = [...new Set([...codeIds, ...valueIds, ...(question ? [question.conditionId] : [])])];
  if (about.length === 0) {
    if (!hasContent(observation.code)) return { kind: 'skip', reason: 'no-code' };
    return { kind: 'skip', reason: 'not-relevant', ...named };
  }
  const status = observation.status?.trim().toLowerCase();
  if (status && INACTIVE_OBSERVATION_STATUSES.has(status))
    return { kind: 'skip', reason: status as SkipReason, ...named };
  const foldedValue = valueText ? fold(valueText) : '';
  if (observation.valueBoolean === false || isNegative(valueText))
    return { kind: 'skip', reason: negativeReason(about), ...named };
  if (valueIds.length > 0) return { kind: 'conditions', ids: [...new Set(valueIds)], ...named };
  if (question) return { kind: 'skip', reason: 'other-value', ...named };
  const noValue =
    observation.valueBoolean === undefined &&
    valueText === undefined &&
    !hasContent(observation.valueCodeableConcept) &&
    !hasOtherValue(resource);
  if (noValue || observation.valueBoolean === true || AFFIRMATIVE_VALUE.test(foldedValue))
    return { kind: 'conditions', ids: codeIds, ...named };
  return { kind: 'skip', reason: 'other-value', ...named };
}
