import {
  checkInteractions,
  couldNotCheckCard,
  toCdsHooksCards,
  type CdsHooksCard,
  type Finding,
  type MedicationInput,
} from '../core/index.js';
import type { ConditionId } from '../core/schemas/condition.js';
import { resolveKnowledgeBase } from '../core/knowledge-base.js';
import { MAX_CHECK_ENTRIES } from '../core/schemas/interaction.js';
import { PREFETCH, PREFETCH_ASKED_FOR, type CdsServiceConfig, type PrefetchKey } from './config.js';
import { isNaltrexone, medicationText, namesNaltrexoneInWords } from './ldn-orders.js';
import { medicationKey, readEntries, readRecord, type RecordRead } from './read-record.js';
import type { HookRequest, OrderSelectContext } from './schemas.js';
import { SERVICE_WORDING } from './wording.js';

export interface CdsHooksResponse {
  cards: CdsHooksCard[];
}

/** Checks against LDN in batches the checker accepts, so a long medication list is still read whole. */
function checkAgainstLdn(
  medications: readonly MedicationInput[],
  conditions: readonly ConditionId[],
  config: CdsServiceConfig,
): Finding[] {
  const options = config.knowledgeBase ? { knowledgeBase: config.knowledgeBase } : undefined;
  const findings = checkInteractions({ conditions: [...conditions] }, options);
  for (let start = 0; start < medications.length; start += MAX_CHECK_ENTRIES) {
    findings.push(...checkInteractions({ medications: medications.slice(start, start + MAX_CHECK_ENTRIES) }, options));
  }
  return findings;
}

function cardsFor(findings: readonly Finding[], config: CdsServiceConfig): CdsHooksCard[] {
  return toCdsHooksCards(findings, {
    ...(config.lang ? { lang: config.lang } : {}),
    ...(config.knowledgeBase ? { knowledgeBase: config.knowledgeBase } : {}),
    ...(config.patientPageUrl ? { patientPageUrl: config.patientPageUrl } : {}),
  });
}

function couldNotCheck(reason: string, config: CdsServiceConfig): CdsHooksCard {
  return couldNotCheckCard({
    reason,
    ...(config.lang ? { lang: config.lang } : {}),
    ...(config.patientPageUrl ? { patientPageUrl: config.patientPageUrl } : {}),
  });
}

/** The prefetched record, or the keys the EHR did not send (`null` means it could not fetch them). */
function prefetchedRecord(request: HookRequest, config: CdsServiceConfig): RecordRead | { missing: PrefetchKey[] } {
  const prefetch = request.prefetch ?? {};
  const keys = Object.keys(PREFETCH) as PrefetchKey[];
  const missing = keys.filter(
    (key) => !Object.hasOwn(prefetch, key) || prefetch[key] === null || prefetch[key] === undefined,
  );
  if (missing.length > 0) return { missing };
  return readRecord(
    keys.map((key) => ({ value: prefetch[key], where: `prefetch.${key}`, askedFor: PREFETCH_ASKED_FOR.includes(key) })),
    config.knowledgeBase,
  );
}

/** One "could not check" card that says what was not read, after whatever findings there are. */
function withUnread(cards: CdsHooksCard[], unread: readonly string[], config: CdsServiceConfig): CdsHooksResponse {
  if (unread.length === 0) return { cards };
  return {
    cards: [...cards, couldNotCheck(SERVICE_WORDING[config.lang ?? 'en'].unread(unread.length, unread[0]!), config)],
  };
}

/** A suggestion to delete draft orders: `selectionBehavior` always comes with it (cds-resp-6). */
function withRemoveSuggestion(
  card: CdsHooksCard,
  label: string,
  references: readonly string[],
  config: CdsServiceConfig,
) {
  if (card.indicator !== 'critical' || references.length === 0) return card;
  const words = SERVICE_WORDING[config.lang ?? 'en'];
  return {
    ...card,
    selectionBehavior: 'at-most-one' as const,
    suggestions: [
      {
        label,
        uuid: globalThis.crypto.randomUUID(),
        actions: references.map((reference) => ({
          type: 'delete' as const,
          description: words.deleteDraft(reference),
          resourceId: reference,
        })),
      },
    ],
  };
}

interface DraftMedication {
  reference: string;
  input: MedicationInput;
}

