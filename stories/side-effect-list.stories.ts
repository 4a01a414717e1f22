import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/components/side-effect-list/define.js';
import { sideEffectListStrings } from '../src/components/side-effect-list/side-effect-list.strings.js';
import { fill } from '../src/shared/format.js';
import { commonArgTypes, expectNoOverflow, narrowColumn, rightToLeft, shadowCanvas, storyLanguage } from './shared.js';

/** The section under a heading: the list's sections are not landmarks (issue #16), so find them by heading. */
const sectionHeaded = (canvas: ReturnType<typeof within>, name: string): HTMLElement =>
  canvas.getByRole('heading', { name }).closest('section')!;

/** The "I have this" checkbox of one side effect, by its id (the same in every language). */
const markOf = (el: Element, id: string): HTMLInputElement =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`[data-id="${id}"] input[type="checkbox"]`)!;

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
  play: async (context) => {
    const { el, canvas } = await shadowCanvas(context.canvasElement, 'ldn-side-effect-list');
    const t = sideEffectListStrings[storyLanguage(context)];
    const summary = sectionHeaded(canvas, t.discussHeading);
    await expect(within(summary).getAllByRole('listitem')).toHaveLength(3);
    await expect(markOf(el, 'nausea')).toBeChecked();
  },
};

/** Every item opened with "Expand all", as it also prints. */
export const AllExpanded: Story = {
  name: 'All expanded',
  play: async (context) => {
    const { el, canvas } = await shadowCanvas(context.canvasElement, 'ldn-side-effect-list');
    const t = sideEffectListStrings[storyLanguage(context)];
    await userEvent.click(canvas.getByRole('button', { name: t.expandAll }));
    await waitFor(() => expect([...el.shadowRoot!.querySelectorAll('details')].every((d) => d.open)).toBe(true));
  },
};

/** An unknown category and an unknown id: a visible explanation, `ldn-error`, and the rest still works. */
export const InvalidAttribute: Story = {
  name: 'Invalid attributes',
  args: { category: 'skin', selected: 'nausea, itching' },
  play: async ({ canvasElement }) => {
    const { el, canvas } = await shadowCanvas(canvasElement, 'ldn-side-effect-list');
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('skin');
    await expect(alert).toHaveTextContent('itching');
    await expect(markOf(el, 'nausea')).toBeChecked();
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
  play: async (context) => {
    const { canvas } = await shadowCanvas(context.canvasElement, 'ldn-side-effect-list');
    const t = sideEffectListStrings[storyLanguage(context)];
    const commonList = () => within(sectionHeaded(canvas, t.commonHeading)).getAllByRole('listitem');
    await expect(commonList()).toHaveLength(7);

    await userEvent.click(canvas.getByRole('radio', { name: t.categorySleep }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(fill(t.count, { shown: 2, total: 7 })));
    await expect(commonList()).toHaveLength(2);
    await expect(canvas.getByRole('radio', { name: t.categorySleep })).toBeChecked();

    await userEvent.click(canvas.getByRole('radio', { name: t.categoryOther }));
    await waitFor(() => expect(commonList()).toHaveLength(3));
    await expect(sectionHeaded(canvas, t.contactHeading)).toBeVisible();
  },
};

/** In a 320 px side column: filter pills wrap, items keep their words; nothing past the element's edge. */
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  args: { selected: 'nausea, symptom-increase' },
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    const { el } = await shadowCanvas(canvasElement, 'ldn-side-effect-list');
    await waitFor(() => expect(markOf(el, 'nausea')).toBeChecked());
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expectNoOverflow(el);
  },
};

/** Right to left: the "contact your provider" items keep their heavy start border, now on the right. */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { selected: 'symptom-increase' },
  decorators: [rightToLeft],
  play: async ({ canvasElement }) => {
    const { el } = await shadowCanvas(canvasElement, 'ldn-side-effect-list');
    const item = await waitFor(() => el.shadowRoot!.querySelector('.contact-provider .effect')!);
    const style = getComputedStyle(item);
    await expect(parseFloat(style.borderRightWidth)).toBeGreaterThan(parseFloat(style.borderLeftWidth));
    await expectNoOverflow(el);
  },
};
