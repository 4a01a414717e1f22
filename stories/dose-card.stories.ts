import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/components/dose-card/define.js';
import { doseCardStrings } from '../src/components/dose-card/dose-card.strings.js';
import { fill, formatNumber } from '../src/shared/format.js';
import { commonArgTypes, expectNoOverflow, narrowColumn, rightToLeft, shadowCanvas, storyLanguage } from './shared.js';

interface DoseCardArgs {
  startDose?: number;
  targetDose?: number;
  stepDose?: number;
  stepDays?: number;
  spasticity?: boolean;
  form?: string;
  concentration?: number;
  startDate?: string;
  headingLevel?: number;
  lang?: string;
  theme?: string;
}

/** Daily doses shown in the table, in mg, read from the cells' data attribute. */
function shownDoses(el: Element): number[] {
  return [...el.shadowRoot!.querySelectorAll('[data-dose-mg]')].map((cell) =>
    Number(cell.getAttribute('data-dose-mg')),
  );
}

const meta: Meta<DoseCardArgs> = {
  title: 'Elements/<ldn-dose-card>',
  component: 'ldn-dose-card',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The low-dose naltrexone titration schedule as a table (weeks, or dates with `start-date`; mL per dose for the liquid with a `concentration`), the dose limits it applies and why (4.5 mg; 3 mg with spasticity), when to take it, the forms, the compounding pharmacy, cost and refill tip (D1–D10), each with its source. Without `step-dose` and `step-days` the step is an example, labelled as one.',
      },
    },
  },
  argTypes: {
    startDose: {
      name: 'start-dose',
      control: { type: 'number', min: 0.01, step: 0.25 },
      description: 'First daily dose, mg.',
      table: { defaultValue: { summary: '1.5' } },
    },
    targetDose: {
      name: 'target-dose',
      control: { type: 'number', min: 0.01, step: 0.25 },
      description: 'Daily dose to reach, mg (capped at 4.5 mg, or 3 mg with spasticity).',
      table: { defaultValue: { summary: '4.5' } },
    },
    stepDose: {
      name: 'step-dose',
      control: { type: 'number', min: 0.01, step: 0.25 },
      description: 'mg added at each step. Unset: an example, labelled as one.',
    },
    stepDays: {
      name: 'step-days',
      control: { type: 'number', min: 1, max: 365, step: 1 },
      description: 'Days at each dose. Unset: an example, labelled as one.',
    },
    spasticity: { control: 'boolean', description: 'Any form of spasticity: caps the dose at 3 mg a day.' },
    form: {
      control: 'select',
      options: [undefined, 'capsule', 'sublingual-liquid', 'transdermal'],
      description: 'Form of LDN.',
    },
    concentration: {
      control: { type: 'number', min: 0.1, step: 0.1 },
      description: 'mg per mL of the sublingual liquid (only with form="sublingual-liquid").',
    },
    startDate: {
      name: 'start-date',
      control: 'text',
      description: 'First day (YYYY-MM-DD): shows dates and a calendar file.',
    },
    ...commonArgTypes,
  },
  args: { spasticity: false, headingLevel: 2 },
  render: (args): TemplateResult =>
    html`<ldn-dose-card
      start-dose=${ifDefined(args.startDose)}
      target-dose=${ifDefined(args.targetDose)}
      step-dose=${ifDefined(args.stepDose)}
      step-days=${ifDefined(args.stepDays)}
      ?spasticity=${args.spasticity ?? false}
      form=${ifDefined(args.form)}
      concentration=${ifDefined(args.concentration)}
      start-date=${ifDefined(args.startDate)}
      heading-level=${ifDefined(args.headingLevel)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    ></ldn-dose-card>`,
};
export default meta;

type Story = StoryObj<DoseCardArgs>;

