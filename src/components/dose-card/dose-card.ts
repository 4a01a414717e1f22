import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { scheduleToIcs } from '../../core/calendar.js';
import { LdnValidationError, type ValidationIssue } from '../../core/errors.js';
import type { DoseForm, DoseFormInfo } from '../../core/schemas/dosing.js';
import type { Statement } from '../../core/schemas/statement.js';
import {
  buildTitrationSchedule,
  type DoseCap,
  type TitrationInput,
  type TitrationSchedule,
} from '../../core/titration.js';
import { LdnElement, type InputProblem } from '../../shared/base-element.js';
import { numberAttribute, textAttribute } from '../../shared/converters.js';
import { emit } from '../../shared/events.js';
import { factsAttribute, renderAttribution, renderSourceNote } from '../../shared/attribution.js';
import { fill, formatNumber } from '../../shared/format.js';
import { CalendarFile } from './calendar-file.js';
import { doseCardStyles } from './dose-card.styles.js';
import { doseCardStrings, type DoseCardStringKey } from './dose-card.strings.js';
import type { LdnScheduleChangeDetail } from './events.js';
import { groupIssues, toInputProblem, ATTRIBUTE_FOR_PROPERTY, type TitrationProperty } from './input-problems.js';
import { renderScheduleChart } from './schedule-chart.js';
import { renderScheduleTable } from './schedule-table.js';

/** Which facts each section shows; statements are picked from the knowledge base by fact. */
const SECTION_FACTS = {
  ldn: ['B1', 'B2', 'B3'],
  about: ['D1', 'D2', 'D3'],
  schedule: ['D4'],
  timing: ['D8', 'D7'],
  form: ['D5'],
  getting: ['D6', 'D9', 'D10'],
} as const;
type Section = keyof typeof SECTION_FACTS;

