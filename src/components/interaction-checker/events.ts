import type { Finding } from '../../core/schemas/interaction.js';

/** `ldn-interactions-change`: the findings changed (content, not every render). */
export interface InteractionsChangeDetail {
  /** One finding per medication and condition, most serious first. */
  findings: readonly Finding[];
}
export type InteractionsChangeEvent = CustomEvent<InteractionsChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ldn-interactions-change': InteractionsChangeEvent;
  }
}
