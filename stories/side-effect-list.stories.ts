import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/components/side-effect-list/define.js';
import { commonArgTypes, shadowCanvas } from './shared.js';

/** The section under a heading: the list's sections are not landmarks (issue #16), so find them by heading. */
const sectionHeaded = (canvas: ReturnType<typeof within>, name: string): HTMLElement =>
  canvas.getByRole('heading', { name }).closest('section')!;

interface SideEffectListArgs {
  category?: string;
  selected?: string;
  headingLevel?: number;
  lang?: string;
  theme?: string;
}

const meta: Meta<SideEffectListArgs> = {
  title: 'Elements/<ldn-side-effect-list>',
  component: 'ldn-side-effect-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The common side effects of low-dose naltrexone (S1–S7) with what to expect and what may help, the signs to call a provider about (S10), a category filter, and an "I have this" list to discuss with a provider that prints cleanly.',
      },
    },
  },
  argTypes: {
    category: {
      control: 'select',
      options: ['all', 'sleep', 'digestive', 'other'],
      description: 'Category shown; the filter control follows it.',
      table: { defaultValue: { summary: 'all' } },
    },
    selected: { control: 'text', description: 'Comma-separated ids marked "I have this" (nausea, headache…).' },
    ...commonArgTypes,
  },
  args: { category: 'all', headingLevel: 2 },
  render: (args): TemplateResult =>
    html`<ldn-side-effect-list
      category=${ifDefined(args.category)}
      selected=${ifDefined(args.selected)}
      heading-level=${ifDefined(args.headingLevel)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    ></ldn-side-effect-list>`,
};
export default meta;

type Story = StoryObj<SideEffectListArgs>;

/** Every common side effect, collapsed, with the "when to contact your provider" signs below. */
export const Default: Story = {};

export const SleepOnly: Story = { name: 'Category: sleep', args: { category: 'sleep' } };

export const DigestiveOnly: Story = { name: 'Category: stomach and bowel', args: { category: 'digestive' } };

export const OtherOnly: Story = { name: 'Category: other', args: { category: 'other' } };

/** Side effects a person marked, listed under "To discuss with your provider" (prints cleanly). */
export const SomeMarked: Story = {
  name: 'Some marked, with the list to discuss',
  args: { selected: 'vivid-dreams, nausea, symptom-increase' },
  play: async ({ canvasElement }) => {
    const { canvas } = shadowCanvas(canvasElement, 'ldn-side-effect-list');
    const summary = sectionHeaded(canvas, 'To discuss with your provider');
    await expect(within(summary).getAllByRole('listitem')).toHaveLength(3);
    await expect(canvas.getByRole('checkbox', { name: 'I have this: Nausea' })).toBeChecked();
  },
};

/** Every item opened with "Expand all", as it also prints. */
export const AllExpanded: Story = {
  name: 'All expanded',
  play: async ({ canvasElement }) => {
    const { el, canvas } = shadowCanvas(canvasElement, 'ldn-side-effect-list');
    await userEvent.click(canvas.getByRole('button', { name: 'Expand all' }));
    await waitFor(() => expect([...el.shadowRoot!.querySelectorAll('details')].every((d) => d.open)).toBe(true));
  },
};

/** An unknown category and an unknown id: a visible explanation, `ldn-error`, and the rest still works. */
export const InvalidAttribute: Story = {
  name: 'Invalid attributes',
  args: { category: 'skin', selected: 'nausea, itching' },
  play: async ({ canvasElement }) => {
    const { canvas } = shadowCanvas(canvasElement, 'ldn-side-effect-list');
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('skin');
    await expect(alert).toHaveTextContent('itching');
    await expect(canvas.getByRole('checkbox', { name: 'I have this: Nausea' })).toBeChecked();
  },
};

export const Spanish: Story = { name: 'Spanish', args: { lang: 'es', selected: 'nausea' } };

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', selected: 'headache' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** The main flow: choose a category with the filter control and the list follows. */
export const FilterSideEffects: Story = {
  name: 'Filter side effects',
  play: async ({ canvasElement }) => {
    const { canvas } = shadowCanvas(canvasElement, 'ldn-side-effect-list');
    const commonList = () => within(sectionHeaded(canvas, 'Common side effects')).getAllByRole('listitem');
    await expect(commonList()).toHaveLength(7);

    await userEvent.click(canvas.getByRole('radio', { name: 'Sleep' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Showing 2 of 7 common side effects'));
    await expect(commonList()).toHaveLength(2);
    await expect(canvas.getByRole('radio', { name: 'Sleep' })).toBeChecked();

    await userEvent.click(canvas.getByRole('radio', { name: 'Other' }));
    await waitFor(() => expect(commonList()).toHaveLength(3));
    await expect(sectionHeaded(canvas, 'When to contact your provider')).toBeVisible();
  },
};
