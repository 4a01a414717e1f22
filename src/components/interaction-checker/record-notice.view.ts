import { css, html, nothing, type TemplateResult } from 'lit';
import type { SkippedResource, UnreadableReason } from '../../core/fhir/skipped.js';
import { fill } from '../../shared/format.js';
import type { InteractionCheckerStringKey } from './interaction-checker.strings.js';

type Strings = Record<InteractionCheckerStringKey, string>;

export const RECORD_NOTICE_ID = 'record-notice-title';

const WHY: Record<UnreadableReason, InteractionCheckerStringKey> = {
  'no-medication': 'recordWhyNoMedication',
  'unknown-code': 'recordWhyUnknownCode',
  'unresolved-reference': 'recordWhyUnresolvedReference',
  'no-code': 'recordWhyNoCode',
  malformed: 'recordWhyMalformed',
  'no-resource': 'recordWhyNoResource',
  'too-deeply-nested': 'recordWhyTooDeep',
  incomplete: 'recordWhyIncomplete',
};

const WHAT: Record<SkippedResource['about'], InteractionCheckerStringKey> = {
  medication: 'recordItemMedication',
  condition: 'recordItemCondition',
  other: 'recordItemOther',
  unknown: 'recordItemOther',
};

function itemText(entry: SkippedResource, strings: Strings): string {
  const kind = strings[WHAT[entry.about]];
  const what = entry.display?.trim() ? fill(strings.recordItemNamed, { kind, name: entry.display.trim() }) : kind;
  const why = strings[WHY[entry.reason as UnreadableReason] ?? 'recordWhyMalformed'];
  return fill(strings.recordItem, { what, why });
}

/**
 * "2 items in your health record could not be checked", with what each was and why, shown with
 * the findings so an incomplete check never reads as complete. Text only: names come from the
 * record and are rendered as text.
 */
export function renderRecordNotice(
  unread: readonly SkippedResource[],
  strings: Strings,
): TemplateResult | typeof nothing {
  if (unread.length === 0) return nothing;
  const title =
    unread.length === 1 ? strings.recordNoticeOne : fill(strings.recordNoticeMany, { count: unread.length });
  return html`<section class="record-notice" part="record-notice" aria-labelledby=${RECORD_NOTICE_ID}>
    <p id=${RECORD_NOTICE_ID}><strong>${title}</strong> ${strings.recordNoticeHelp}</p>
    <ul>
      ${unread.map((entry) => html`<li data-reason=${entry.reason}>${itemText(entry, strings)}</li>`)}
    </ul>
  </section>`;
}

// Forced-colors mode keeps the border (as CanvasText), so the notice stays outlined there too.
export const recordNoticeStyles = css`
  .record-notice {
    margin-block: var(--ldn-space-3);
    padding: var(--ldn-space-2) var(--ldn-space-3);
    border: 2px dashed var(--ldn-color-unknown);
    border-radius: var(--ldn-radius);
  }
  .record-notice p,
  .record-notice ul {
    margin-block: 0 var(--ldn-space-1);
  }
`;
