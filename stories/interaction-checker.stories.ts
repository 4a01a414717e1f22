import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/components/interaction-checker/define.js';
import { interactionCheckerStrings } from '../src/components/interaction-checker/interaction-checker.strings.js';
import { fill } from '../src/shared/format.js';
import { commonArgTypes, expectNoOverflow, narrowColumn, rightToLeft, shadowCanvas, storyLanguage } from './shared.js';

interface InteractionCheckerArgs {
  medications?: string;
  conditions?: string;
  headingLevel?: number;
  lang?: string;
  theme?: string;
}

/** `data-severity` of each finding, in the order shown. */
function severities(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.finding')].map((li) => li.dataset.severity ?? '');
}

const meta: Meta<InteractionCheckerArgs> = {
  title: 'Elements/<ldn-interaction-checker>',
  component: 'ldn-interaction-checker',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Checks the medicines a person takes, and liver disease, pregnancy or breastfeeding, against low-dose naltrexone (I1–I5). An accessible combobox suggests brand and generic names; anything not in the list is added anyway and marked "Unknown — not checked", never "no known conflict". Each finding shows its severity in words and with an icon, a plain explanation, what to do and its source.',
      },
    },
  },
  argTypes: {
    medications: {
      control: 'text',
      description: 'Comma-separated medicine names, brand or generic ("Vicodin, Avonex").',
    },
    conditions: {
      control: 'text',
      description: 'Comma-separated condition ids: liver-disease, pregnancy, breastfeeding.',
    },
    ...commonArgTypes,
  },
  args: { headingLevel: 2 },
  render: (args): TemplateResult =>
    html`<ldn-interaction-checker
      medications=${ifDefined(args.medications)}
      conditions=${ifDefined(args.conditions)}
      heading-level=${ifDefined(args.headingLevel)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    ></ldn-interaction-checker>`,
};
export default meta;

type Story = StoryObj<InteractionCheckerArgs>;