/**
 * A low-dose naltrexone (LDN) dose card: the titration schedule as a table, any dose limit the
 * schedule applied and why, when to take it, the forms, the compounding pharmacy, the monthly
 * cost and the refill tip (facts D1–D10), each with its source. The schedule never goes above
 * 4.5 mg a day, nor above 3 mg with `spasticity`. Bad attributes are named in an alert; the
 * schedule is then left out (never guessed) while the rest of the card still shows.
 *
 * @summary Titration schedule and dosing facts for low-dose naltrexone in MS.
 *
 * @fires {LdnScheduleChangeDetail} ldn-schedule-change - After the first render and whenever the schedule changes. `detail: { schedule }` (`null` while the inputs are invalid).
 * @fires {LdnErrorDetail} ldn-error - An attribute is invalid or the knowledge base cannot be used. `detail: { issues, source }`.
 *
 * @csspart heading - The card's heading.
 * @csspart subheading - Each section's heading.
 * @csspart error - The alert naming a bad attribute, or "could not check".
 * @csspart statement - A sentence of the card (its facts in `data-facts`).
 * @csspart source - An inline source note, only where a sentence's source is not the article.
 * @csspart attribution - The one attribution line: article, author, reviewer, dates.
 * @csspart about-ldn - The "About LDN" part: what LDN is and what the evidence says (B1–B3).
 * @csspart example-notice - The note that the step is an example, not a prescription.
 * @csspart chart - The schedule as a step chart (a picture of the table, hidden from assistive technology) with its one-sentence description.
 * @csspart schedule-region - The focusable scroll region around the table.
 * @csspart table - The schedule table.
 * @csspart caps - The dose limits applied to this schedule.
 * @csspart cap - One dose limit applied.
 * @csspart calendar-button - The "Add to calendar" download link.
 * @csspart forms - The list of forms.
 * @csspart disclaimer - The closing "not a substitute for your provider's advice" line.
 *
 * @cssprop --ldn-font-family - Font of the card.
 * @cssprop --ldn-font-size - Base font size.
 * @cssprop --ldn-font-size-small - Size of sources, hints and the disclaimer.
 * @cssprop --ldn-font-size-heading - Size of the card's heading.
 * @cssprop --ldn-line-height - Line height.
 * @cssprop --ldn-space-1 - Smallest spacing.
 * @cssprop --ldn-space-2 - Small spacing.
 * @cssprop --ldn-space-3 - Medium spacing.
 * @cssprop --ldn-space-4 - Large spacing.
 * @cssprop --ldn-radius - Corner radius.
 * @cssprop --ldn-color-text - Text colour.
 * @cssprop --ldn-color-text-muted - Colour of sources and hints.
 * @cssprop --ldn-color-surface - Background.
 * @cssprop --ldn-color-surface-raised - Background of table headers.
 * @cssprop --ldn-color-border - Borders.
 * @cssprop --ldn-color-accent - Links and the calendar button.
 * @cssprop --ldn-color-on-accent - Text on the calendar button.
 * @cssprop --ldn-color-focus - Focus ring (default: the accent colour).
 * @cssprop --ldn-color-avoid - Border of alerts.
 * @cssprop --ldn-color-avoid-surface - Background of alerts.
 * @cssprop --ldn-color-caution - Border of the example notice and dose limits.
 * @cssprop --ldn-color-caution-surface - Background of the example notice and dose limits.
 * @cssprop --ldn-chart-line - The chart's dose line (default: the accent colour).
 * @cssprop --ldn-chart-fill - The area under each step (default: the raised surface).
 * @cssprop --ldn-chart-cap - The chart's dose-limit line and its label (default: the caution colour).
 * @cssprop --ldn-chart-text - The chart's labels and axes (default: the text colour).
 * @cssprop --ldn-chart-max-inline-size - Widest the chart grows (default 30rem); it always fits its column.
 * @cssprop --ldn-dose-card-caps-ink - Border of the dose-limit note (default: the caution colour).
 * @cssprop --ldn-dose-card-caps-surface - Background of the dose-limit note (default: the caution surface).
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
export class LdnDoseCard extends LdnElement {
  static override styles = [...LdnElement.styles, doseCardStyles];

  /** First daily dose in mg (default 1.5 mg, the usual start). */
  @property({ attribute: 'start-dose', converter: numberAttribute })
  startDose: number | undefined;

  /** Daily dose to reach in mg (default 4.5 mg). Capped at 4.5 mg, or 3 mg with `spasticity`. */
  @property({ attribute: 'target-dose', converter: numberAttribute })
  targetDose: number | undefined;

  /** How many mg the daily dose goes up at each step. Unset: an example, labelled as one. */
  @property({ attribute: 'step-dose', converter: numberAttribute })
  stepDose: number | undefined;

  /** Days at each dose before the next step. Unset: an example, labelled as one. */
  @property({ attribute: 'step-days', converter: numberAttribute })
  stepDays: number | undefined;

  /** The person has some form of spasticity: the daily dose is capped at 3 mg. */
  @property({ type: Boolean, reflect: true })
  spasticity = false;

  /** `capsule`, `sublingual-liquid` or `transdermal`. */
  // textAttribute: a removed attribute is unset (undefined), as before it was set, not null.
  @property({ converter: textAttribute })
  form: DoseForm | undefined;

  /** Strength of the sublingual liquid in mg per mL (only with `form="sublingual-liquid"`): shows mL per dose. */
  @property({ converter: numberAttribute })
  concentration: number | undefined;

  /** First day of the schedule (YYYY-MM-DD): shows calendar dates and offers a calendar file. */
  @property({ attribute: 'start-date', converter: textAttribute })
  startDate: string | undefined;

  /** The schedule on screen (null when the inputs are invalid); announced after each change. */
  private schedule: TitrationSchedule | null = null;
  private announcedScheduleKey: string | undefined;
  private readonly calendarFile = new CalendarFile(this);

  /** The schedule currently shown, or `null` when the inputs are invalid. */
  get currentSchedule(): TitrationSchedule | null {
    return this.schedule;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.calendarFile.release();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The download URL was released on disconnect: render again to make a fresh one.
    if (this.hasUpdated) this.requestUpdate();
  }

  private strings(key: DoseCardStringKey, values: Record<string, string | number> = {}): string {
    return fill(doseCardStrings[this.language][key], values);
  }

  private mg(value: number): string {
    return this.strings('mg', { value: formatNumber(value, this.language) });
  }

  private titrationInput(): TitrationInput {
    return {
      startDoseMg: this.startDose,
      targetDoseMg: this.targetDose,
      stepDoseMg: this.stepDose,
      stepDays: this.stepDays,
      spasticity: this.spasticity,
      form: this.form,
      concentrationMgPerMl: this.concentration,
      startDate: this.startDate,
    };
  }

  /** The value the page gave for an input, as text, to show next to the problem. */
  private receivedFor(property: TitrationProperty): string {
    const attribute = this.getAttribute(ATTRIBUTE_FOR_PROPERTY[property]);
    if (attribute !== null) return attribute;
    const value = this.titrationInput()[property];
    return value === undefined ? '' : String(value);
  }

  /** Builds the schedule, or returns the problems that prevent it (never a guessed schedule). */
  private buildSchedule(): { schedule: TitrationSchedule | null; problems: InputProblem[] } {
    // Outside the try: an unusable portal knowledge base is not an attribute problem.
    const knowledgeBase = this.kb;
    try {
      return { schedule: buildTitrationSchedule(this.titrationInput(), { knowledgeBase }), problems: [] };
    } catch (error) {
      if (!(error instanceof LdnValidationError)) throw error;
      const groups = groupIssues(error.issues);
      // Issues that name no input are not the page's attributes: fail closed ("could not check").
      if (groups.length === 0) throw error;
      const problems = groups.map((group) => {
        this.reportError(group.attribute, group.issues as ValidationIssue[]);
        return toInputProblem(group, this.receivedFor(group.property), this.language, this.targetDose);
      });
      return { schedule: null, problems };
    }
  }

  /**
   * Statements backed by one of the section's facts, in the knowledge base's order: the dosing
   * protocol's for the dosing sections, the background ones (B1–B3) for "About LDN".
   */
  private statementsFor(section: Section): Statement[] {
    const facts: readonly string[] = SECTION_FACTS[section];
    const kb = this.kb;
    const pool =
      section === 'ldn'
        ? kb.statements.filter((s) => !kb.dosing.statementIds.includes(s.id))
        : kb.dosing.statementIds.map((id) => kb.statements.find((s) => s.id === id));
    return pool.filter((s): s is Statement => s !== undefined && s.factIds.some((f) => facts.includes(f)));
  }

  /** One paragraph per statement; its facts in `data-facts`, its source only where it is not the article. */
  private renderStatements(section: Section): TemplateResult[] {
    return this.statementsFor(section).map((statement) => {
      const note = renderSourceNote(this.kb, statement.sourceIds, this.language);
      return html`<p
        class="statement"
        part="statement"
        data-statement=${statement.id}
        data-facts=${factsAttribute(statement.factIds)}
      >
        ${this.text(statement.text)}${note}
      </p>`;
    });
  }

  /** Says what the page asked for only when it asked: an unset target is the usual highest dose. */
  private capKey(cap: DoseCap): DoseCardStringKey {
    if (cap.property === 'startDoseMg') return 'capStart';
    return this.targetDose === undefined ? 'capTargetDefault' : 'capTarget';
  }

  private renderCaps(caps: DoseCap[]): TemplateResult | typeof nothing {
    if (caps.length === 0) return nothing;
    return html`<div class="caps" part="caps">
      <p class="caps-title">${this.strings('capTitle')}</p>
      <ul>
        ${caps.map(
          (cap) =>
            html`<li
              part="cap"
              data-cap=${cap.kind}
              data-property=${cap.property}
              data-facts=${factsAttribute(cap.factIds)}
            >
              ${this.strings(this.capKey(cap), {
                requested: formatNumber(cap.requestedMg, this.language),
                max: formatNumber(cap.maxMg, this.language),
              })}
              ${this.text(cap.reason)} ${renderSourceNote(this.kb, cap.sourceIds, this.language)}
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderCalendar(schedule: TitrationSchedule): TemplateResult | typeof nothing {
    if (schedule.input.startDate === undefined) {
      this.calendarFile.release();
      return nothing;
    }
    // A calendar reminder looks like a plan to follow: never make one from the example step.
    if (schedule.usesExampleStep) {
      this.calendarFile.release();
      return html`<p class="hint">${this.strings('calendarExampleOnly')}</p>`;
    }
    const lang = this.language;
    const note = this.statementsFor('schedule')[0];
    const href = this.calendarFile.urlFor(JSON.stringify([schedule, lang, note?.id]), () =>
      scheduleToIcs(schedule, { lang, ...(note ? { doseIncreaseNote: this.text(note.text) } : {}) }),
    );
    // No file on the server or while hydrating: hidden until the browser can offer it.
    return html`<div class="calendar no-print" ?hidden=${href === undefined}>
      <a
        class="calendar-button"
        part="calendar-button"
        href=${href ?? nothing}
        download=${this.strings('calendarFileName')}
        >${this.strings('calendarLink')}</a
      >
      <p class="hint">${this.strings('calendarHint')}</p>
    </div>`;
  }

  private renderSchedule(schedule: TitrationSchedule | null): TemplateResult {
    if (schedule === null) {
      return html`<p class="unavailable" data-state="schedule-unavailable">${this.strings('scheduleUnavailable')}</p>`;
    }
    // Last line of defence: a dose above the limit in force must never reach the screen.
    if (schedule.steps.some((step) => step.doseMg > schedule.maxDoseMg)) {
      throw new Error('Refusing to show a dose above its limit');
    }
    // Everything but the calendar link (a file per instance) follows from the schedule and target alone.
    const key = `schedule ${this.targetDose === undefined} ${JSON.stringify(schedule)}`;
    return html`${this.shared(key, () => this.renderScheduleFigures(schedule))} ${this.renderCalendar(schedule)}`;
  }

  private renderScheduleFigures(schedule: TitrationSchedule): TemplateResult {
    const liquidWithoutStrength =
      schedule.input.form === 'sublingual-liquid' && schedule.input.concentrationMgPerMl === undefined;
    return html`${
      schedule.usesExampleStep
        ? html`<p class="example-notice" part="example-notice" data-state="example" data-facts="D3">
            ${this.strings('exampleNotice', {
              step: formatNumber(schedule.input.stepDoseMg, this.language),
              days: schedule.input.stepDays,
            })}
          </p>`
        : nothing
    }
    ${
      this.targetDose === undefined
        ? html`<p class="hint" data-state="no-target" data-facts=${factsAttribute(this.kb.dosing.maximum.factIds)}>
            ${this.strings('noTargetNotice', { max: formatNumber(this.kb.dosing.maximum.maxMg, this.language) })}
          </p>`
        : nothing
    }
    ${renderScheduleChart(schedule, this.language)} ${renderScheduleTable(schedule, this.language)}
    ${this.renderCaps(schedule.caps)}
    ${liquidWithoutStrength ? html`<p class="hint">${this.strings('liquidNeedsConcentration')}</p>` : nothing}`;
  }

  private renderForms(): TemplateResult {
    const forms = this.kb.dosing.forms;
    const chosen = this.form === undefined ? undefined : forms.find((f) => f.id === this.form);
    const item = (form: DoseFormInfo) =>
      html`<li
        data-form=${form.id}
        data-facts=${factsAttribute(form.factIds)}
        aria-current=${form === chosen ? 'true' : nothing}
      >
        <strong>${this.text(form.name)}</strong>${
          form === chosen ? html` <span class="your-form">(${this.strings('yourForm')})</span>` : nothing
        }:
        ${this.text(form.description)}
      </li>`;
    return html`${this.renderStatements('form')}
      <ul class="forms" part="forms">
        ${forms.map(item)}
      </ul>
      ${renderSourceNote(this.kb, [...new Set(forms.flatMap((f) => f.sourceIds))], this.language)}`;
  }

  protected override renderContent(): TemplateResult {
    this.schedule = null;
    const { schedule, problems: scheduleProblems } = this.buildSchedule();
    this.schedule = schedule;
    const common = this.commonInputProblems();
    if (common.length > 0) this.reportError(common[0]!.attribute, this.issuesFor(common));
    const problems = [...scheduleProblems, ...common];

    // Sections carry no accessible name, so none is a landmark: two cards on a page must not
    // repeat six named regions, and the host page decides its own landmarks.
    // The sections that depend only on the knowledge base, language and heading level are shared
    // DOM (see shared-dom.ts); the schedule and forms by what they show.
    return html`${this.shared('heading', () => this.renderHeading(this.strings('heading')))}
      ${this.renderInputProblems(problems)}
      <section class="about-ldn" part="about-ldn">
        ${this.shared('ldn', () => this.renderSection('ldn', 'aboutLdnHeading', 'about-ldn-heading', false))}
      </section>
      <section>${this.shared('about', () => this.renderSection('about', 'aboutHeading', 'about-heading'))}</section>
      <section class="schedule-section">
        ${this.shared('schedule-heading', () => this.renderSubheading(this.strings('scheduleHeading'), 'schedule-heading'))}
        ${this.renderSchedule(schedule)} ${this.shared('schedule-statements', () => this.renderStatements('schedule'))}
      </section>
      <section>${this.shared('timing', () => this.renderSection('timing', 'timingHeading', 'timing-heading'))}</section>
      ${this.shared(`forms ${this.form}`, () => this.renderFormSection())}
      <section>
        ${this.shared('getting', () => this.renderSection('getting', 'gettingHeading', 'getting-heading', false))}
      </section>
      ${this.shared('end', () => html`${renderAttribution(this.kb, this.language)} ${this.renderDisclaimer()}`)}`;
  }

  /** On one line, as it always was: the minifier keeps a space after `<section>` when a line break follows. */
  private renderFormSection(): TemplateResult {
    // prettier-ignore
    return html`<section>${this.renderSubheading(this.strings('formHeading'), 'form-heading')} ${this.renderForms()}</section>`;
  }

  /** A section's subheading and its statements. */
  private renderSection(section: Section, heading: DoseCardStringKey, id: string, padded = true): TemplateResult {
    const subheading = this.renderSubheading(this.strings(heading), id);
    const statements = this.renderStatements(section);
    // Where the minifier drops the section's spaces around its one binding, the shared content
    // carries them, so the DOM is what it was (the DOM comparison in the report checks each).
    return padded ? html` ${subheading} ${statements} ` : html`${subheading} ${statements}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const key = JSON.stringify(this.schedule);
    if (key === this.announcedScheduleKey) return;
    this.announcedScheduleKey = key;
    emit<LdnScheduleChangeDetail>(this, 'ldn-schedule-change', { schedule: this.schedule });
  }
}
