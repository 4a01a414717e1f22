import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConditionId } from '../../core/schemas/condition.js';
import { couldNotCheckCard, toCdsHooksCards, type CdsHooksCard } from '../../core/cds-hooks.js';
import { issuesAt, LdnValidationError, type ValidationIssue } from '../../core/errors.js';
import { findingDisplayName } from '../../core/finding-name.js';
import { fromFhir } from '../../core/fhir/from-fhir.js';
import { medicationInputName } from '../../core/fhir/medication-names.js';
import { unreadRecordFindings } from '../../core/fhir/record-findings.js';
import type { SkippedResource } from '../../core/fhir/skipped.js';
import { sortFindings, summarizeFindings } from '../../core/interactions.js';
import { MAX_CHECK_ENTRIES, MAX_MEDICATION_TEXT_LENGTH, type Finding } from '../../core/schemas/interaction.js';
import type { KnowledgeBase } from '../../core/schemas/knowledge-base.js';
import { builtInKnowledgeBase } from '../../core/knowledge-base.js';
import { searchMedications, type MedicationMatch } from '../../core/search/index.js';
import { advanceMedicationSearch, isMedicationSearchReady } from '../../core/search/prepare.js';
import { LdnElement, type InputProblem } from '../../shared/base-element.js';
import { listAttribute } from '../../shared/converters.js';
import * as z from 'zod/mini';
import { describeReceived, PageValue, readStringList, type PageRead } from '../../shared/page-value.js';
import { readSafely } from '../../shared/safe-value.js';
import { emit } from '../../shared/events.js';
import { fill } from '../../shared/format.js';
import { renderConditions } from './conditions.view.js';
import { acceptedConditionIds, hasEntry, normaliseEntry, readConditionList } from './entries.js';
import type { LdnInteractionsChangeDetail } from './events.js';
import { renderFindings } from './findings.view.js';
import { interactionCheckerStyles } from './interaction-checker.styles.js';
import { interactionCheckerStrings, type InteractionCheckerStringKey } from './interaction-checker.strings.js';
import { renderMedicationChips, type ChipEntry } from './medication-chips.view.js';
import { COMBOBOX_INPUT_ID, MedicationComboboxController } from './medication-combobox.js';
import { renderMedicationCombobox } from './medication-combobox.view.js';
import { recordNoticeStyles, renderRecordNotice } from './record-notice.view.js';
import { runCheck, type CheckOutcome, type CheckStatus } from './run-check.js';
import { inIdleSlices, type IdleSlices } from './when-idle.js';

// What the core takes in one check: a longer list or name is refused as the page's value, naming
// `medications`, instead of failing the whole check later as an internal error.
const MedicationListSchema = z
  .array(z.string().check(z.maxLength(MAX_MEDICATION_TEXT_LENGTH)))
  .check(z.maxLength(MAX_CHECK_ENTRIES));
const readList = readStringList('medications');
const readMedications = (value: unknown): PageRead<string[]> => {
  const read = readList(value);
  const checked = read.ok ? MedicationListSchema.safeParse(read.value) : undefined;
  return checked && !checked.success ? { ok: false, issues: issuesAt(['medications'], checked.error.issues) } : read;
};

/** Most suggestions shown at once. */
const SUGGESTION_LIMIT = 8;

