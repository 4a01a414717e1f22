import { svg, type SVGTemplateResult, type TemplateResult, html, nothing } from 'lit';
import type { Severity } from '../../core/schemas/interaction.js';
import type { InteractionCheckerStringKey } from './interaction-checker.strings.js';

type Strings = Record<InteractionCheckerStringKey, string>;

const LABEL_KEYS: Record<Severity, InteractionCheckerStringKey> = {
  avoid: 'severityAvoid',
  caution: 'severityCaution',
  unknown: 'severityUnknown',
  compatible: 'severityCompatible',
};

/** The visible text label of a severity: the meaning never rests on colour or icon alone. */
export function severityLabel(severity: Severity, strings: Strings): string {
  return strings[LABEL_KEYS[severity]];
}

// A distinct shape per severity, so the icons differ in greyscale and forced colours too.
const ICONS: Record<Severity, SVGTemplateResult> = {
  // Octagon with a bar: "stop".
  avoid: svg`<path d="M7.1 1h9.8L23 7.1v9.8L16.9 23H7.1L1 16.9V7.1z" fill="currentColor"/>
    <rect x="6" y="10.5" width="12" height="3" rx="1" class="cutout"/>`,
  // Triangle with an exclamation mark.
  caution: svg`<path d="M12 1.5 23 21.5H1z" fill="currentColor"/>
    <rect x="10.75" y="8" width="2.5" height="7.5" rx="1" class="cutout"/>
    <circle cx="12" cy="18.25" r="1.4" class="cutout"/>`,
  // Outlined circle with a question mark.
  unknown: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2.5"/>
    <path d="M9 9.2a3 3 0 1 1 4.3 2.7c-.8.4-1.3 1-1.3 1.9v.7" fill="none" stroke="currentColor" stroke-width="2.3" stroke-linecap="round"/>
    <circle cx="12" cy="17.6" r="1.4" fill="currentColor"/>`,
  // Outlined square with an "i": information, not a sign of safety (a check mark reads as "safe").
  compatible: svg`<rect x="2" y="2" width="20" height="20" rx="3" fill="none" stroke="currentColor" stroke-width="2.5"/>
    <rect x="10.75" y="10" width="2.5" height="8" rx="1" fill="currentColor"/>
    <circle cx="12" cy="6.6" r="1.5" fill="currentColor"/>`,
};

/**
 * Decorative icon (hidden from assistive technology) followed by the text label. `hidden` hides
 * the whole badge from assistive technology, for a heading that already says the severity in words.
 */
export function renderSeverityBadge(severity: Severity, strings: Strings, hidden = false): TemplateResult {
  return html`<span class="severity" part="severity" data-severity=${severity} aria-hidden=${hidden ? 'true' : nothing}>
    <svg class="severity-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[severity]}</svg>
    <span class="severity-label">${severityLabel(severity, strings)}</span>
  </span>`;
}
