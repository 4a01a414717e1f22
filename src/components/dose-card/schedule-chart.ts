import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Language } from '../../core/schemas/common.js';
import type { TitrationSchedule, TitrationStep } from '../../core/titration.js';
import { fill, formatIsoDate, formatNumber } from '../../shared/format.js';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  labelFits,
  layoutChart,
  round,
  textWidth,
  type ChartLayout,
  type StepBox,
} from './chart-geometry.js';
import { doseCardStrings } from './dose-card.strings.js';

// No chart library: we weighed Chart.js (canvas: no text in the DOM, ~60 kB gzip), uPlot (~20 kB,
// canvas too) and D3's scale + shape modules (~10 kB): none earns its bytes in the script-tag build
// for one step line, two axes and a limit line, and the first two need a canvas and `window`.

const DAYS_PER_WEEK = 7;
const TICK_FONT = 11;
const LABEL_FONT = 11;
/** Where a step's first text line sits below its top edge, and the gap between lines. */
const LINE_HEIGHT = 13;

type Strings = (typeof doseCardStrings)[Language];

/** The x tick label of a step: its short start date, or its first week or day as a number. */
function tickLabel(step: TitrationStep, stepDays: number, lang: Language): string {
  if (step.startDate !== undefined) return formatIsoDate(step.startDate, lang, { month: 'short', day: 'numeric' });
  const inWeeks = stepDays % DAYS_PER_WEEK === 0;
  return formatNumber(inWeeks ? Math.ceil(step.startDay / DAYS_PER_WEEK) : step.startDay, lang);
}

/** The text lines inside a step at each level of detail: dose and mL, dose, bare number. */
function labelLevels(step: TitrationStep, t: Strings, lang: Language): string[][] {
  const number = formatNumber(step.doseMg, lang);
  const mg = fill(t.mg, { value: number });
  const levels = [[mg], [number]];
  if (step.volumeMl !== undefined) levels.unshift([mg, fill(t.ml, { value: formatNumber(step.volumeMl, lang) })]);
  return levels;
}

/**
 * The labels inside the steps, at the most detailed level that fits in every step (mixed levels
 * would read as missing data), or none when even bare numbers do not fit: the table has them all.
 */
function stepLabels(schedule: TitrationSchedule, layout: ChartLayout, t: Strings, lang: Language): SVGTemplateResult[] {
  const { steps } = schedule;
  const levels = steps.map((step) => labelLevels(step, t, lang));
  const depth = Math.min(...levels.map((l) => l.length));
  const fits = (lines: string[], box: StepBox) =>
    labelFits(
      { width: box.x2 - box.x1, height: layout.plot.bottom - box.y },
      Math.max(...lines.map((line) => line.length)),
      lines.length,
      LABEL_FONT,
    );
  for (let d = 0; d < depth; d++) {
    // Levels are counted from the least detailed, so the liquid's extra level lines up.
    const pick = (l: string[][]) => l[l.length - depth + d]!;
    if (!levels.every((l, i) => fits(pick(l), layout.steps[i]!))) continue;
    return levels.map((l, i) => {
      const box = layout.steps[i]!;
      const x = round((box.x1 + box.x2) / 2);
      return svg`${pick(l).map(
        (line, n) =>
          svg`<text class=${n === 0 ? 'chart-dose' : 'chart-volume'} x=${x} y=${round(box.y + LINE_HEIGHT * (n + 1))} text-anchor="middle">${line}</text>`,
      )}`;
    });
  }
  return [];
}

/** One sentence saying what the chart shows, for everyone: the chart itself is hidden from assistive technology. */
export function chartDescription(schedule: TitrationSchedule, lang: Language): string {
  const t = doseCardStrings[lang];
  const start = schedule.steps[0]?.doseMg ?? schedule.finalDoseMg;
  return fill(start === schedule.finalDoseMg ? t.chartDescriptionFlat : t.chartDescription, {
    schedule: schedule.usesExampleStep ? t.chartScheduleExample : t.chartSchedule,
    start: formatNumber(start, lang),
    final: formatNumber(schedule.finalDoseMg, lang),
    max: formatNumber(schedule.maxDoseMg, lang),
  });
}