/**
 * Checks the medicines a person takes, and conditions that matter (liver disease, pregnancy,
 * breastfeeding), against low-dose naltrexone (facts I1–I5). Every finding shows its severity in
 * words and with an icon, a plain explanation, what to do and its source. A medicine the checker
 * does not know is "unknown — not checked", never "no known conflict"; an internal problem shows
 * "could not check", never an empty list.
 *
 * A portal can fill the list from a FHIR R4 record (`fhir`): current medications and relevant
 * conditions are added and marked "from your health record"; the CDS Hooks cards of the findings
 * are in `cards`. Entries of the record that could not be read are listed in a notice ("2 items in
 * your health record could not be checked") and each is an `unknown` finding, so the check never
 * looks complete.
 *
 * The `medications` and `conditions` properties hold what is on the list, whoever entered it:
 * setting new content (or attributes) replaces the list; setting content equal to the last value
 * the page set changes nothing, so a framework re-rendering never undoes the person's additions
 * and removals; a value that cannot be read is refused and the list kept (README, "State").
 *
 * @summary Accessible LDN interaction checker: medicine combobox, condition checkboxes, findings with sources.
 *
 * @fires {LdnInteractionsChangeDetail} ldn-interactions-change - The findings, medicines or conditions changed (by content). `detail: { findings, medications, conditions }`: the whole current state.
 * @fires {LdnErrorDetail} ldn-error - Bad input (`conditions` with an unknown id, a non-list `medications`, malformed `fhir`), an invalid
 *   portal knowledge base, or a check that could not be done. `detail: { issues, source }`.
 *
 * @csspart heading - The element's heading.
 * @csspart subheading - The "Results" heading.
 * @csspart error - Input problems and the "could not check" alert.
 * @csspart source - An inline source note, where a sentence's source is not the article.
 * @csspart sources - The "Sources" disclosure of each finding.
 * @csspart attribution - The one attribution line: article, author, reviewer, dates.
 * @csspart disclaimer - The closing "not a substitute for your provider's advice" line.
 * @csspart combobox - Label, help, text field and Add button.
 * @csspart input - The medicine text field (role="combobox").
 * @csspart listbox - The list of suggestions.
 * @csspart add-button - The Add button.
 * @csspart chips - The "Your medicines" list.
 * @csspart chip - One medicine on the list.
 * @csspart chip-remove - The remove button of a medicine.
 * @csspart conditions - The condition checkboxes.
 * @csspart results - The results section.
 * @csspart summary - The summary line (a polite live region).
 * @csspart record-notice - What the FHIR record held that could not be read, and why.
 * @csspart findings - The list of findings.
 * @csspart finding - One finding; carries `data-severity`.
 * @csspart finding-title - A finding's heading: severity badge and name ("Avoid: Vicodin" to a screen reader).
 * @csspart severity - Icon and text label of a finding's severity.
 * @csspart print-button - "Print this list for your provider".
 *
 * @cssprop --ldn-font-family - Font family.
 * @cssprop --ldn-font-size - Base font size.
 * @cssprop --ldn-font-size-small - Size of help, sources and the disclaimer.
 * @cssprop --ldn-line-height - Line height.
 * @cssprop --ldn-space-1 - Smallest spacing.
 * @cssprop --ldn-space-2 - Small spacing.
 * @cssprop --ldn-space-3 - Medium spacing.
 * @cssprop --ldn-space-4 - Large spacing.
 * @cssprop --ldn-radius - Corner radius.
 * @cssprop --ldn-color-text - Text colour.
 * @cssprop --ldn-color-text-muted - Secondary text colour.
 * @cssprop --ldn-color-surface - Background.
 * @cssprop --ldn-color-surface-raised - Background of chips and the suggestion list.
 * @cssprop --ldn-color-border - Borders.
 * @cssprop --ldn-color-accent - Buttons, links and the active suggestion.
 * @cssprop --ldn-color-on-accent - Text on the accent colour.
 * @cssprop --ldn-color-focus - Focus ring (default: the accent colour).
 * @cssprop --ldn-color-avoid - "Avoid" findings (ink).
 * @cssprop --ldn-color-avoid-surface - "Avoid" findings (background).
 * @cssprop --ldn-color-caution - "Use caution" findings (ink).
 * @cssprop --ldn-color-caution-surface - "Use caution" findings (background).
 * @cssprop --ldn-color-unknown - "Unknown" findings and unrecognised medicines (ink).
 * @cssprop --ldn-color-unknown-surface - "Unknown" findings (background).
 * @cssprop --ldn-color-compatible - "No known conflict" findings (ink) (default: the muted text colour).
 * @cssprop --ldn-color-compatible-surface - "No known conflict" findings (background) (default: the raised surface).
 * @cssprop --ldn-font-size-heading - Size of the element's heading.
 * @cssprop --ldn-finding-avoid-ink - Border and label of "Avoid" findings (default: `--ldn-color-avoid`).
 * @cssprop --ldn-finding-avoid-surface - Background of "Avoid" findings (default: `--ldn-color-avoid-surface`).
 * @cssprop --ldn-finding-caution-ink - Border and label of "Use caution" findings (default: `--ldn-color-caution`).
 * @cssprop --ldn-finding-caution-surface - Background of "Use caution" findings (default: `--ldn-color-caution-surface`).
 * @cssprop --ldn-finding-unknown-ink - Border and label of "Unknown" findings (default: `--ldn-color-unknown`).
 * @cssprop --ldn-finding-unknown-surface - Background of "Unknown" findings (default: `--ldn-color-unknown-surface`).
 * @cssprop --ldn-finding-compatible-ink - Border and label of "No known conflict" findings (default: `--ldn-color-compatible`).
 * @cssprop --ldn-finding-compatible-surface - Background of "No known conflict" findings (default: `--ldn-color-compatible-surface`).
 * @cssprop --ldn-font-size-subheading - Size of section headings (the type scale: small 0.875em, base 1em, subheading 1.125em, heading 1.25em).
 * @cssprop --ldn-control-size - Smallest height and width of buttons (default 2.5rem).
 * @cssprop --ldn-control-radius - Corner radius of buttons (default half of `--ldn-radius`).
 * @cssprop --ldn-ref-neutral-10 - Reference palette, #1b1d21 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-15 - Reference palette, #262a30 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-30 - Reference palette, #4b5059 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-50 - Reference palette, #767b85 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-60 - Reference palette, #8d939d by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-80 - Reference palette, #c3c8d0 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-95 - Reference palette, #eef0f3 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-97 - Reference palette, #f4f6f8 by default: system colours point at it.
 * @cssprop --ldn-ref-neutral-100 - Reference palette, #fff by default: system colours point at it.
 * @cssprop --ldn-ref-blue-10 - Reference palette, #0c1a2b by default: system colours point at it.
 * @cssprop --ldn-ref-blue-40 - Reference palette, #0b5cad by default: system colours point at it.
 * @cssprop --ldn-ref-blue-80 - Reference palette, #8cc4ff by default: system colours point at it.
 * @cssprop --ldn-ref-red-15 - Reference palette, #3a1b1b by default: system colours point at it.
 * @cssprop --ldn-ref-red-40 - Reference palette, #a3161a by default: system colours point at it.
 * @cssprop --ldn-ref-red-80 - Reference palette, #ff9c94 by default: system colours point at it.
 * @cssprop --ldn-ref-red-95 - Reference palette, #fdeceb by default: system colours point at it.
 * @cssprop --ldn-ref-amber-15 - Reference palette, #36290f by default: system colours point at it.
 * @cssprop --ldn-ref-amber-40 - Reference palette, #7a4600 by default: system colours point at it.
 * @cssprop --ldn-ref-amber-85 - Reference palette, #ffcf70 by default: system colours point at it.
 * @cssprop --ldn-ref-amber-95 - Reference palette, #fff3dc by default: system colours point at it.
 * @cssprop --ldn-ref-indigo-15 - Reference palette, #25283d by default: system colours point at it.
 * @cssprop --ldn-ref-indigo-35 - Reference palette, #3f4470 by default: system colours point at it.
 * @cssprop --ldn-ref-indigo-85 - Reference palette, #c8ccf5 by default: system colours point at it.
 * @cssprop --ldn-ref-indigo-95 - Reference palette, #eef0fa by default: system colours point at it.
 */
