import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../core/schemas/common.js';
import type { TitrationSchedule, TitrationStep } from '../../core/titration.js';
import { fill, formatIsoDate, formatNumber } from '../../shared/format.js';
import { doseCardStrings } from './dose-card.strings.js';

const DAYS_PER_WEEK = 7;

/** "Weeks 1 to 2", "Days 1 to 10", "Mar 1, 2025 to Mar 14, 2025", "From week 5 on"… */
export function whenLabel(step: TitrationStep, stepDays: number, lang: Language): string {
  const t = doseCardStrings[lang];
  if (step.startDate !== undefined) {
    const start = formatIsoDate(step.startDate, lang);
    if (step.endDate === undefined) return fill(t.dateOnward, { start });
    if (step.endDate === step.startDate) return fill(t.dateSingle, { start });
    return fill(t.dateRange, { start, end: formatIsoDate(step.endDate, lang) });
  }
  // Whole weeks read more easily than day counts; other intervals stay in days.
  const inWeeks = stepDays % DAYS_PER_WEEK === 0;
  const unit = (day: number) => (inWeeks ? Math.ceil(day / DAYS_PER_WEEK) : day);
  const start = unit(step.startDay);
  if (step.endDay === undefined) return fill(inWeeks ? t.weekOnward : t.dayOnward, { start });
  const end = unit(step.endDay);
  if (end === start) return fill(inWeeks ? t.weekSingle : t.daySingle, { start });
  return fill(inWeeks ? t.weekRange : t.dayRange, { start, end });
}

/**
 * The schedule as a real table (caption, column and row headers) inside a focusable scroll
 * area, so a narrow screen scrolls the table instead of the page and keyboard users can too.
 */
export function renderScheduleTable(schedule: TitrationSchedule, lang: Language): TemplateResult {
  const t = doseCardStrings[lang];
  const showVolume = schedule.steps.some((step) => step.volumeMl !== undefined);
  // A named group, not a region: the card must add no landmark of its own (two cards on a page
  // would repeat it). Focusable so keyboard users can scroll a wide table.
  return html`<div
    class="table-scroll"
    part="schedule-region"
    role="group"
    tabindex="0"
    aria-labelledby="schedule-caption"
  >
    <table class="schedule" part="table">
      <caption id="schedule-caption">
        ${schedule.usesExampleStep ? t.captionExample : t.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.columnWhen}</th>
          <th scope="col">${t.columnDose}</th>
          ${showVolume ? html`<th scope="col">${t.columnVolume}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${schedule.steps.map(
          (step) =>
            html`<tr data-step=${step.step}>
              <th scope="row">${whenLabel(step, schedule.input.stepDays, lang)}</th>
              <td data-dose-mg=${step.doseMg}>${fill(t.mg, { value: formatNumber(step.doseMg, lang) })}</td>
              ${
                showVolume
                  ? html`<td data-volume-ml=${step.volumeMl ?? nothing}>
                      ${step.volumeMl === undefined ? nothing : fill(t.ml, { value: formatNumber(step.volumeMl, lang) })}
                    </td>`
                  : nothing
              }
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
