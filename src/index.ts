/**
 * ldn-widgets: registers <ldn-dose-card>, <ldn-interaction-checker> and <ldn-side-effect-list>,
 * and re-exports the element classes, their event types and the DOM-free core. The single-script
 * build (dist/ldn-widgets.js) exposes exactly these values as `window.LdnWidgets`. The surface is
 * recorded in api/ldn-widgets.api.md, checked by `npm test`.
 */
import './components/dose-card/define.js';
import './components/interaction-checker/define.js';
import './components/side-effect-list/define.js';

export * from './core/index.js';
export { LdnDoseCard } from './components/dose-card/dose-card.js';
export { LdnInteractionChecker } from './components/interaction-checker/interaction-checker.js';
export { LdnSideEffectList } from './components/side-effect-list/side-effect-list.js';
export type { LdnScheduleChangeDetail, LdnScheduleChangeEvent } from './components/dose-card/events.js';
export type {
  LdnInteractionsChangeDetail,
  LdnInteractionsChangeEvent,
} from './components/interaction-checker/events.js';
export type { LdnSideEffectToggleDetail, LdnSideEffectToggleEvent } from './components/side-effect-list/events.js';
export type { LdnErrorDetail, LdnErrorEvent } from './shared/events.js';
export { VERSION } from './shared/version.js';