export class LdnInteractionChecker extends LdnElement {
  static override styles = [...LdnElement.styles, interactionCheckerStyles, recordNoticeStyles];

  /** The medicines on the list and the conditions ticked: page-set values, see `PageValue`. */
  private readonly medicationList = new PageValue<string[]>([], readMedications);
  private readonly conditionList = new PageValue<string[]>([], readStringList('conditions'));

  /**
   * The medicines to check: brand or generic names, as typed. Attribute: comma-separated
   * (`medications="Vicodin, Avonex"`). Reads as the list shown now, the person's additions and
   * removals included; setting content equal to the last value the page set is no change.
   */
  @property({ converter: listAttribute })
  get medications(): readonly string[] {
    return this.medicationList.value;
  }
  set medications(value: readonly string[]) {
    if (this.medicationList.setFromPage(value)) this.requestUpdate();
  }

  /**
   * Conditions that apply: `liver-disease`, `pregnancy`, `breastfeeding`. Attribute:
   * comma-separated. Unknown ids are reported (input problem and `ldn-error`); known ones are kept.
   * Same state model as `medications`.
   */
  @property({ converter: listAttribute })
  get conditions(): readonly string[] {
    return this.conditionList.value;
  }
  set conditions(value: readonly string[]) {
    if (this.conditionList.setFromPage(value)) this.requestUpdate();
  }

