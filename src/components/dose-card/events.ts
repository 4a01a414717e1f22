import type { TitrationSchedule } from '../../core/titration.js';

/**
 * `ldn-schedule-change`: sent after the first render and whenever the schedule changes.
 * `schedule` is `null` while the inputs are invalid (the card then shows no schedule), so a
 * portal mirroring it never keeps a stale one.
 */
export interface LdnScheduleChangeDetail {
  schedule: TitrationSchedule | null;
}
export type LdnScheduleChangeEvent = CustomEvent<LdnScheduleChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'ldn-schedule-change': LdnScheduleChangeEvent;
  }
}
