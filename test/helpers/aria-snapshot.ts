import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The accessibility tree of the first element matching `selector` (piercing open shadow roots),
 * as Playwright's ARIA snapshot, e.g. `- combobox "Medicine name" [expanded]`. Served by the
 * `aria-snapshot` command in web-test-runner.config.mjs.
 */
export function ariaSnapshot(selector: string): Promise<string> {
  return executeServerCommand<string, { selector: string }>('aria-snapshot', { selector });
}
