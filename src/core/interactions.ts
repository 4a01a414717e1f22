import * as z from 'zod/mini';
import { noRuleMessage, notInListMessage, unlistedPartMessage, type UnknownMessage } from './data/interaction-rules.js';
import { deepFreeze } from './deep-freeze.js';
import { LdnValidationError, parseOrThrow } from './errors.js';
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
import { builtInKnowledgeBase, resolveKnowledgeBase } from './knowledge-base.js';
import { codeKey, getMedicationIndex, type MedicationIndex } from './search/medication-index.js';
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
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  // Array.prototype.sort is stable, so entries of one severity keep the order they were entered in.
  return [...findings].sort((a, b) => compareSeverity(a.severity, b.severity));
}

/**
 * Counts per severity, for a summary line ("2 to avoid, 1 to ask about"). An item that is not a
 * finding with a known severity counts as `unknown`, never as `compatible`; a value that is not
 * a list throws `LdnValidationError`.
 */
export function summarizeFindings(findings: readonly Finding[]): SeverityCounts {
  if (!Array.isArray(findings)) throw new LdnValidationError('Invalid findings: expected a list of findings', []);
  const counts: SeverityCounts = { avoid: 0, caution: 0, unknown: 0, compatible: 0, total: 0 };
  try {
    for (const finding of findings as readonly unknown[]) {
      counts[severityOfItem(finding)]++;
      counts.total++;
    }
  } catch {
    throw new LdnValidationError('Invalid findings: the list could not be read', []);
  }
  return counts;
}

function severityOfItem(item: unknown): Severity {
  try {
    const severity = (item as { severity?: unknown } | null)?.severity;
    return (SEVERITIES as readonly unknown[]).includes(severity) ? (severity as Severity) : 'unknown';
  } catch {
    // A throwing getter or a hostile proxy: not a finding we can read.
    return 'unknown';
  }
}

/** A finding of `checkInteractions`: `inputs` always lists every entry it answers. */
export type CheckedFinding = Finding & { inputs: string[] };

/**
 * Checks medications and conditions against LDN (rules I1–I5) and returns exactly one finding per
 * distinct entry, most serious first; each finding's `inputs` lists every entry it answers (two
 * names of one medicine share one finding). Fails closed: anything not recognised with
 * confidence, or recognised without a rule, is `unknown`, never `compatible`. An entry naming
 * several medicines gets the most serious finding among them; one with words the checker cannot
 * place besides a `compatible` medicine ("Copaxone and Zoloft") is `unknown`. A portal's
 * knowledge base may only add caution: every answer is at least as cautious as the built-in
 * base's for the same entry, and only the built-in rule I2 says "no known conflict".
 * Throws `LdnValidationError` on invalid input.
 */
export function checkInteractions(input: InteractionInput, options?: CheckOptions): CheckedFinding[] {
  const record = splitRecordInput(input);
  const parsed = parseOrThrow(InteractionInputSchema, record.input, 'interaction input');
  const { knowledgeBase } = parseOrThrow(CheckOptionsSchema, options ?? {}, 'check options');
  const kb = resolveKnowledgeBase(knowledgeBase);
  const builtIn = getContext(builtInKnowledgeBase);
  const portal = kb === builtInKnowledgeBase ? undefined : getContext(kb);

  const findings = new Map<string, CheckedFinding>();
  const add = (key: string, finding: Finding, entered: string) => {
    const existing = findings.get(key);
    if (!existing) {
      findings.set(key, { ...finding, inputs: [entered] });
      return;
    }
    // Two entries answered alike: one finding for both, and never the less serious of the two.
    const inputs = existing.inputs.includes(entered) ? existing.inputs : [...existing.inputs, entered];
    const winner = compareSeverity(finding.severity, existing.severity) < 0 ? finding : existing;
    findings.set(key, { ...winner, input: existing.input, inputs });
  };

  for (const entry of parsed.medications ?? []) {
    const inputText = typeof entry === 'string' ? entry : describeCode(entry);
    const assess = (context: CheckContext) => medicationAssessment(context, entry, inputText);
    const { key, finding } = portal ? noMoreReassuring(assess(portal), assess(builtIn)) : assess(builtIn);
    add(key, finding, inputText);
  }
  for (const conditionId of parsed.conditions ?? []) {
    const assess = (context: CheckContext) => ({
      key: `condition:${conditionId}`,
      finding: conditionFinding(context, conditionId),
    });
    const { key, finding } = portal ? noMoreReassuring(assess(portal), assess(builtIn)) : assess(builtIn);
    add(key, finding, conditionId);
  }
  // Each finding frozen: the checker element hands them to listeners and getters, so no caller
  // can change what it shows. The list itself is the caller's own to sort or extend.
  const unread = record.unread.map((finding) => ({ ...finding, inputs: finding.inputs ?? [finding.input] }));
  return sortFindings([...findings.values(), ...unread].map((finding) => deepFreeze(finding)));
}

