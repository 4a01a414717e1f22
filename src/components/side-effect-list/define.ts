import { defineElement } from '../../shared/define.js';
import { LdnSideEffectList } from './side-effect-list.js';

defineElement('ldn-side-effect-list', LdnSideEffectList);

declare global {
  interface HTMLElementTagNameMap {
    'ldn-side-effect-list': LdnSideEffectList;
  }
}

export { LdnSideEffectList };
export type { LdnSideEffectToggleDetail, LdnSideEffectToggleEvent } from './events.js';
// Re-exported so the entry's .d.ts loads the GlobalEventHandlersEventMap entries with it.
export type { LdnErrorDetail, LdnErrorEvent } from '../../shared/events.js';
