/**
 * ldn-widgets/ssr: renders pages holding the three elements to HTML on a server (Node), with
 * each element's content in a declarative shadow root, readable before and without JavaScript.
 * In the browser, load `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the
 * elements so they hydrate in place instead of rendering a second copy.
 *
 * Needs `@lit-labs/ssr` (an optional peer dependency, for this entry only).
 */
import { html as serverHtml, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import '../index.js';
import { LanguageAwareRenderer } from './language-aware-renderer.js';
import { readSafely } from '../shared/safe-value.js';

export interface RenderToStringOptions {
  /**
   * The page's language (`lang` of the page or of the section around the elements). The server
   * cannot see ancestors, so an element without its own `lang` is rendered in this one; in the
   * browser it then hydrates without a switch of language. Default: English.
   */
  lang?: string;
}

/** A template's strings from trusted markup, so Lit's server renderer parses it as a template. */
function markupAsTemplate(markup: string): ReturnType<typeof serverHtml> {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return serverHtml(strings);
}

/**
 * Renders `templateOrHtml` to a string, the elements in it with their content. A string is the
 * author's own page markup (a fragment or a whole document), trusted as HTML: never pass text
 * from readers or other untrusted sources. A Lit template renders as a hydratable template.
 */
export async function renderToString(templateOrHtml: unknown, options: RenderToStringOptions = {}): Promise<string> {
  const value = typeof templateOrHtml === 'string' ? markupAsTemplate(templateOrHtml) : templateOrHtml;
  // Options from JavaScript may be anything (null, a number): a language is read only from an object.
  const lang = typeof options === 'object' && options !== null ? readSafely(() => options.lang, undefined) : undefined;
  const pageLanguage = typeof lang === 'string' ? lang : undefined;
  return collectResult(render(value, { elementRenderers: [LanguageAwareRenderer.forPage(pageLanguage)] }));
}

export { RENDERED_LANGUAGE_ATTRIBUTE } from '../shared/language.js';