/** A knowledge base with its lookups. */
interface CheckContext {
  kb: KnowledgeBase;
  index: MedicationIndex;
  rules: RuleIndex;
}

const contexts = new WeakMap<KnowledgeBase, CheckContext>();

function getContext(kb: KnowledgeBase): CheckContext {
  let context = contexts.get(kb);
  if (!context) {
    context = { kb, index: getMedicationIndex(kb), rules: getRuleIndex(kb) };
    contexts.set(kb, context);
  }
  return context;
}

/** One entry's finding, and the key that merges entries naming the same thing. */
interface Assessment {
  key: string;
  finding: Finding;
}

/**
 * The portal's answer, unless it is more reassuring than the built-in base's for the same entry:
 * then the built-in answer stands. "No known conflict" is only ever the built-in I2 finding.
 */
function noMoreReassuring(portal: Assessment, builtIn: Assessment): Assessment {
  if (compareSeverity(portal.finding.severity, builtIn.finding.severity) > 0) return builtIn;
  if (portal.finding.severity === 'compatible') return builtIn;
  return portal;
}

function medicationAssessment(context: CheckContext, entry: MedicationInput, inputText: string): Assessment {
  const recognised = recognise(context, entry);
  if (recognised?.kind === 'medication') {
    return { key: `medication:${recognised.medication.id}`, finding: medicationFinding(inputText, recognised) };
  }
  // Not (wholly) recognised: keyed by what was entered, so that "Copaxone and Zoloft" is never
  // merged into, and hidden behind, a plain "Copaxone" entry.
  const key =
    typeof entry === 'string' ? `text:${fold(entry) || entry.trim()}` : `code:${codeKey(entry.system, entry.code)}`;
  const message = recognised ? unlistedPartMessage : notInListMessage;
  return { key, finding: unknownFinding('medication', inputText, inputText.trim(), message) };
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
 * A coded entry by its verified code and by its display text; free text by confident name
 * matching. Undefined when nothing in the entry is known. One entry may name several medicines
 * ("Copaxone, Vicodn"): the most serious warning wins; a typo may warn but never reassure; and
 * words the checker cannot place ("Copaxone and Zoloft") keep the entry from being `compatible`.
 */
function recognise(context: CheckContext, entry: MedicationInput): Recognised {
  const { kb, index, rules } = context;
  if (typeof entry === 'string') return recogniseText(context, entry);
  const display = entry.display !== undefined && /\S/.test(entry.display) ? entry.display : undefined;
  const fromDisplay = display === undefined ? undefined : recogniseText(context, display);
  const byCode = index.byCode.get(codeKey(entry.system, entry.code));
  if (byCode === undefined) return fromDisplay;
  const medication = kb.medications[byCode]!;
  const coded: RecognisedMedication = { kind: 'medication', medication, rule: ruleForMedication(rules, medication) };
  if (display === undefined) return coded;
  // The code and the text must agree before either reassures: the more serious one speaks, and a
  // reassuring code beside text naming something else is only "unknown".
  const codedSeverity = severityOf(coded);
  const displaySeverity = severityOf(fromDisplay);
  if (compareSeverity(displaySeverity, codedSeverity) < 0) return fromDisplay;
  if (codedSeverity !== 'compatible') return coded;
  const sameMedicine = fromDisplay?.kind === 'medication' && fromDisplay.medication.id === medication.id;
  return sameMedicine ? coded : { kind: 'unplaced-part' };
}

type Recognised = RecognisedMedication | UnplacedPart | undefined;

function severityOf(recognised: Recognised): Severity {
  return recognised?.kind === 'medication' ? (recognised.rule?.severity ?? 'unknown') : 'unknown';
}

function recogniseText(context: CheckContext, text: string): Recognised {
  const { kb, index, rules } = context;
  const recognition = recognizeMedicationText(index, text);
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

function conditionFinding({ kb, rules }: CheckContext, conditionId: ConditionId): Finding {
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
