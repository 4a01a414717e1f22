import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, within } from 'storybook/test';

/**
 * What the three elements' stories share: the controls for the attributes every element has,
 * and a Testing Library canvas inside an element's shadow root (queries do not pierce it).
 */
export const commonArgTypes: ArgTypes = {
  headingLevel: {
    name: 'heading-level',
    control: { type: 'number', min: 1, max: 6 },
    description: "Level of the element's heading.",
    table: { defaultValue: { summary: '2' } },
  },
  lang: { control: 'inline-radio', options: ['en', 'es'], description: 'Language (else the closest ancestor’s).' },
  theme: {
    control: 'inline-radio',
    options: ['auto', 'light', 'dark'],
    table: { defaultValue: { summary: 'auto' } },
  },
};

/**
 * The element `tag` in the story and its shadow root, queried like a canvas, once its first render
 * is done (each element's first render waits for a task of its own: src/shared/first-render-queue.ts).
 */
export async function shadowCanvas(canvasElement: HTMLElement, tag: string) {
  const el = canvasElement.querySelector(tag)!;
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  return { el, canvas: within(el.shadowRoot as unknown as HTMLElement) };
}

/**
 * The language a story's element renders in: its own `lang` arg, else the toolbar's (the story
 * frame's `lang`). Play functions look text up in the element's strings for that language, so they
 * pass in English and in Spanish (the test run does both, see vitest.config.ts).
 */
export function storyLanguage(context: { args: { lang?: string }; globals: Record<string, unknown> }): 'en' | 'es' {
  return (context.args.lang ?? context.globals['lang']) === 'es' ? 'es' : 'en';
}

/** A story in a 320 px column, as in a portal's side column (preview.css sizes `.story-narrow`). */
export const narrowColumn: Decorator = (story) => html`<div class="story-narrow">${story()}</div>`;

/** A story on a right-to-left page. */
export const rightToLeft: Decorator = (story) => html`<div dir="rtl">${story()}</div>`;

/** Nothing in the element's shadow root reaches past its box (scroll regions excepted: they scroll on purpose). */
export async function expectNoOverflow(el: Element): Promise<void> {
  const host = el.getBoundingClientRect();
  const outside = [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => !node.closest('.table-scroll, .visually-hidden, [hidden]'))
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.left < host.left - 1 || box.right > host.right + 1);
    })
    .map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}`);
  await expect(outside).toEqual([]);
}
