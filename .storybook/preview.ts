/// <reference types="vite/client" />
import { parameters as manifestParameters } from '@storybook/web-components/entry-preview-argtypes';
import {
  setCustomElementsManifest,
  type ArgTypes,
  type Decorator,
  type Parameters,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import './preview.css';

/**
 * Controls and autodocs come from the Custom Elements Manifest, generated from the elements'
 * JSDoc by `cem analyze` (the storybook, build-storybook and test:stories scripts run it first).
 * Loaded through a glob so a missing manifest degrades to "no controls" instead of a blank Storybook.
 */
const manifests = import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) {
  setCustomElementsManifest(manifest);
} else {
  console.warn('custom-elements.json is missing: run `npm run analyze` for controls and API docs.');
}

interface ManifestAttribute {
  name: string;
  fieldName?: string;
}
type ArgTypesExtractor = (component: unknown) => ArgTypes | null;
const extractFromManifest = (manifestParameters as Parameters)['docs'].extractArgTypes as ArgTypesExtractor;

/** The manifest's attributes of one element (for the one-row-per-attribute table below). */
function attributesOf(tagName: string): ManifestAttribute[] {
  const modules = (
    manifest as { modules?: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] }
  )?.modules;
  for (const module of modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return declaration.attributes ?? [];
    }
  }
  return [];
}

/**
 * Storybook lists an attribute twice: once under "properties" (keyed by the property, `startDose`)
 * and once under "attributes" (keyed `start-dose`). The stories' controls are keyed by property,
 * so the property row stays, named and filed as the attribute, and the duplicate goes.
 */
function extractArgTypes(component: unknown): ArgTypes | null {
  const argTypes = extractFromManifest(component);
  if (!argTypes || typeof component !== 'string') return argTypes;
  for (const attribute of attributesOf(component)) {
    const property = attribute.fieldName;
    if (!property || property === attribute.name || !argTypes[property]) continue;
    const fromAttribute = argTypes[attribute.name];
    argTypes[property] = {
      ...argTypes[property],
      name: attribute.name,
      description: argTypes[property].description ?? fromAttribute?.description,
      table: { ...argTypes[property].table, category: 'attributes' },
    };
    delete argTypes[attribute.name];
  }
  return argTypes;
}

type ThemeGlobal = 'light' | 'dark' | 'high-contrast';
type TextSizeGlobal = '100' | '150' | '200';

/** The `theme` attribute each toolbar theme puts on the elements (high contrast builds on dark). */
const ELEMENT_THEME: Record<ThemeGlobal, 'light' | 'dark'> = {
  light: 'light',
  dark: 'dark',
  'high-contrast': 'dark',
};

/**
 * <story-frame theme="…"> wraps every story and sets `theme` on each ldn-* element inside it,
 * including elements a story adds or re-renders later. A theme the story sets itself (anything
 * but the default `auto`) is left alone, so a "dark theme" story stays dark.
 */
class StoryFrame extends HTMLElement {
  static observedAttributes = ['theme'];
  private readonly themedByFrame = new WeakSet<Element>();
  private readonly observer = new MutationObserver(() => this.applyTheme());

  connectedCallback(): void {
    this.applyTheme();
    this.observer.observe(this, { childList: true, subtree: true });
  }

  disconnectedCallback(): void {
    this.observer.disconnect();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.applyTheme();
  }

  private applyTheme(): void {
    const theme = ELEMENT_THEME[(this.getAttribute('theme') ?? 'light') as ThemeGlobal] ?? 'light';
    for (const element of this.querySelectorAll('*')) {
      if (!element.localName.startsWith('ldn-')) continue;
      const current = element.getAttribute('theme');
      const storyChoseTheme = current !== null && current !== 'auto' && !this.themedByFrame.has(element);
      if (storyChoseTheme || current === theme) continue;
      this.themedByFrame.add(element);
      element.setAttribute('theme', theme);
    }
  }
}
if (!customElements.get('story-frame')) customElements.define('story-frame', StoryFrame);

/**
 * Applies the toolbar's language, theme and text size to every story: `lang` on the wrapper
 * (the elements read the closest ancestor's), `theme` on the elements, and classes that
 * preview.css turns into a larger root font size or the high-contrast tokens. No inline styles.
 */
const withToolbarGlobals: Decorator = (story, context) => {
  const lang = context.globals['lang'] === 'es' ? 'es' : 'en';
  const theme = (context.globals['theme'] ?? 'light') as ThemeGlobal;
  const textSize = (context.globals['textSize'] ?? '100') as TextSizeGlobal;
  const classes = {
    'ldn-story': true,
    [`ldn-story--${theme}`]: true,
    [`ldn-story--text-${textSize}`]: true,
  };
  return html`<story-frame class=${classMap(classes)} lang=${lang} theme=${theme}>${story()}</story-frame>`;
};

const preview: Preview = {
  decorators: [withToolbarGlobals],
  globalTypes: {
    lang: {
      description: 'Language of the elements (lang attribute on a wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
      },
    },
    theme: {
      description: 'Colour theme of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'high-contrast', title: 'High contrast', icon: 'contrast' },
        ],
      },
    },
    textSize: {
      description: 'Text size, as a reader setting a larger default font size',
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        dynamicTitle: true,
        items: [
          { value: '100', title: 'Text 100%' },
          { value: '150', title: 'Text 150%' },
          { value: '200', title: 'Text 200%' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light', textSize: '100' },
  parameters: {
    // Accessibility violations fail the story's test (and show in the a11y panel).
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true, extractArgTypes },
    options: { storySort: { order: ['Introduction', 'Design tokens', 'Elements'] } },
  },
};

export default preview;
