import type { ValidationIssue } from '../core/errors.js';

/**
 * Sends a CustomEvent that bubbles and crosses shadow roots, so a portal can listen on any
 * ancestor. Every event of the library goes through here.
 */
export function emit<T>(target: EventTarget, name: string, detail: T): CustomEvent<T> {
  // Frozen, so one listener cannot change what the next one (or the portal) is told.
  const event = new CustomEvent<T>(name, {
    bubbles: true,
    composed: true,
    cancelable: false,
    detail: Object.freeze(detail),
  });
  target.dispatchEvent(event);
  return event;
}

/** `ldn-error`: bad input from the page or the person, or data that could not be checked. */
export interface LdnErrorDetail {
  /** zod issues; `path[0]` is the property, `attribute` the HTML attribute when there is one. */
  issues: readonly ValidationIssue[];
  /** Where it went wrong: an attribute's name, `knowledgeBase`, `internal`… */
  source: string;
}
export type LdnErrorEvent = CustomEvent<LdnErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ldn-error': LdnErrorEvent;
  }
}
