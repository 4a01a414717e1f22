import { defineElement } from '../../shared/define.js';
import { LdnInteractionChecker } from './interaction-checker.js';

defineElement('ldn-interaction-checker', LdnInteractionChecker);

declare global {
  interface HTMLElementTagNameMap {
    'ldn-interaction-checker': LdnInteractionChecker;
  }
}

export { LdnInteractionChecker };
// Re-exported so the entry's .d.ts loads the GlobalEventHandlersEventMap entries with it.
export type { LdnInteractionsChangeDetail, LdnInteractionsChangeEvent } from './events.js';
export type { LdnErrorDetail, LdnErrorEvent } from '../../shared/events.js';
