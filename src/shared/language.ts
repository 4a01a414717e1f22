import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGUAGES, type Language } from '../core/schemas/common.js';

/**
 * Picks the language for an element: its own `lang`, else the closest ancestor's (crossing
 * shadow roots), else the document's. Region subtags are ignored (`es-MX` → `es`); anything we
 * do not speak falls back to English.
 */
export function resolveLanguage(element: Element): Language {
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

type LanguageHost = ReactiveControllerHost & HTMLElement;

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
  constructor(private readonly host: LanguageHost) {
    host.addController(this);
  }

  get language(): Language {
    return resolveLanguage(this.host);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchDocument();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