  /**
   * A FHIR R4 Bundle, or an array of resources, from the portal's record: its current
   * MedicationStatement / MedicationRequest entries, Conditions and the breastfeeding Observation
   * are added to the list (see `fromFhir` in the core). Malformed input is reported, never guessed.
   */
  @property({ attribute: false })
  fhir: unknown;

  /** Names (normalised) that came from `fhir`, marked as such on their chips. */
  @state() private namesFromRecord = new Set<string>();

  /** Entries of the last `fhir` record that could not be read (`fromFhir().skipped`, unreadable ones). */
  @state() private recordUnread: readonly SkippedResource[] = [];

  /** zod issues of the last `fhir` value that could not be read. */
  private fhirIssues: readonly ValidationIssue[] = [];

  /** What the status region last said about the list (added, removed, already there). */
  @state() private announcement = '';

  private readonly combobox = new MedicationComboboxController(this, {
    search: (query) => this.suggestionsFor(query),
    chooseMatch: (match) => this.addChosen(match),
    addText: (text) => this.addTyped(text),
    removeLast: () => this.removeMedication(this.medicationNames().length - 1, 'input'),
  });

  private memo: { key: string; knowledgeBase: KnowledgeBase; outcome: CheckOutcome } | undefined;
  /** The outcome shown by the last render (undefined when the whole element could not check). */
  private renderedOutcome: CheckOutcome | undefined;
  private lastEmittedState = JSON.stringify({ findings: [], medications: [], conditions: [] });

  /**
   * Whether the check ran (read-only): `nothing-entered`, `checked`, or `could-not-check` (bad
   * input or data; `ldn-error` fired and the alert is shown). Read it with `findings`: only
   * `checked` findings are a check's answer.
   */
  get status(): CheckStatus {
    try {
      return this.check().kind;
    } catch {
      return 'could-not-check';
    }
  }

  /**
   * The current findings (read-only): one per medicine and condition, most serious first; `[]`
   * when nothing is entered, and `null` when the check could not run, so that a failed check
   * never reads as an empty, reassuring list (see `status`).
   */
  get findings(): readonly Finding[] | null {
    try {
      const outcome = this.check();
      if (outcome.kind === 'checked') return outcome.findings;
      return outcome.kind === 'nothing-entered' ? [] : null;
    } catch {
      return null;
    }
  }

  /**
   * The findings as CDS Hooks cards (read-only), in the element's language: `avoid` → critical,
   * `caution` and `unknown` → warning, `compatible` → info. When the check could not run it holds
   * one "could not check" warning card, never an empty list.
   */
  get cards(): CdsHooksCard[] {
    const findings = this.findings;
    try {
      if (findings === null) return [couldNotCheckCard({ lang: this.language })];
      return toCdsHooksCards(findings, { lang: this.language, knowledgeBase: this.kb });
    } catch {
      return [couldNotCheckCard({ lang: this.language })];
    }
  }

  private get strings(): Record<InteractionCheckerStringKey, string> {
    return interactionCheckerStrings[this.language];
  }

  private medicationNames(): string[] {
    return [...this.medicationList.value];
  }

  /** A change the person made (or the element made for them): shown now, never undone by an equal page set. */
  private editMedications(names: string[]): void {
    this.medicationList.edit(names);
    this.requestUpdate('medications');
  }

  private editConditions(ids: string[]): void {
    this.conditionList.edit(ids);
    this.requestUpdate('conditions');
  }

  /** Runs the core check, once per distinct input and knowledge base. Throws only for an invalid portal knowledge base. */
  private check(): CheckOutcome {
    const names = this.medicationNames();
    const conditions = readConditionList(this.conditions).valid;
    const knowledgeBase = this.kb;
    const key = JSON.stringify([names, conditions, this.recordUnread]);
    if (this.memo?.key !== key || this.memo.knowledgeBase !== knowledgeBase) {
      this.memo = { key, knowledgeBase, outcome: this.withUnreadRecord(runCheck(names, conditions, knowledgeBase)) };
    }
    return this.memo.outcome;
  }