/** Nothing entered yet: guidance, never "no interactions found". The play function adds a medicine by keyboard. */
export const Empty: Story = {
  name: 'Empty (keyboard flow)',
  play: async (context) => {
    const { el, canvas } = await shadowCanvas(context.canvasElement, 'ldn-interaction-checker');
    const t = interactionCheckerStrings[storyLanguage(context)];
    await expect(el.shadowRoot!.querySelector('[part="summary"]')).toHaveTextContent(t.guidance);
    const field = canvas.getByRole('combobox', { name: t.inputLabel });
    await userEvent.click(field);
    await userEvent.keyboard('vicod');
    await waitFor(() => expect(field.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard('{ArrowDown}');
    await expect(field.getAttribute('aria-activedescendant')).toBe('medication-option-0');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(severities(el)).toEqual(['avoid']));
    await expect(canvas.getByRole('button', { name: fill(t.removeMedicine, { name: 'Vicodin' }) })).toBeTruthy();
    await userEvent.keyboard('{Backspace}');
    await waitFor(() => expect(severities(el)).toEqual([]));
  },
};

/** I3: an opioid (the article's example, OxyContin, and another member of the class). */
export const Avoid: Story = {
  name: 'Severity: avoid (opioids)',
  args: { medications: 'OxyContin, Percocet' },
  play: async ({ canvasElement }) => {
    const { el } = await shadowCanvas(canvasElement, 'ldn-interaction-checker');
    await waitFor(() => expect(severities(el)).toEqual(['avoid', 'avoid']));
  },
};

/** I1: interferon beta medicines, including Plegridy, which the article does not name. */
export const Caution: Story = {
  name: 'Severity: caution (interferons)',
  args: { medications: 'Avonex, Plegridy' },
};

/** I2: glatiramer acetate (Copaxone, and the Glatopa generic): the only "no known conflict". */
export const Compatible: Story = {
  name: 'Severity: no known conflict (glatiramer)',
  args: { medications: 'Copaxone' },
};

/** A medicine the checker does not know: "Unknown — not checked", with "ask your pharmacist". */
export const UnknownMedication: Story = {
  name: 'Severity: unknown medicine',
  args: { medications: 'Zzyzx tablets' },
  play: async (context) => {
    const { el, canvas } = await shadowCanvas(context.canvasElement, 'ldn-interaction-checker');
    const t = interactionCheckerStrings[storyLanguage(context)];
    await waitFor(() => expect(severities(el)).toEqual(['unknown']));
    await expect(canvas.getByText(t.notRecognised, { exact: false })).toBeTruthy();
  },
};

/** Every severity at once, in the order avoid → caution → unknown → compatible. */
export const Mixed: Story = {
  args: { medications: 'Glatopa, Vicodin, Betaseron, my herbal tea', conditions: 'pregnancy' },
  play: async ({ canvasElement }) => {
    const { el } = await shadowCanvas(canvasElement, 'ldn-interaction-checker');
    await waitFor(() => expect(severities(el)).toEqual(['avoid', 'caution', 'caution', 'unknown', 'compatible']));
  },
};

/** I4 and I5: liver disease (avoid), pregnancy and breastfeeding (caution). */
export const Conditions: Story = {
  args: { conditions: 'liver-disease, pregnancy, breastfeeding' },
};

/** Many medicines and every condition: the layout wraps and the summary counts them. */
export const LongList: Story = {
  name: 'Long list',
  args: {
    medications:
      'OxyContin, Roxicodone, Norco, Ultram, Tylenol with Codeine, Avonex, Rebif, Betaseron, Extavia, Plegridy, Copaxone, Glatopa, metformin, vitamin D, baclofen, gabapentin, tizanidine, modafinil',
    conditions: 'liver-disease, pregnancy, breastfeeding',
  },
};

/** An unknown condition id: a visible explanation naming the attribute, the valid id still checked. */
export const InvalidAttribute: Story = {
  name: 'Invalid attribute',
  args: { medications: 'Avonex', conditions: 'liver-disease, kidney-disease' },
  play: async ({ canvasElement }) => {
    const { el, canvas } = await shadowCanvas(canvasElement, 'ldn-interaction-checker');
    await expect(canvas.getByRole('alert').textContent).toContain('kidney-disease');
    await waitFor(() => expect(severities(el)).toEqual(['avoid', 'caution']));
  },
};

export const Spanish: Story = {
  name: 'Spanish',
  args: { lang: 'es', medications: 'Vicodin, Copaxone, té de hierbas', conditions: 'breastfeeding' },
};

export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', medications: 'Glatopa, Vicodin, Betaseron, my herbal tea' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** A portal fills the list from the patient's FHIR record: each medicine is marked as coming from it. */
export const FromHealthRecord: Story = {
  name: 'From a FHIR record',
  render: (args): TemplateResult =>
    html`<ldn-interaction-checker
      heading-level=${ifDefined(args.headingLevel)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      .fhir=${{
        resourceType: 'Bundle',
        entry: [
          {
            resource: {
              resourceType: 'MedicationStatement',
              status: 'active',
              medicationCodeableConcept: {
                coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '10689', display: 'tramadol' }],
              },
            },
          },
          {
            resource: {
              resourceType: 'MedicationStatement',
              status: 'active',
              medicationCodeableConcept: { text: 'Copaxone 20 mg/mL' },
            },
          },
          {
            resource: {
              resourceType: 'MedicationStatement',
              status: 'stopped',
              medicationCodeableConcept: { text: 'Vicodin' },
            },
          },
        ],
      }}
    ></ldn-interaction-checker>`,
  play: async (context) => {
    const el = context.canvasElement.querySelector('ldn-interaction-checker')!;
    const canvas = within(el.shadowRoot as unknown as HTMLElement);
    const t = interactionCheckerStrings[storyLanguage(context)];
    await waitFor(() => expect(canvas.getAllByText(t.fromRecord, { exact: false })).toHaveLength(2));
    const severities = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.finding[data-severity]')].map(
      (finding) => finding.dataset.severity,
    );
    await expect(severities).toEqual(['avoid', 'compatible']);
  },
};

/** In a 320 px side column: chips, findings and their headings wrap; nothing past the element's edge. */
export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  args: { medications: 'Vicodin, Avonex, Copaxone, Mystery tonic', conditions: 'pregnancy' },
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    const { el } = await shadowCanvas(canvasElement, 'ldn-interaction-checker');
    await waitFor(() => expect(severities(el)[0]).toBe('avoid'));
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expectNoOverflow(el);
  },
};

/** Right to left: the findings' start border and the chips' remove buttons mirror. */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: { medications: 'Vicodin, Copaxone' },
  decorators: [rightToLeft],
  play: async ({ canvasElement }) => {
    const { el } = await shadowCanvas(canvasElement, 'ldn-interaction-checker');
    await waitFor(() => expect(severities(el)).toEqual(['avoid', 'compatible']));
    const avoid = el.shadowRoot!.querySelector('.finding[data-severity="avoid"]')!;
    const style = getComputedStyle(avoid);
    // The heavy border is the start one: on the right in a right-to-left page.
    await expect(parseFloat(style.borderRightWidth)).toBeGreaterThan(parseFloat(style.borderLeftWidth));
    await expectNoOverflow(el);
  },
};
