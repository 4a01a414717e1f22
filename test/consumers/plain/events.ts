// README: "Plain HTML and events" — the snippet there is this file's code.
// #region plain-events
import 'ldn-widgets';

const checker = document.querySelector('ldn-interaction-checker')!;
checker.medications = ['Ultram', 'Rebif'];
checker.addEventListener('ldn-interactions-change', (event) => console.log(event.detail.findings));
checker.addEventListener('ldn-error', (event) => console.warn(event.detail.issues));
// #endregion plain-events

// The event map is reached from each element's own entry too.
import type { LdnSideEffectList } from 'ldn-widgets/side-effect-list.js';
import { checkInteractions, type Finding } from 'ldn-widgets/core';

export function listen(list: LdnSideEffectList): void {
  list.addEventListener('ldn-side-effect-toggle', (event) => console.log(event.detail.selectedIds.join(', ')));
}
export const findings: Finding[] = checkInteractions({ medications: ['Vicodin'] });
// @ts-expect-error zod schemas are not part of the public API
export { KnowledgeBaseSchema } from 'ldn-widgets/core';