/** No step from the page: 1.5 mg up to 4.5 mg with the example step, clearly labelled. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { el, canvas } = await shadowCanvas(canvasElement, 'ldn-dose-card');
    await waitFor(() => expect(canvas.getByRole('table')).toBeInTheDocument());
    await expect(el.shadowRoot!.querySelector('[part="example-notice"][data-state="example"]')).not.toBeNull();
    await expect(shownDoses(el)).toEqual([1.5, 3, 4.5]);
  },
};

/** Spasticity caps the dose at 3 mg a day; the card says so and why. */
export const Spasticity: Story = {
  args: { spasticity: true, stepDose: 0.5, stepDays: 7 },
  play: async (context) => {
    const { el, canvas } = await shadowCanvas(context.canvasElement, 'ldn-dose-card');
    const t = doseCardStrings[storyLanguage(context)];
    await waitFor(() => expect(canvas.getByText(t.capTitle)).toBeInTheDocument());
    await expect(Math.max(...shownDoses(el))).toBe(3);
  },
};

/** The sublingual liquid with its strength and a start date: mL per dose, dates and a calendar file. */
export const LiquidWithDates: Story = {
  name: 'Liquid with concentration and dates',
  args: { form: 'sublingual-liquid', concentration: 1, startDate: '2025-01-25', stepDose: 0.75, stepDays: 7 },
  play: async (context) => {
    const { canvasElement } = context;
    const { canvas } = await shadowCanvas(canvasElement, 'ldn-dose-card');
    const t = doseCardStrings[storyLanguage(context)];
    await waitFor(() => expect(canvas.getByRole('columnheader', { name: t.columnVolume })).toBeInTheDocument());
    // Dates, not weeks: the first row's header names the start date's year in either language.
    await expect(canvas.getAllByRole('rowheader')[0]).toHaveTextContent(/25.*2025/);
    const link = canvas.getByRole('link', { name: t.calendarLink });
    await expect(link.getAttribute('href')).toMatch(/^blob:/);
    // Keyboard: the table's scroll area takes focus, so it can be scrolled with the arrow keys. It is a
    // named group, not a region: the card adds no landmark of its own.
    const region = canvas.getByRole('group', { name: t.caption });
    region.focus();
    await expect(canvasElement.querySelector('ldn-dose-card')!.shadowRoot!.activeElement).toBe(region);
  },
};

/** The transdermal form is marked as the person's form. */
export const Transdermal: Story = {
  args: { form: 'transdermal', stepDose: 1.5, stepDays: 14 },
};

/** A target above 4.5 mg: the schedule stops at 4.5 mg and explains the limit. */
export const AboveMaximum: Story = {
  name: 'Target above the maximum',
  args: { targetDose: 9, stepDose: 1.5, stepDays: 14 },
  play: async (context) => {
    const { el, canvas } = await shadowCanvas(context.canvasElement, 'ldn-dose-card');
    const lang = storyLanguage(context);
    const said = fill(doseCardStrings[lang].capTarget, {
      requested: formatNumber(9, lang),
      max: formatNumber(4.5, lang),
    });
    await waitFor(() => expect(canvas.getByText(said, { exact: false })).toBeInTheDocument());
    await expect(Math.max(...shownDoses(el))).toBe(4.5);
  },
};

/** Bad attributes: an alert names each one and what it accepts; the schedule is withheld, the facts stay. */
export const InvalidInput: Story = {
  name: 'Invalid input',
  args: { startDate: '2025-02-30', form: 'capsule', concentration: 1 },
  play: async ({ canvasElement }) => {
    const { canvas } = await shadowCanvas(canvasElement, 'ldn-dose-card');
    const alert = await waitFor(() => canvas.getByRole('alert'));
    await expect(alert.textContent).toContain('start-date');
    await expect(alert.textContent).toContain('concentration');
    await expect(canvas.queryByRole('table')).toBeNull();
    // The facts stay: the forms of LDN are still listed.
    await expect(canvas.getAllByRole('list').length).toBeGreaterThan(0);
    await expect(
      canvasElement.querySelector('ldn-dose-card')!.shadowRoot!.querySelector('[part="forms"]'),
    ).not.toBeNull();
  },
};

