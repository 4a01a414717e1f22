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
