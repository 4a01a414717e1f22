import * as z from 'zod/mini';
import { noRuleMessage, notInListMessage, unlistedPartMessage, type UnknownMessage } from './data/interaction-rules.js';
import { parseOrThrow } from './errors.js';
import { splitRecordInput } from './fhir/record-findings.js';
import type { SkippedResource } from './fhir/skipped.js';
import {
  InteractionInputSchema,
  SEVERITIES,
  type CodedMedication,
  type Condition,
  type ConditionId,
  type Finding,
  type InteractionRule,
  type KnowledgeBase,
  type Medication,
  type Severity,
} from './schemas/index.js';
import { resolveKnowledgeBase } from './knowledge-base.js';
import { getMedicationIndex, type MedicationIndex } from './search/medication-index.js';
import { fold } from './search/normalize.js';
import { recognizeMedicationText } from './search/recognize.js';

export type MedicationInput = string | CodedMedication;

export interface InteractionInput {
  medications?: MedicationInput[];
  conditions?: ConditionId[];
  /** From `fromFhir`: each unreadable record entry becomes an `unknown` finding (see `splitRecordInput`). */
  skipped?: readonly SkippedResource[];
  /** From `fromFhir`; not checked. */
  used?: readonly unknown[];
}

export interface CheckOptions {
  /** Knowledge base to check against (default: the built-in one). A portal's is validated on first use. */
  knowledgeBase?: KnowledgeBase;
}

/** Number of findings per severity, and in all. */
export type SeverityCounts = Record<Severity, number> & { total: number };

const CheckOptionsSchema = z.object({ knowledgeBase: z.optional(z.unknown()) });

/** Negative when `a` is more serious than `b` (avoid, caution, unknown, compatible). */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/** Findings in display order, most serious first; equal severities keep their order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable, so entries of one severity keep the order they were entered in.
  return [...findings].sort((a, b) => compareSeverity(a.severity, b.severity));
}

/** Counts per severity, for a summary line ("2 to avoid, 1 to ask about"). */
export function summarizeFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { avoid: 0, caution: 0, unknown: 0, compatible: 0, total: 0 };
  for (const finding of findings) {
    counts[finding.severity]++;
    counts.total++;
  }
  return counts;
}

/**
 * Checks medications and conditions against LDN (rules I1–I5) and returns exactly one finding per
 * distinct entry, most serious first. Fails closed: anything not recognised with confidence, or
 * recognised without a rule, is `unknown`, never `compatible`. An entry naming several medicines
 * gets the most serious finding among them; one with words the checker cannot place besides a
 * `compatible` medicine ("Copaxone and Zoloft") is `unknown`. Brand and generic of one
 * medication count as one entry. Throws `LdnValidationError` on invalid input.
 */
export function checkInteractions(input: InteractionInput, options?: CheckOptions): Finding[] {
  const record = splitRecordInput(input);
  const parsed = parseOrThrow(InteractionInputSchema, record.input, 'interaction input');
  const { knowledgeBase } = parseOrThrow(CheckOptionsSchema, options ?? {}, 'check options');
  const kb = resolveKnowledgeBase(knowledgeBase);
  const index = getMedicationIndex(kb);
  const rules = getRuleIndex(kb);

  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (key: string, makeFinding: () => Finding) => {
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(makeFinding());
  };

  for (const entry of parsed.medications ?? []) {
    const inputText = typeof entry === 'string' ? entry : describeCode(entry);
    const recognised = recognise(kb, index, rules, entry);
    if (recognised?.kind === 'medication') {
      add(`medication:${recognised.medication.id}`, () => medicationFinding(inputText, recognised));
    } else {
      // Not (wholly) recognised: keyed by what was entered, so that "Copaxone and Zoloft" is never
      // merged into, and hidden behind, a plain "Copaxone" entry.
      const key =
        typeof entry === 'string' ? `text:${fold(entry) || entry.trim()}` : `code:${entry.system}|${entry.code}`;
      const message = recognised ? unlistedPartMessage : notInListMessage;
      add(key, () => unknownFinding('medication', inputText, inputText.trim(), message));
    }
  }
  for (const conditionId of parsed.conditions ?? []) {
    add(`condition:${conditionId}`, () => conditionFinding(kb, rules, conditionId));
  }
  return sortFindings([...findings, ...record.unread]);
}

/** Rules by what they target, built once per knowledge base. */
interface RuleIndex {
  byMedication: Map<string, InteractionRule[]>;
  byClass: Map<string, InteractionRule[]>;
  byCondition: Map<string, InteractionRule[]>;
}

const ruleIndexes = new WeakMap<KnowledgeBase, RuleIndex>();

function getRuleIndex(kb: KnowledgeBase): RuleIndex {
  let index = ruleIndexes.get(kb);
  if (!index) {
    index = { byMedication: new Map(), byClass: new Map(), byCondition: new Map() };
    for (const rule of kb.interactionRules) {
      const { target } = rule;
      const [map, id] =
        target.kind === 'medication'
          ? [index.byMedication, target.medicationId]
          : target.kind === 'class'
            ? [index.byClass, target.classId]
            : [index.byCondition, target.conditionId];
      map.set(id, [...(map.get(id) ?? []), rule]);
    }
    ruleIndexes.set(kb, index);
  }
  return index;
}

/** The most serious rule among several (a medication in two classes gets the stricter one). */
function mostSevere(rules: readonly InteractionRule[]): InteractionRule | undefined {
  let worst: InteractionRule | undefined;
  for (const rule of rules) if (!worst || compareSeverity(rule.severity, worst.severity) < 0) worst = rule;
  return worst;
}