/** The medication orders of the session: the selected ones, the others, and what could not be read. */
function readDrafts(context: OrderSelectContext, config: CdsServiceConfig) {
  const words = SERVICE_WORDING[config.lang ?? 'en'];
  const { entries, unread } = readEntries(context.draftOrders, 'draftOrders', config.knowledgeBase);
  const selections = new Set(context.selections);
  const selected: DraftMedication[] = [];
  const others: DraftMedication[] = [];
  const found = new Set<string>();
  for (const entry of entries) {
    const id = typeof entry.resource.id === 'string' ? entry.resource.id : undefined;
    const reference = `${String(entry.resource.resourceType)}/${id ?? ''}`;
    if (selections.has(reference)) found.add(reference);
    if (entry.resource.resourceType !== 'MedicationRequest') continue;
    const list = selections.has(reference) ? selected : others;
    for (const input of entry.medications) list.push({ reference, input });
  }
  for (const reference of selections) {
    if (reference.startsWith('MedicationRequest/') && !found.has(reference))
      unread.push(words.selectionNotFound(reference));
  }
  return { selected, others, unread };
}

/**
 * `order-select`: LDN drafted for a patient on an opioid (or with liver disease, pregnancy…), or a
 * drafted medicine for a patient on LDN. Reads only `context` and `prefetch`.
 */
export function orderSelect(
  request: HookRequest,
  context: OrderSelectContext,
  config: CdsServiceConfig,
): CdsHooksResponse {
  const words = SERVICE_WORDING[config.lang ?? 'en'];
  const drafts = readDrafts(context, config);
  if (drafts.selected.length === 0 && drafts.unread.length === 0) return { cards: [] }; // no medication order selected

  const record = prefetchedRecord(request, config);
  if ('missing' in record) return { cards: [couldNotCheck(words.notPrefetched(record.missing.join(', ')), config)] };
  const unread = [...drafts.unread, ...record.unread];

  const kb = resolveKnowledgeBase(config.knowledgeBase);
  const ldnDrafts = drafts.selected.filter((d) => isNaltrexone(d.input, kb));
  const patientOnLdn = record.medications.some((input) => isNaltrexone(input, kb));
  let cards: CdsHooksCard[] = [];
  if (ldnDrafts.length > 0) {
    // LDN is being ordered: everything else the patient takes or is about to take (another
    // naltrexone too: twice the same medicine), and their conditions.
    const drafted = new Set(ldnDrafts.map((d) => medicationKey(d.input)));
    const others = [
      ...record.medications,
      ...drafts.others.map((d) => d.input),
      ...drafts.selected.map((d) => d.input),
    ];
    const findings = checkAgainstLdn(
      others.filter((input) => !drafted.has(medicationKey(input))),
      record.conditions,
      config,
    );
    const references = [...new Set(ldnDrafts.map((d) => d.reference))];
    cards = cardsFor(findings, config).map((card) =>
      withRemoveSuggestion(card, words.removeLdnOrder, references, config),
    );
  } else if (patientOnLdn) {
    // The patient is on LDN: each drafted medicine, with a suggestion to drop the one that conflicts.
    for (const draft of drafts.selected) {
      const findings = checkAgainstLdn([draft.input], [], config);
      cards.push(
        ...cardsFor(findings, config).map((card) =>
          withRemoveSuggestion(card, words.removeOrder, [draft.reference], config),
        ),
      );
    }
  } else {
    // No naltrexone in sight; but an order named only by a code might be LDN.
    for (const draft of drafts.selected) {
      if (medicationText(draft.input) === undefined) unread.push(words.namelessOrder(draft.reference));
    }
  }
  return withUnread(cards, unread, config);
}

/** `patient-view`: for a patient on LDN, what in their record conflicts with it. */
export function patientView(request: HookRequest, config: CdsServiceConfig): CdsHooksResponse {
  const words = SERVICE_WORDING[config.lang ?? 'en'];
  const record = prefetchedRecord(request, config);
  if ('missing' in record) return { cards: [couldNotCheck(words.notPrefetched(record.missing.join(', ')), config)] };
  let cards: CdsHooksCard[] = [];
  const kb = resolveKnowledgeBase(config.knowledgeBase);
  if (record.medications.some((input) => isNaltrexone(input, kb))) {
    // Another naltrexone medicine (Vivitrol beside LDN) is still checked: naltrexone twice (X1).
    // On a naltrexone medicine alone (Vivitrol), that one is the naltrexone, not a second one.
    const onLdnByName = record.medications.some(namesNaltrexoneInWords);
    const isTheNaltrexone = (input: MedicationInput) =>
      onLdnByName ? namesNaltrexoneInWords(input) : isNaltrexone(input, kb);
    const findings = checkAgainstLdn(
      record.medications.filter((input) => !isTheNaltrexone(input)),
      record.conditions,
      config,
    );
    cards = cardsFor(findings, config);
  }
  return withUnread(cards, record.unread, config);
}

/** When the check itself fails: one "could not check" card, never an empty answer. */
export function internalErrorResponse(config: CdsServiceConfig): CdsHooksResponse {
  return { cards: [couldNotCheck(SERVICE_WORDING[config.lang ?? 'en'].internalError, config)] };
}