  /** Each record entry that could not be read is an `unknown` finding (from the core): the check never looks complete. */
  private withUnreadRecord(outcome: CheckOutcome): CheckOutcome {
    if (this.recordUnread.length === 0 || outcome.kind === 'could-not-check') return outcome;
    const unread = unreadRecordFindings(this.recordUnread);
    if (outcome.kind === 'nothing-entered') {
      const hasMedications = unread.some((f) => f.kind === 'medication');
      return { kind: 'checked', findings: unread, hasMedications, findingForEntry: new Map() };
    }
    return { ...outcome, findings: sortFindings([...outcome.findings, ...unread]) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('fhir') || (changed.has('knowledgeBase') && this.fhirWaits)) this.importFhir();
    if (changed.has('knowledgeBase')) this.prepareSearchWhenIdle();
  }

  private searchPreparation: IdleSlices | undefined;

  /**
   * Builds a portal knowledge base's search index in slices of a few milliseconds while the browser
   * is idle, so neither the first keystroke nor any other input waits for one long task.
   */
  private prepareSearchWhenIdle(): void {
    this.searchPreparation?.cancel();
    this.searchPreparation = undefined;
    const knowledgeBase = this.knowledgeBase;
    if (knowledgeBase === undefined) return;
    this.searchPreparation = inIdleSlices(
      (budgetMs) => {
        try {
          return advanceMedicationSearch(knowledgeBase, budgetMs);
        } catch {
          return true; // An invalid base is reported by the render that uses it, not from here.
        }
      },
      () => this.combobox.suggestionsReady(),
    );
  }

  /**
   * Suggestions for the typed text; `undefined` while the index is still being built in slices
   * (the rest is built at once in short tasks, and the suggestions follow). Only suggestions wait:
   * a check (Enter, Add) always uses the whole index, so no answer is ever given from part of it.
   */
  private suggestionsFor(query: string): MedicationMatch[] | undefined {
    const knowledgeBase = this.kb;
    if (this.searchPreparation && !this.searchPreparation.done && !isMedicationSearchReady(knowledgeBase)) {
      this.searchPreparation.hurry();
      return undefined;
    }
    return searchMedications(query, { limit: SUGGESTION_LIMIT, knowledgeBase });
  }

  /** Content of the last `fhir` record imported (undefined: none, or one that cannot be written as JSON). */
  private fhirKey: string | undefined;
  /** The last record came while the knowledge base could not be used: it is read once the base can be. */
  private fhirWaits = false;

  /**
   * Adds what a FHIR record holds to the list, keeping what is already there. A record equal to
   * the last one (a framework re-render passes a fresh copy) is no change: it never brings back a
   * medicine or condition the person removed since.
   */
  private importFhir(): void {
    const key =
      this.fhir === undefined || this.fhir === null
        ? undefined
        : readSafely(() => JSON.stringify(this.fhir), undefined);
    if (key !== undefined && key === this.fhirKey && !this.fhirWaits) return;
    this.fhirKey = key;
    this.fhirWaits = false;
    this.fhirIssues = [];
    this.recordUnread = [];
    if (this.fhir === undefined || this.fhir === null) return;
    // Without a usable base nothing is checked ("could not check", reported as `knowledgeBase`):
    // the record is not to blame, and is read once the page gives a base that can be used.
    const knowledgeBase = readSafely<KnowledgeBase | undefined>(() => this.kb, undefined);
    if (knowledgeBase === undefined) {
      this.fhirWaits = true;
      return;
    }
    try {
      const imported = fromFhir(this.fhir, { knowledgeBase });
      const names = imported.medications.map((input) => medicationInputName(input, knowledgeBase));
      const medications = this.medicationNames();
      for (const name of names) if (!hasEntry(medications, name)) medications.push(name);
      this.editMedications(medications);
      const conditions = readConditionList(this.conditions).valid;
      this.editConditions([...conditions, ...imported.conditions.filter((id) => !conditions.includes(id))]);
      this.namesFromRecord = new Set([...this.namesFromRecord, ...names.map(normaliseEntry)]);
      this.recordUnread = imported.skipped.filter((entry) => entry.kind === 'unreadable');
    } catch (error) {
      // Keep what the person entered; the problem is shown in place and announced by ldn-error.
      this.fhirIssues =
        error instanceof LdnValidationError
          ? error.issues
          : [{ code: 'custom', path: ['fhir'], message: String(error), input: undefined } as ValidationIssue];
      // Nothing in the record was read: it is one entry that could not be checked (an `unknown`
      // finding and the record notice), so findings, cards and events never read as complete.
      this.recordUnread = [
        { kind: 'unreadable', reason: 'malformed', about: 'unknown', resourceType: 'FHIR', path: '' },
      ];
    }
  }

