import { html, nothing, type TemplateResult } from 'lit';
import { findingProvenance } from '../../core/finding-sources.js';
import type { Language, LocalizedText } from '../../core/schemas/common.js';
import { SEVERITIES, type Finding, type Severity } from '../../core/schemas/interaction.js';
import type { KnowledgeBase } from '../../core/schemas/knowledge-base.js';
import {
  factsAttribute,
  renderAttribution,
  renderSourceNote,
  renderSourcesDisclosure,
} from '../../shared/attribution.js';
import { headingAt } from '../../shared/base-element.js';
import { fill } from '../../shared/format.js';
import { normaliseEntry } from './entries.js';
import type { InteractionCheckerStringKey } from './interaction-checker.strings.js';
import type { CheckOutcome } from './run-check.js';
import { renderSeverityBadge, severityLabel } from './severity.view.js';

type Strings = Record<InteractionCheckerStringKey, string>;

export const SUMMARY_ID = 'findings-summary';
export const RESULTS_HEADING_ID = 'results-heading';

/** What the findings area shows: nothing entered yet, the findings, or "could not check". */
export type FindingsState = CheckOutcome;

/** What the view borrows from the element (language, sources, headings, the fail-closed alert). */
export interface FindingsContext {
  strings: Strings;
  text(value: LocalizedText): string;
  /** Language and knowledge base, for the sources of each finding and the one attribution. */
  lang: Language;
  knowledgeBase: KnowledgeBase;
  renderSubheading(content: string, id: string): TemplateResult;
  /** Level of each finding's heading: one below the "Results" heading. */
  findingHeadingLevel: number;
  renderCouldNotCheck(): TemplateResult;
  /** The name to show: a condition's in the reader's language, a medicine's as recognised. */
  findingName(finding: Finding): string;
}

const SUMMARY_KEYS: Record<Severity, InteractionCheckerStringKey> = {
  avoid: 'summaryAvoid',
  caution: 'summaryCaution',
  unknown: 'summaryUnknown',
  compatible: 'summaryCompatible',
};

/** Findings per severity (the core's `summarizeFindings`). */
export type SeverityCounts = Record<Severity, number>;

/** "2 to avoid, 1 to discuss with your provider": only the severities present, most serious first. */
export function summaryText(counts: SeverityCounts, strings: Strings): string {
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => fill(strings[SUMMARY_KEYS[severity]], { count: counts[severity] }))
    .join(strings.summarySeparator);
}

/** What the polite live region says: guidance until something is entered, never "no interactions". */
function liveSummary(state: FindingsState, counts: SeverityCounts, strings: Strings): string {
  if (state.kind === 'nothing-entered') return strings.guidance;
  if (state.kind === 'could-not-check') return '';
  const summary = summaryText(counts, strings);
  return state.hasMedications ? summary : `${summary}. ${strings.guidanceConditionsOnly}`;
}

function renderFinding(finding: Finding, context: FindingsContext): TemplateResult {
  const { strings, knowledgeBase: kb, lang } = context;
  // Show what was typed when the recognised name does not contain it ("percoset" → Percocet).
  const showInput =
    finding.kind === 'medication' && !normaliseEntry(finding.name).includes(normaliseEntry(finding.input));
  const { membership, sourceIds } = findingProvenance(finding, kb);
  // An unknown finding has no facts to trace: its text is the checker's own, not clinical.
  const f = finding.factIds.length > 0 ? factsAttribute(finding.factIds) : nothing;
  const explanation = context.text(finding.explanation);
  const whatToDo = context.text(finding.whatToDo);
  // Why a member is in its class, with the reference that says so when it is not the article.
  const why = membership
    ? html`<p class="finding-why" data-facts=${f} data-membership=${membership.classId}>
        <strong>${strings.whyThisResult}</strong> ${context.text(membership.reason)}${renderSourceNote(
          kb,
          [membership.sourceId],
          lang,
        )}
      </p>`
    : nothing;
  return html`<li class="finding" part="finding" data-severity=${finding.severity} data-kind=${finding.kind}>
    ${headingAt(
      context.findingHeadingLevel,
      // Browsing headings, a screen-reader user hears "Avoid: Vicodin": the urgency in words
      // (visually hidden, as the badge shows it), so the badge itself is hidden from them.
      html`${renderSeverityBadge(finding.severity, strings, true)}<span class="visually-hidden"
          >${severityLabel(finding.severity, strings)}: </span
        ><span class="finding-name">${context.findingName(finding)}</span>`,
      'finding-title',
    )}
    ${showInput ? html`<p class="finding-input">${fill(strings.youEntered, { input: finding.input })}</p>` : nothing}
    <p class="finding-explanation" data-facts=${f}>${explanation}</p>
    <p class="finding-what-to-do" data-facts=${f}><strong>${strings.whatToDo}</strong> ${whatToDo}</p>
    ${why} ${renderSourcesDisclosure(kb, sourceIds, lang)}
  </li>`;
}

/**
 * The results: heading, a summary line in a polite live region (always in the page, so a change is
 * announced), then one item per finding in the order the core gives (avoid → caution → unknown →
 * compatible).
 */
export function renderFindings(state: FindingsState, counts: SeverityCounts, context: FindingsContext): TemplateResult {
  const { strings } = context;
  // A plain section (no accessible name) is not a landmark: two checkers on a page must not
  // repeat one, and the host page decides its own landmarks.
  return html`<section class="results" part="results">
    ${context.renderSubheading(strings.resultsHeading, RESULTS_HEADING_ID)}
    <p class="summary" part="summary" id=${SUMMARY_ID} role="status" aria-live="polite">
      ${liveSummary(state, counts, strings)}
    </p>
    ${state.kind === 'could-not-check' ? context.renderCouldNotCheck() : nothing}
    ${
      state.kind === 'checked' && state.findings.length > 0
        ? html`<ul class="findings" part="findings" aria-labelledby=${RESULTS_HEADING_ID}>
              ${state.findings.map((finding) => renderFinding(finding, context))}
            </ul>
            ${renderAttribution(context.knowledgeBase, context.lang)}`
        : nothing
    }
  </section>`;
}