/** In Spanish: numbers with a decimal comma, dates and every text in Spanish. */
export const Spanish: Story = {
  args: {
    lang: 'es',
    startDate: '2025-03-01',
    stepDose: 1.5,
    stepDays: 14,
    form: 'sublingual-liquid',
    concentration: 1,
  },
  play: async ({ canvasElement }) => {
    const { canvas } = await shadowCanvas(canvasElement, 'ldn-dose-card');
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Cómo tomar'));
    // US Spanish writes doses as US pharmacy labels do: 1.5 mg.
    await expect(canvas.getAllByText('1.5 mg').length).toBeGreaterThan(0);
  },
};

/** Spasticity switched on and off by the page: the schedule is capped at 3 mg, then back to 4.5 mg. */
export const ToggleSpasticity: Story = {
  name: 'Toggle spasticity',
  args: { stepDose: 1.5, stepDays: 14 },
  play: async (context) => {
    const { canvasElement, step } = context;
    const { el, canvas } = await shadowCanvas(canvasElement, 'ldn-dose-card');
    const t = doseCardStrings[storyLanguage(context)];
    const card = el as HTMLElement & { spasticity: boolean; updateComplete: Promise<boolean> };
    await waitFor(() => expect(Math.max(...shownDoses(el))).toBe(4.5));
    await step('spasticity on: capped at 3 mg, with the reason', async () => {
      card.spasticity = true;
      await card.updateComplete;
      await expect(Math.max(...shownDoses(el))).toBe(3);
      await expect(canvas.getByText(t.capTitle)).toBeInTheDocument();
    });
    await step('spasticity off: back to 4.5 mg', async () => {
      card.spasticity = false;
      await card.updateComplete;
      await expect(Math.max(...shownDoses(el))).toBe(4.5);
    });
  },
};

// ---------------------------------------------------------------------------------------------
// The schedule chart. Play functions check structure (not English text), so they pass whatever
// language the toolbar sets: the chart is a hidden picture of the table, described in a sentence,
// with the limit as a line that no step rises above.
// ---------------------------------------------------------------------------------------------

/** The chart's parts inside the card, once it has rendered. */
async function chartOf(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector('ldn-dose-card')!;
  const chart = await waitFor(() => {
    const found = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]');
    if (!found) throw new Error('no chart yet');
    return found;
  });
  const svg = chart.querySelector('svg')!;
  const cap = svg.querySelector('.chart-cap')!;
  return { el, chart, svg, cap, capY: Number(cap.getAttribute('y1')) };
}

/** The chart's common promises: hidden from assistive technology, described, nothing above the limit. */
async function expectChart(canvasElement: HTMLElement, capMg: number) {
  const parts = await chartOf(canvasElement);
  const { chart, svg, cap, capY } = parts;
  await expect(svg.getAttribute('aria-hidden')).toBe('true');
  await expect(chart.querySelector('.chart-description')!.textContent!.trim()).not.toBe('');
  await expect(cap.getAttribute('data-cap-mg')).toBe(String(capMg));
  await expect(svg.querySelector('.chart-cap-label')!.textContent).toContain(String(capMg));
  const ys = [...svg.querySelectorAll('.chart-step')].map((rect) => Number(rect.getAttribute('y')));
  await expect(ys.length).toBe(shownDoses(parts.el).length);
  for (const y of ys) await expect(y).toBeGreaterThanOrEqual(capY);
  await expect(parts.el.shadowRoot!.querySelectorAll('[style]').length).toBe(0);
  return parts;
}

/** The chart with the example step: dashed and tagged as an example, up to the 4.5 mg line. */
export const ChartExample: Story = {
  name: 'Chart: example step',
  play: async ({ canvasElement }) => {
    const { chart, svg } = await expectChart(canvasElement, 4.5);
    await expect(chart.dataset['example']).toBe('true');
    await expect(svg.querySelector('.chart-line.is-example')).not.toBeNull();
    await expect(svg.querySelector('.chart-example')).not.toBeNull();
  },
};