  private inputProblems(): InputProblem[] {
    const problems = this.commonInputProblems();
    if (problems.length > 0) this.reportError(problems[0]!.attribute, this.issuesFor(problems));
    if (this.fhirIssues.length > 0) {
      problems.push({ attribute: 'fhir', received: '', accepts: this.strings.acceptsFhir });
      this.reportError('fhir', this.fhirIssues);
    }
    const refusedMedications = this.medicationList.refusal;
    if (refusedMedications) {
      problems.push({
        attribute: 'medications',
        received: describeReceived(refusedMedications.received),
        accepts: this.strings.acceptsMedications,
      });
      this.reportError('medications', refusedMedications.issues);
    }
    const refusedConditions = this.conditionList.refusal;
    if (refusedConditions) {
      problems.push({
        attribute: 'conditions',
        received: describeReceived(refusedConditions.received),
        accepts: fill(this.strings.acceptsConditions, { ids: acceptedConditionIds(this.language) }),
      });
      this.reportError('conditions', refusedConditions.issues);
    }
    const conditions = readConditionList(this.conditions);
    if (conditions.invalid.length > 0) {
      const ids = acceptedConditionIds(this.language);
      problems.push({
        attribute: 'conditions',
        received: conditions.invalid.join(', '),
        accepts: fill(this.strings.acceptsConditions, { ids }),
      });
      this.reportError('conditions', conditions.issues);
    }
    return problems;
  }

  protected override renderContent(): TemplateResult {
    this.renderedOutcome = undefined;
    const strings = this.strings;
    const problems = this.inputProblems();
    // An unusable portal knowledge base fails the check, not the form: the text being typed, the
    // active suggestion, focus, chips and conditions stay, and the results say "could not check".
    const knowledgeBase = this.usableKb();
    const outcome: CheckOutcome = knowledgeBase ? this.check() : { kind: 'could-not-check', issues: [] };
    this.renderedOutcome = outcome;
    if (knowledgeBase && outcome.kind === 'could-not-check') this.reportError('internal', outcome.issues);
    const findings = outcome.kind === 'checked' ? outcome.findings : [];

    // The heading, introduction and disclaimer are the same in every checker: shared DOM (shared-dom.ts).
    return html`${this.renderInputProblems(problems)}${this.shared('heading', () => this.renderHeading(strings.heading))}
      ${this.shared('intro', () => html`<p class="intro no-print">${strings.intro}</p>`)}
      ${renderMedicationCombobox(this.combobox, strings, MAX_MEDICATION_TEXT_LENGTH)}
      ${renderMedicationChips(this.chipEntries(outcome), strings, (index) => this.removeMedication(index, 'chip'))}
      ${renderConditions(
        knowledgeBase?.conditions ?? [],
        readConditionList(this.conditions).valid,
        strings,
        (t) => this.text(t),
        (id, on) => this.toggleCondition(id, on),
      )}
      <p class="visually-hidden" role="status" aria-live="polite" data-announcer>${this.announcement}</p>
      ${renderRecordNotice(this.recordUnread, strings)}
      ${renderFindings(outcome, summarizeFindings(findings), {
        strings,
        text: (value) => this.text(value),
        lang: this.language,
        knowledgeBase: knowledgeBase ?? builtInKnowledgeBase,
        renderSubheading: (content, id) => this.renderSubheading(content, id),
        findingHeadingLevel: Math.min(this.effectiveHeadingLevel + 2, 6),
        renderCouldNotCheck: () => this.renderCouldNotCheck(),
        findingName: (finding) => this.findingName(finding),
      })}
      <p class="print-row no-print">
        <button class="print-button" part="print-button" type="button" @click=${() => window.print()}>
          ${strings.printButton}
        </button>
      </p>
      ${this.shared('disclaimer', () => this.renderDisclaimer())}`;
  }

