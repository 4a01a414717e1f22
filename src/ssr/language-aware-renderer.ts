import { LitElementRenderer } from '@lit-labs/ssr';
import { RENDERED_LANGUAGE_ATTRIBUTE, resolveLanguage, setServerPageLanguage } from '../shared/language.js';

/** Our elements carry `ldnVersion` on their class (see `defineElement`). */
function isLdnElement(element: HTMLElement | undefined): element is HTMLElement {
  return element !== undefined && 'ldnVersion' in element.constructor;
}

/**
 * Lit's element renderer, told the page's language: an element without its own `lang` renders
 * in it, and notes it on the host so the browser hydrates in the same language.
 */
export class LanguageAwareRenderer extends LitElementRenderer {
  protected static pageLanguage: string | undefined;

  /** A renderer class for one render call (render calls may run at the same time). */
  static forPage(lang: string | undefined): typeof LanguageAwareRenderer {
    return class extends LanguageAwareRenderer {
      protected static override pageLanguage = lang;
    };
  }

  override connectedCallback(): void {
    const element = this.element;
    const lang = (this.constructor as typeof LanguageAwareRenderer).pageLanguage;
    if (isLdnElement(element) && lang && !element.getAttribute('lang')) {
      setServerPageLanguage(element, lang);
      element.setAttribute(RENDERED_LANGUAGE_ATTRIBUTE, resolveLanguage(element));
    }
    super.connectedCallback();
  }
}