/** Both caps: spasticity draws the 3 mg line and says why; a target of 9 mg still stops at the line. */
export const ChartCaps: Story = {
  name: 'Chart: spasticity cap (3 mg)',
  args: { spasticity: true, targetDose: 9, stepDose: 0.5, stepDays: 7 },
  play: async ({ canvasElement }) => {
    const { chart, svg } = await expectChart(canvasElement, 3);
    await expect(chart.dataset['limit']).toBe('spasticity');
    await expect(chart.dataset['example']).toBeUndefined();
    await expect(svg.querySelector('.chart-example')).toBeNull();
  },
};

/** The liquid with its strength: mL per dose inside each step, the same as the table's column. */
export const ChartLiquid: Story = {
  name: 'Chart: liquid (mL per dose)',
  args: { form: 'sublingual-liquid', concentration: 1, stepDose: 1.5, stepDays: 14 },
  play: async ({ canvasElement }) => {
    const { el, svg } = await expectChart(canvasElement, 4.5);
    const volumes = [...svg.querySelectorAll('.chart-volume')].map((t) => t.textContent!.trim());
    const column = [...el.shadowRoot!.querySelectorAll('td[data-volume-ml]')].map((td) => td.textContent!.trim());
    await expect(volumes).toEqual(column);
  },
};

/** With a start date: short dates under the steps, thinned so they never touch. */
export const ChartDates: Story = {
  name: 'Chart: dates',
  args: { startDate: '2025-03-01', stepDose: 0.5, stepDays: 7 },
  play: async ({ canvasElement }) => {
    const { svg } = await expectChart(canvasElement, 4.5);
    const ticks = [...svg.querySelectorAll('.chart-tick-label')].filter((t) => /\d/.test(t.textContent ?? ''));
    await expect(ticks.length).toBeGreaterThan(2);
  },
};

/** Dark theme: the chart takes the dark tokens (axe checks the contrast of its description). */
export const ChartDark: Story = {
  name: 'Chart: dark',
  args: { theme: 'dark', spasticity: true, stepDose: 0.5, stepDays: 7 },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { svg } = await expectChart(canvasElement, 3);
    const line = svg.querySelector('.chart-line')!;
    // Not the light accent: the dark palette reached the chart.
    await expect(getComputedStyle(line).stroke).not.toBe('rgb(11, 92, 173)');
  },
};

/** In a 320 px side column: the chart scales down with its viewBox and never overflows the card. */
export const ChartNarrow: Story = {
  name: 'Chart: narrow column (320 px)',
  args: { startDate: '2025-03-01', form: 'sublingual-liquid', concentration: 1, stepDose: 0.75, stepDays: 7 },
  render: (args, context) => html`<div class="narrow-column">${meta.render!(args, context)}</div>`,
  decorators: [
    (story) =>
      html`<style>
          .narrow-column {
            max-inline-size: 320px;
          }
        </style>
        ${story()}`,
  ],
  play: async ({ canvasElement }) => {
    const { el, svg } = await expectChart(canvasElement, 4.5);
    const card = el.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    await expect(card.width).toBeLessThanOrEqual(320);
    await expect(box.left).toBeGreaterThanOrEqual(card.left);
    await expect(box.right).toBeLessThanOrEqual(card.right);
  },
};

/** Right to left: the card mirrors (limits' start border on the right); the chart keeps time running left to right. */
export const ChartRightToLeft: Story = {
  name: 'Chart: right to left',
  args: { spasticity: true, startDate: '2025-03-01', stepDose: 0.5, stepDays: 7 },
  decorators: [rightToLeft],
  play: async ({ canvasElement }) => {
    const { el, chart, svg } = await expectChart(canvasElement, 3);
    await expect(getComputedStyle(chart).direction).toBe('rtl');
    await expect(getComputedStyle(svg).direction).toBe('ltr');
    await expectNoOverflow(el);
  },
};

/** Every part of the card in a 320 px side column: the compact density, nothing past the card's edge. */
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px): liquid, dates and spasticity',
  args: {
    spasticity: true,
    startDate: '2025-03-01',
    form: 'sublingual-liquid',
    concentration: 1,
    stepDose: 0.5,
    stepDays: 7,
  },
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    const { el } = await expectChart(canvasElement, 3);
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expectNoOverflow(el);
  },
};