  /** The knowledge base in use, or undefined (reported as `knowledgeBase`) when the portal's is invalid. */
  private usableKb(): KnowledgeBase | undefined {
    try {
      return this.kb;
    } catch (error) {
      if (!(error instanceof LdnValidationError)) throw error;
      this.reportError('knowledgeBase', error.issues);
      return undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const outcome = this.renderedOutcome;
    // A failed check is reported through ldn-error; it never announces an (empty) list of findings.
    if (!outcome || outcome.kind === 'could-not-check') return;
    const findings = outcome.kind === 'checked' ? outcome.findings : [];
    const detail: LdnInteractionsChangeDetail = {
      findings,
      medications: this.medicationNames(),
      conditions: readConditionList(this.conditions).valid,
    };
    const key = JSON.stringify(detail);
    if (key === this.lastEmittedState) return;
    this.lastEmittedState = key;
    emit<LdnInteractionsChangeDetail>(this, 'ldn-interactions-change', detail);
  }

  /** Chips in list order, flagged "not recognised" when the core found no medicine for the name. */
  private chipEntries(outcome: CheckOutcome): ChipEntry[] {
    return this.medicationNames().map((text) => {
      // Without a check (it failed) nothing is flagged: the "could not check" alert says it all.
      const finding = outcome.kind === 'checked' ? outcome.findingForEntry.get(text) : undefined;
      return {
        text,
        recognised: outcome.kind !== 'checked' || finding?.medicationId !== undefined,
        fromRecord: this.namesFromRecord.has(normaliseEntry(text)),
      };
    });
  }

  /** Whether the core recognised `text` as a medicine in its list. */
  private isRecognised(text: string): boolean {
    try {
      const outcome = this.check();
      return outcome.kind === 'checked' && outcome.findingForEntry.get(text)?.medicationId !== undefined;
    } catch {
      return false;
    }
  }

  private findingName(finding: Finding): string {
    return findingDisplayName(finding, this.kb, this.language);
  }

  private listedMedicationIds(): Set<string> {
    return new Set((this.findings ?? []).flatMap((f) => (f.medicationId ? [f.medicationId] : [])));
  }

  private addChosen(match: MedicationMatch): void {
    const name = match.matchedName;
    if (this.listedMedicationIds().has(match.medication.id) || hasEntry(this.medicationNames(), name)) {
      this.announce(fill(this.strings.announceDuplicate, { name }));
    } else {
      this.editMedications([...this.medicationNames(), name]);
      this.announce(fill(this.strings.announceAdded, { name }));
    }
    this.focusInput();
  }

  private addTyped(text: string): void {
    const names = this.medicationNames();
    if (hasEntry(names, text) || this.namesListedMedication(text)) {
      this.announce(fill(this.strings.announceDuplicate, { name: text }));
      this.focusInput();
      return;
    }
    this.editMedications([...names, text]);
    const key = this.isRecognised(text) ? 'announceAdded' : 'announceAddedUnrecognised';
    this.announce(fill(this.strings[key], { name: text }));
    this.focusInput();
  }

  /** Typed text that is exactly another name of a medicine already listed ("hydrocodone and acetaminophen" after "Vicodin"). */
  private namesListedMedication(text: string): boolean {
    try {
      const wanted = normaliseEntry(text);
      const exact = searchMedications(text, { limit: SUGGESTION_LIMIT, knowledgeBase: this.kb }).find(
        (m) => !m.fuzzy && normaliseEntry(m.matchedName) === wanted,
      );
      return exact !== undefined && this.listedMedicationIds().has(exact.medication.id);
    } catch {
      return false;
    }
  }

  private removeMedication(index: number, from: 'chip' | 'input'): void {
    const names = this.medicationNames();
    const removed = names[index];
    if (removed === undefined) return;
    this.editMedications(names.filter((_, i) => i !== index));
    this.announce(fill(this.strings.announceRemoved, { name: removed }));
    if (from === 'chip') void this.focusAfterRemoval(index);
  }

  /** Focus goes to the next medicine's remove button, else the previous one, else the text field. */
  private async focusAfterRemoval(index: number): Promise<void> {
    await this.updateComplete;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.chip-remove')];
    const target = buttons[index] ?? buttons[index - 1];
    if (target) target.focus();
    else this.inputElement()?.focus();
  }

  private toggleCondition(id: ConditionId, checked: boolean): void {
    const current = readConditionList(this.conditions).valid;
    this.editConditions(checked ? [...current.filter((c) => c !== id), id] : current.filter((c) => c !== id));
  }

  private announce(message: string): void {
    // The same words twice in a row would not be re-announced; a trailing no-break space makes them new.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  private inputElement(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${COMBOBOX_INPUT_ID}`);
  }

  private focusInput(): void {
    void this.updateComplete.then(() => this.inputElement()?.focus());
  }
}
