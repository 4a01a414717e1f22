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
