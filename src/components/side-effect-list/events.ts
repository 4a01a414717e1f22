/** `ldn-side-effect-toggle`: a person marked or unmarked a side effect as one they notice. */
export interface LdnSideEffectToggleDetail {
  /** The side effect's id (`nausea`, `vivid-dreams`…). */
  id: string;
  /** Whether it is marked now. */
  selected: boolean;
  /** Every side effect marked now, known ids only, in the list's order: the whole current selection. */
  selectedIds: string[];
}
export type LdnSideEffectToggleEvent = CustomEvent<LdnSideEffectToggleDetail>;

export const SIDE_EFFECT_TOGGLE = 'ldn-side-effect-toggle';

declare global {
  interface GlobalEventHandlersEventMap {
    'ldn-side-effect-toggle': LdnSideEffectToggleEvent;
  }
}
