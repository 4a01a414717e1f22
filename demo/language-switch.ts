/**
 * The demo pages' English/Spanish switch. It sets `lang` on <html>: the widgets follow the closest
 * ancestor's `lang` and re-render live, and demo.css shows the page's own text in that language.
 * `?lang=es` in the address opens the page in Spanish. No storage: nothing is remembered.
 */
export type PageLanguage = 'en' | 'es';

/** Wires every `[data-set-lang]` button; `titles` gives the document title per language. */
export function setUpLanguageSwitch(titles: Record<PageLanguage, string>): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-set-lang]')];

  const apply = (lang: PageLanguage): void => {
    document.documentElement.lang = lang;
    document.title = titles[lang];
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['setLang'] === lang));
  };

  for (const button of buttons) {
    button.addEventListener('click', () => apply(button.dataset['setLang'] === 'es' ? 'es' : 'en'));
  }

  const requested = new URLSearchParams(location.search).get('lang');
  apply(requested === 'es' ? 'es' : 'en');
}
