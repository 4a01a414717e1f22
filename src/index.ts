/**
 * ldn-widgets: registers <ldn-dose-card>, <ldn-interaction-checker> and <ldn-side-effect-list>,
 * and re-exports the element classes and the DOM-free core. The single-script build
 * (dist/ldn-widgets.js) exposes exactly these exports as `window.LdnWidgets`.
 */
import './components/dose-card/define.js';
import './components/interaction-checker/define.js';
import './components/side-effect-list/define.js';

export * from './core/index.js';
export { LdnDoseCard } from './components/dose-card/dose-card.js';
export { LdnInteractionChecker } from './components/interaction-checker/interaction-checker.js';
export { LdnSideEffectList } from './components/side-effect-list/side-effect-list.js';
export { VERSION } from './shared/version.js';