/**
 * The schedule as a step chart: daily dose (mg) against weeks, days or dates, with the limit in
 * force as a labelled line and the example step marked as one. A picture of the table, not a
 * replacement: the SVG is `aria-hidden` and a visible sentence says what it shows, because the
 * table already gives screen-reader users every number with its headers, and a `role="img"` label
 * would only repeat it less precisely. Colours come from classes and `--ldn-chart-*` properties.
 */
export function renderScheduleChart(schedule: TitrationSchedule, lang: Language): TemplateResult {
  const t = doseCardStrings[lang];
  const { steps, input } = schedule;
  const ticks = steps.map((step) => tickLabel(step, input.stepDays, lang));
  const widest = Math.max(0, ...ticks.map((label) => textWidth(label.length, TICK_FONT)));
  const layout = layoutChart(steps, schedule.maxDoseMg, input.stepDays, widest);
  const { plot } = layout;
  const axisTitle =
    steps[0]?.startDate !== undefined
      ? t.chartAxisDates
      : input.stepDays % DAYS_PER_WEEK === 0
        ? t.chartAxisWeeks
        : t.chartAxisDays;
  const capLabel = fill(schedule.limit === 'spasticity' ? t.chartCapSpasticity : t.chartCapMaximum, {
    max: formatNumber(schedule.maxDoseMg, lang),
  });
  const example = schedule.usesExampleStep;

  return html`<div class="chart" part="chart" data-limit=${schedule.limit} data-example=${example ? 'true' : nothing}>
    <p class="chart-description hint">${chartDescription(schedule, lang)}</p>
    <svg class="chart-svg" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" aria-hidden="true" focusable="false">
      <text class="chart-unit" x="2" y="14">${t.chartUnit}</text>
      ${example ? svg`<text class="chart-example" x=${plot.right} y="14" text-anchor="end">${t.chartExampleTag}</text>` : nothing}
      ${steps.map((step, i) => {
        const box = layout.steps[i]!;
        return svg`<rect class="chart-step" data-chart-step=${step.step} data-chart-mg=${step.doseMg}
            x=${round(box.x1)} y=${round(box.y)} width=${round(box.x2 - box.x1)} height=${round(plot.bottom - box.y)}/>
`;
      })}
      ${stepLabels(schedule, layout, t, lang)}
      <polyline class=${example ? 'chart-line is-example' : 'chart-line'} points=${layout.points} fill="none" />
      ${layout.yTicks.map(
        (tick) =>
          svg`<line class="chart-tick" x1=${plot.left - 4} x2=${plot.left} y1=${round(tick.y)} y2=${round(tick.y)}/>
            <text class="chart-tick-label" x=${plot.left - 6} y=${round(tick.y + 4)} text-anchor="end">${formatNumber(tick.mg, lang)}</text>`,
      )}
      <line class="chart-axis" x1=${plot.left} x2=${plot.left} y1=${plot.top} y2=${plot.bottom} />
      <line class="chart-axis" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom} />
      ${layout.xTicks.map(
        (tick) =>
          svg`<line class="chart-tick" x1=${round(tick.x)} x2=${round(tick.x)} y1=${plot.bottom} y2=${plot.bottom + 4}/>
            <text class="chart-tick-label" x=${round(tick.x)} y=${plot.bottom + 16}>${ticks[tick.index]}</text>`,
      )}
      <text
        class="chart-axis-title"
        x=${round((plot.left + plot.right) / 2)}
        y=${CHART_HEIGHT - 4}
        text-anchor="middle"
      >
        ${axisTitle}
      </text>
      <line
        class="chart-cap"
        data-cap-mg=${schedule.maxDoseMg}
        x1=${plot.left}
        x2=${plot.right}
        y1=${round(layout.capY)}
        y2=${round(layout.capY)}
      />
      <text class="chart-cap-label" x=${plot.left + 4} y=${round(layout.capY - 5)}>${capLabel}</text>
    </svg>
  </div>`;
}
