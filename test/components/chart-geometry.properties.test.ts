import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CHART_WIDTH, layoutChart, yTickStep, yTickValues } from '../../src/components/dose-card/chart-geometry.js';
import { buildTitrationSchedule, type TitrationSchedule } from '../../src/core/index.js';
import { plausibleTitrationInput, runs } from '../core/properties/arbitraries.js';

const EPSILON = 1e-9;

/** Schedules the core accepts: the chart only ever draws one of these. */
const schedules: fc.Arbitrary<TitrationSchedule> = plausibleTitrationInput
  .map((input) => {
    try {
      return buildTitrationSchedule(input);
    } catch {
      return null;
    }
  })
  .filter((schedule): schedule is TitrationSchedule => schedule !== null);

const labelWidth = fc.double({ min: 0, max: 120, noNaN: true });

describe('schedule chart geometry — properties', () => {
  it('keeps every step inside the plot and never above the limit line', () => {
    fc.assert(
      fc.property(schedules, labelWidth, (schedule, width) => {
        const layout = layoutChart(schedule.steps, schedule.maxDoseMg, schedule.input.stepDays, width);
        const { plot } = layout;
        expect(layout.steps).to.have.length(schedule.steps.length);
        expect(layout.capY).to.be.within(plot.top, plot.bottom);
        for (const box of layout.steps) {
          expect(box.x1).to.be.within(plot.left - EPSILON, plot.right + EPSILON);
          expect(box.x2).to.be.within(box.x1, plot.right + EPSILON);
          expect(box.y).to.be.within(plot.top, plot.bottom);
          // y grows downwards: a dose above the limit would sit above (less than) the line.
          expect(box.y).to.be.at.least(layout.capY - EPSILON);
        }
        // The steps follow each other without gaps or overlaps, to the right edge.
        layout.steps.slice(1).forEach((box, i) => expect(box.x1).to.be.closeTo(layout.steps[i]!.x2, 1e-6));
        expect(layout.steps.at(-1)!.x2).to.be.closeTo(plot.right, 1e-6);
        for (const [x, y] of layout.points.split(' ').map((p) => p.split(',').map(Number))) {
          expect(x).to.be.within(0, CHART_WIDTH);
          expect(y).to.be.within(layout.capY - 0.01, plot.bottom);
        }
      }),
      runs(500),
    );
  });

  it('has y ticks from 0 to at least the limit, evenly spaced, and x ticks whose labels stay apart and in the drawing', () => {
    fc.assert(
      fc.property(schedules, labelWidth, (schedule, width) => {
        const layout = layoutChart(schedule.steps, schedule.maxDoseMg, schedule.input.stepDays, width);
        const values = layout.yTicks.map((tick) => tick.mg);
        expect(values[0]).to.equal(0);
        expect(values.at(-1)).to.be.at.least(schedule.maxDoseMg);
        expect(values.at(-1)! - yTickStep(schedule.maxDoseMg)).to.be.below(schedule.maxDoseMg);
        for (const tick of layout.yTicks) expect(tick.y).to.be.within(layout.plot.top, layout.plot.bottom);
        // The first step is always labelled (when its label fits the drawing at all).
        if (width <= CHART_WIDTH - layout.plot.left) expect(layout.xTicks[0]?.index).to.equal(0);
        layout.xTicks.forEach((tick, i) => {
          expect(tick.x + width).to.be.at.most(CHART_WIDTH + EPSILON);
          const next = layout.xTicks[i + 1];
          if (next) expect(next.x - tick.x).to.be.at.least(width);
        });
      }),
      runs(500),
    );
  });

  it('gives y ticks that cover any limit a knowledge base may set', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (hundredths) => {
        const max = hundredths / 100;
        const values = yTickValues(max);
        expect(values[0]).to.equal(0);
        expect(values.at(-1)).to.be.at.least(max);
        expect(values.length).to.be.at.most(Math.ceil(max / yTickStep(max)) + 1);
      }),
      runs(300),
    );
  });
});
