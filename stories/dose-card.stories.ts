import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/components/dose-card/define.js';
import { commonArgTypes, shadowCanvas } from './shared.js';

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
    const { el, canvas } = shadowCanvas(canvasElement, 'ldn-dose-card');
    await waitFor(() => expect(canvas.getByRole('table')).toBeInTheDocument());
    await expect(canvas.getByText(/Example only/)).toBeInTheDocument();
    await expect(shownDoses(el)).toEqual([1.5, 3, 4.5]);
  },
};

/** Spasticity caps the dose at 3 mg a day; the card says so and why. */
export const Spasticity: Story = {
  args: { spasticity: true, stepDose: 0.5, stepDays: 7 },
  play: async ({ canvasElement }) => {
    const { el, canvas } = shadowCanvas(canvasElement, 'ldn-dose-card');
    await waitFor(() => expect(canvas.getByText('Dose limit applied')).toBeInTheDocument());
    await expect(Math.max(...shownDoses(el))).toBe(3);
  },
};

/** The sublingual liquid with its strength and a start date: mL per dose, dates and a calendar file. */
export const LiquidWithDates: Story = {
  name: 'Liquid with concentration and dates',
  args: { form: 'sublingual-liquid', concentration: 1, startDate: '2025-01-25', stepDose: 0.75, stepDays: 7 },
  play: async ({ canvasElement }) => {
    const { canvas } = shadowCanvas(canvasElement, 'ldn-dose-card');
    await waitFor(() => expect(canvas.getByRole('columnheader', { name: 'Liquid per dose' })).toBeInTheDocument());
    await expect(canvas.getByRole('rowheader', { name: 'Jan 25, 2025 to Jan 31, 2025' })).toBeInTheDocument();
    const link = canvas.getByRole('link', { name: /Add the dose steps to your calendar/ });
    await expect(link.getAttribute('href')).toMatch(/^blob:/);
    // Keyboard: the table's scroll area takes focus, so it can be scrolled with the arrow keys. It is a
    // named group, not a region: the card adds no landmark of its own.
    const region = canvas.getByRole('group', { name: 'Schedule: daily dose of LDN' });
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
  play: async ({ canvasElement }) => {
    const { el, canvas } = shadowCanvas(canvasElement, 'ldn-dose-card');
    await waitFor(() => expect(canvas.getByText(/goal of 9 mg/)).toBeInTheDocument());
    await expect(Math.max(...shownDoses(el))).toBe(4.5);
  },
};

/** Bad attributes: an alert names each one and what it accepts; the schedule is withheld, the facts stay. */
export const InvalidInput: Story = {
  name: 'Invalid input',
  args: { startDate: '2025-02-30', form: 'capsule', concentration: 1 },
  play: async ({ canvasElement }) => {
    const { canvas } = shadowCanvas(canvasElement, 'ldn-dose-card');
    const alert = await waitFor(() => canvas.getByRole('alert'));
    await expect(alert.textContent).toContain('start-date');
    await expect(alert.textContent).toContain('concentration');
    await expect(canvas.queryByRole('table')).toBeNull();
    await expect(canvas.getByText(/compounding pharmacy/)).toBeInTheDocument();
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
    const { canvas } = shadowCanvas(canvasElement, 'ldn-dose-card');
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Cómo tomar'));
    // US Spanish writes doses as US pharmacy labels do: 1.5 mg.
    await expect(canvas.getAllByText('1.5 mg').length).toBeGreaterThan(0);
  },
};

/** Spasticity switched on and off by the page: the schedule is capped at 3 mg, then back to 4.5 mg. */
export const ToggleSpasticity: Story = {
  name: 'Toggle spasticity',
  args: { stepDose: 1.5, stepDays: 14 },
  play: async ({ canvasElement, step }) => {
    const { el, canvas } = shadowCanvas(canvasElement, 'ldn-dose-card');
    const card = el as HTMLElement & { spasticity: boolean; updateComplete: Promise<boolean> };
    await waitFor(() => expect(Math.max(...shownDoses(el))).toBe(4.5));
    await step('spasticity on: capped at 3 mg, with the reason', async () => {
      card.spasticity = true;
      await card.updateComplete;
      await expect(Math.max(...shownDoses(el))).toBe(3);
      await expect(canvas.getByText('Dose limit applied')).toBeInTheDocument();
    });
    await step('spasticity off: back to 4.5 mg', async () => {
      card.spasticity = false;
      await card.updateComplete;
      await expect(Math.max(...shownDoses(el))).toBe(4.5);
    });
  },
};
