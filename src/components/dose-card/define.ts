import { defineElement } from '../../shared/define.js';
import { LdnDoseCard } from './dose-card.js';

defineElement('ldn-dose-card', LdnDoseCard);

declare global {
  interface HTMLElementTagNameMap {
    'ldn-dose-card': LdnDoseCard;
  }
}

export { LdnDoseCard };
export type { LdnScheduleChangeDetail, LdnScheduleChangeEvent } from './events.js';
// Re-exported so the entry's .d.ts loads the GlobalEventHandlersEventMap entries with it.
export type { LdnErrorDetail, LdnErrorEvent } from '../../shared/events.js';
