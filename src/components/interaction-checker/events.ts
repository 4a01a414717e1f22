import type { ConditionId } from '../../core/schemas/condition.js';
import type { Finding } from '../../core/schemas/interaction.js';

/**
 * `ldn-interactions-change`: the checker's state changed (by content, not every render). It
 * carries the whole current state, so a framework can mirror it (controlled use) or ignore it.
 */
export interface LdnInteractionsChangeDetail {
  /** One finding per medication and condition, most serious first. */
  findings: readonly Finding[];
  /** The medicines on the list now, as entered (the page's and the person's). */
  medications: readonly string[];
  /** The known condition ids ticked now. */
  conditions: readonly ConditionId[];
}
export type LdnInteractionsChangeEvent = CustomEvent<LdnInteractionsChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ldn-interactions-change': LdnInteractionsChangeEvent;
  }
}
