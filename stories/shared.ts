import type { ArgTypes } from '@storybook/web-components-vite';
import { within } from 'storybook/test';

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

/** The element `tag` in the story and its shadow root, queried like a canvas. */
export function shadowCanvas(canvasElement: HTMLElement, tag: string) {
  const el = canvasElement.querySelector(tag)!;
  return { el, canvas: within(el.shadowRoot as unknown as HTMLElement) };
}
