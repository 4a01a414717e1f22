import { defineElement } from '../../shared/define.js';
import { LdnInteractionChecker } from './interaction-checker.js';

defineElement('ldn-interaction-checker', LdnInteractionChecker);

declare global {
  interface HTMLElementTagNameMap {
    'ldn-interaction-checker': LdnInteractionChecker;
  }
}

export { LdnInteractionChecker };