function ruleForMedication(rules: RuleIndex, medication: Medication): InteractionRule | undefined {
  return mostSevere([
    ...(rules.byMedication.get(medication.id) ?? []),
    ...medication.classIds.flatMap((classId) => rules.byClass.get(classId) ?? []),
  ]);
}

interface RecognisedMedication {
  kind: 'medication';
  medication: Medication;
  /** The name it was recognised by, as written in the knowledge base; absent for a code. */
  nameText?: string;
  rule?: InteractionRule;
}

/** Part of the entry is a known medicine with no warning, but other words in it the checker cannot place. */
interface UnplacedPart {
  kind: 'unplaced-part';
}

/** How sure a name in an entry is: found as written, or guessed from one typo. */
interface Candidate extends RecognisedMedication {
  severity: Severity;
  guessed: boolean;
  keyLength: number;
}

/**
 * A coded entry by its verified code, else (and free text always) by confident name matching.
 * Undefined when nothing in the entry is known. One entry may name several medicines
 * ("Copaxone, Vicodn"): the most serious warning wins; a typo may warn but never reassure; and
 * words the checker cannot place ("Copaxone and Zoloft") keep the entry from being `compatible`.
 */
function recognise(
  kb: KnowledgeBase,
  index: MedicationIndex,
  rules: RuleIndex,
  entry: MedicationInput,
): RecognisedMedication | UnplacedPart | undefined {
  if (typeof entry !== 'string') {
    const byCode = index.byCode.get(`${entry.system}|${entry.code}`);
    if (byCode !== undefined) {
      const medication = kb.medications[byCode]!;
      return { kind: 'medication', medication, rule: ruleForMedication(rules, medication) };
    }
    if (entry.display === undefined) return undefined;
  }
  const recognition = recognizeMedicationText(index, typeof entry === 'string' ? entry : entry.display!);
  if (!recognition) return undefined;

  const candidate = (nameIndex: number, guessed: boolean): Candidate => {
    const name = index.names[nameIndex]!;
    const medication = kb.medications[name.medicationIndex]!;
    const rule = ruleForMedication(rules, medication);
    const severity: Severity = rule?.severity ?? 'unknown';
    return {
      kind: 'medication',
      medication,
      nameText: name.name.text,
      rule,
      severity,
      guessed,
      keyLength: name.key.length,
    };
  };
  const certain = recognition.names.map((nameIndex) => candidate(nameIndex, false));
  const guessed = recognition.typoNames.map((nameIndex) => candidate(nameIndex, true));
  // "No known conflict" needs a name we are sure of: a guessed compatible name only adds doubt.
  const trusted = [...certain, ...guessed.filter((c) => c.severity !== 'compatible')];
  const doubt = recognition.uncoveredWords.length > 0 || guessed.some((c) => c.severity === 'compatible');

  const worst = mostSeriousCandidate(trusted);
  if (worst && (worst.severity === 'avoid' || worst.severity === 'caution')) return asRecognised(worst);
  if (doubt) return trusted.length > 0 ? { kind: 'unplaced-part' } : undefined;
  return worst && asRecognised(worst);
}

/** Most serious first; then a name found as written over a guess; then the longest (most specific) name. */
function mostSeriousCandidate(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    const order = best
      ? compareSeverity(c.severity, best.severity) ||
        Number(c.guessed) - Number(best.guessed) ||
        best.keyLength - c.keyLength
      : -1;
    if (order < 0) best = c;
  }
  return best;
}

function asRecognised({ medication, nameText, rule }: Candidate): RecognisedMedication {
  return { kind: 'medication', medication, nameText, rule };
}

function describeCode(entry: CodedMedication): string {
  return entry.display !== undefined && /\S/.test(entry.display) ? entry.display : `${entry.system}|${entry.code}`;
}

/** "Vicodin (hydrocodone and acetaminophen)"; just the generic name when that is what matched. */
function displayName(medication: Medication, nameText: string | undefined): string {
  if (nameText === undefined || fold(nameText) === fold(medication.genericName)) return medication.genericName;
  return `${nameText} (${medication.genericName})`;
}

function medicationFinding(input: string, recognised: RecognisedMedication): Finding {
  const { medication, rule } = recognised;
  const name = displayName(medication, recognised.nameText);
  if (!rule) return { ...unknownFinding('medication', input, name, noRuleMessage), medicationId: medication.id };
  return { kind: 'medication', input, medicationId: medication.id, name, ...ruleOutcome(rule) };
}

function conditionFinding(kb: KnowledgeBase, rules: RuleIndex, conditionId: ConditionId): Finding {
  const condition: Condition | undefined = kb.conditions.find((c) => c.id === conditionId);
  const name = condition?.name.en ?? conditionId;
  const rule = mostSevere(rules.byCondition.get(conditionId) ?? []);
  if (!rule) return { ...unknownFinding('condition', conditionId, name, noRuleMessage), conditionId };
  return { kind: 'condition', input: conditionId, conditionId, name, ...ruleOutcome(rule) };
}

/** What a rule says, as the finding's severity, explanation, advice and provenance. */
function ruleOutcome(
  rule: InteractionRule,
): Pick<Finding, 'severity' | 'ruleId' | 'explanation' | 'whatToDo' | 'factIds' | 'sourceIds'> {
  return {
    severity: rule.severity,
    ruleId: rule.id,
    explanation: rule.explanation,
    whatToDo: rule.whatToDo,
    factIds: [...rule.factIds],
    sourceIds: [...rule.sourceIds],
  };
}

function unknownFinding(kind: Finding['kind'], input: string, name: string, message: UnknownMessage): Finding {
  return {
    kind,
    input,
    name,
    severity: 'unknown',
    explanation: message.explanation,
    whatToDo: message.whatToDo,
    factIds: [],
    sourceIds: [],
  };
}
