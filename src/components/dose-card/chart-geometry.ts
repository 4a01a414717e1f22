/**
 * Geometry of the schedule chart, in viewBox units, with no DOM: the chart template only places
 * what this computes, so the rules that matter (inside the plot, never above the limit line,
 * ticks from 0 past the limit) are unit-tested on their own.
 */

/** The drawing's size in viewBox units: the SVG scales to its box, so these are proportions. */
export const CHART_WIDTH = 320;
export const CHART_HEIGHT = 200;
/** Room for the y tick labels (left), the y unit and example tag (top), the x ticks and title (bottom). */
const MARGIN = { left: 34, right: 10, top: 24, bottom: 38 } as const;
/** Headroom above the limit line, as a share of the limit, so its label fits inside the plot. */
const HEADROOM = 0.2;
/** Average advance of a character, as a share of the font size (a conservative sans-serif figure). */
const CHAR_WIDTH = 0.62;
/** Space kept free around a label inside a step. */
const LABEL_PADDING = 4;

/** What the chart needs of one step of the core's schedule. */
export interface ChartStep {
  doseMg: number;
  startDay: number;
  endDay?: number;
}

export interface PlotBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface StepBox {
  /** Index into the schedule's steps. */
  index: number;
  x1: number;
  x2: number;
  /** Top of the step: the dose. */
  y: number;
}

export interface YTick {
  mg: number;
  y: number;
}

export interface XTick {
  /** The step whose first day this tick marks. */
  index: number;
  x: number;
}

export interface ChartLayout {
  plot: PlotBox;
  /** The limit line. */
  capY: number;
  steps: StepBox[];
  /** The step line as SVG `points`: across each step, up at each change. */
  points: string;
  yTicks: YTick[];
  xTicks: XTick[];
}

/** Whole mg between y ticks, or half mg for a low limit (a portal's knowledge base may set one). */
export function yTickStep(maxDoseMg: number): number {
  return maxDoseMg > 2 ? 1 : 0.5;
}

/** Ticks at each `step` from 0 up to the first one at or above the limit, so the range is covered. */
export function yTickValues(maxDoseMg: number): number[] {
  const step = yTickStep(maxDoseMg);
  const count = Math.ceil(maxDoseMg / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 100) / 100);
}

/** Width of a text of `chars` characters at `fontSize`, estimated (no DOM to measure with). */
export function textWidth(chars: number, fontSize: number): number {
  return chars * fontSize * CHAR_WIDTH;
}

/** Whether `lines` lines of at most `chars` characters fit inside a step's box. */
export function labelFits(
  box: { width: number; height: number },
  chars: number,
  lines: number,
  fontSize: number,
): boolean {
  return (
    textWidth(chars, fontSize) + 2 * LABEL_PADDING <= box.width &&
    lines * fontSize * 1.2 + 2 * LABEL_PADDING <= box.height
  );
}

/**
 * Lays out the steps: x is days (day 1 at the left; the last dose, which continues, is drawn for
 * one more interval of `stepDays`), y is mg from 0 to a little above the limit. `labelWidth` is
 * the widest x tick label, so ticks are thinned (every n-th step) until their labels cannot touch.
 */
export function layoutChart(
  steps: readonly ChartStep[],
  maxDoseMg: number,
  stepDays: number,
  labelWidth: number,
): ChartLayout {
  const plot: PlotBox = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: CHART_WIDTH - MARGIN.right,
    bottom: CHART_HEIGHT - MARGIN.bottom,
  };
  const ticks = yTickValues(maxDoseMg);
  const yMax = Math.max(maxDoseMg * (1 + HEADROOM), ticks[ticks.length - 1] ?? 0);
  const yOf = (mg: number) => plot.bottom - (mg / yMax) * (plot.bottom - plot.top);

  const last = steps[steps.length - 1];
  const lastDay = last === undefined ? 1 : (last.endDay ?? last.startDay + Math.max(stepDays, 1) - 1);
  // Days are counted from the start of day 1 to the end of the last day drawn.
  const span = Math.max(lastDay, 1);
  const xOf = (dayStart: number) => plot.left + ((dayStart - 1) / span) * (plot.right - plot.left);

  const boxes = steps.map((step, index) => ({
    index,
    x1: xOf(step.startDay),
    x2: step.endDay === undefined ? plot.right : xOf(step.endDay + 1),
    y: yOf(step.doseMg),
  }));
  const points = boxes.flatMap((box) => [`${round(box.x1)},${round(box.y)}`, `${round(box.x2)},${round(box.y)}`]);

  const stepWidth = boxes.length === 0 ? 0 : Math.min(...boxes.map((box) => box.x2 - box.x1));
  const stride = Math.max(1, Math.ceil((labelWidth + 2 * LABEL_PADDING) / Math.max(stepWidth, 1e-6)));
  // Labels start at their tick: one that would run out of the drawing is left out.
  const xTicks = boxes
    .filter((box, i) => i % stride === 0 && box.x1 + labelWidth <= CHART_WIDTH)
    .map((box) => ({ index: box.index, x: box.x1 }));

  return {
    plot,
    capY: yOf(maxDoseMg),
    steps: boxes,
    points: points.join(' '),
    yTicks: ticks.map((mg) => ({ mg, y: yOf(mg) })),
    xTicks,
  };
}

/** Two decimals are plenty in a 320-unit drawing and keep the markup short. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
