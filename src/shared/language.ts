import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { LANGUAGES, type Language } from '../core/schemas/common.js';
import { wasServerRendered } from './hydration.js';

/**
 * Set by a server renderer on the host to the language it rendered in, when that was not the
 * element's own `lang` (see `ldn-widgets/ssr`). The browser hydrates in that language first, so
 * the server's text and the first client render agree.
 */
export const RENDERED_LANGUAGE_ATTRIBUTE = 'data-ldn-rendered-lang';

// On the server there are no ancestors to read: the renderer may give a page language per element.
const serverPageLanguages = new WeakMap<Element, Language>();

/** Server renderers only: the page's language for `element`, used when it has no `lang` of its own. */
export function setServerPageLanguage(element: Element, tag: string | null | undefined): void {
  if (tag) serverPageLanguages.set(element, toSupportedLanguage(tag));
}

/**
 * Picks the language for an element: its own `lang`, else the closest ancestor's (crossing
 * shadow roots), else the document's. Region subtags are ignored (`es-MX` → `es`); anything we
 * do not speak falls back to English. On the server only the element's own `lang` and the page
 * language given to the renderer are known: there is no document and no ancestor.
 */
export function resolveLanguage(element: Element): Language {
  if (isServer) {
    const own = element.getAttribute('lang');
    return own ? toSupportedLanguage(own) : (serverPageLanguages.get(element) ?? 'en');
  }
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return toSupportedLanguage(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return toSupportedLanguage(document.documentElement.lang);
}

export function toSupportedLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** The language server HTML was written in: what the renderer noted, else what it could see. */
function serverRenderedLanguage(element: Element): Language {
  return toSupportedLanguage(element.getAttribute(RENDERED_LANGUAGE_ATTRIBUTE) ?? element.getAttribute('lang'));
}

type LanguageHost = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

// One observer for the whole document: a `lang` change anywhere re-renders connected elements,
// so switching the page language (or an element's own `lang`) updates every widget live.
const hosts = new Set<LanguageHost>();
let observer: MutationObserver | undefined;

function watchDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Keeps `language` current for its host element. */
export class LanguageController implements ReactiveController {
  /** While hydrating server HTML: the language it was rendered in. */
  private hydratingIn: Language | undefined;

  /**
   * The language resolved once when an update starts: a render reads `language` dozens of times
   * (every string, every knowledge-base text), and each read would walk the ancestors again.
   */
  private inUpdate: Language | undefined;

  /** The language of the last render, to notice a move to a part of the page in another language. */
  private rendered: Language | undefined;

  constructor(private readonly host: LanguageHost) {
    host.addController(this);
  }

  get language(): Language {
    return this.hydratingIn ?? this.inUpdate ?? resolveLanguage(this.host);
  }

  hostUpdate(): void {
    this.inUpdate = undefined;
    this.inUpdate = this.language;
    this.rendered = this.inUpdate;
  }

  /** Outside an update the language is read live again (also called when an update failed). */
  updateEnded(): void {
    this.inUpdate = undefined;
  }

  hostConnected(): void {
    if (isServer) return;
    // Hydration must see the server's text, else Lit keeps the server's words under new values.
    if (!this.host.hasUpdated && wasServerRendered(this.host)) {
      this.hydratingIn = serverRenderedLanguage(this.host);
    }
    hosts.add(this.host);
    watchDocument();
    // Moved (or put back) under an ancestor with another `lang`: no attribute changed, so no
    // observer says so; render again in the language of the new place.
    if (this.host.hasUpdated && this.rendered !== undefined && resolveLanguage(this.host) !== this.rendered) {
      this.host.requestUpdate();
    }
  }

  hostUpdated(): void {
    this.inUpdate = undefined;
    const rendered = this.hydratingIn;
    if (rendered === undefined) return;
    this.hydratingIn = undefined;
    // The page's language was not visible to the server: render once more, after this update.
    if (resolveLanguage(this.host) !== rendered) void this.host.updateComplete.then(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
