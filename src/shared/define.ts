import { VERSION } from './version.js';

/** Elements registered by this library carry the version that defined them. */
interface VersionedConstructor extends CustomElementConstructor {
  readonly ldnVersion?: string;
}

/**
 * Registers a custom element unless the tag is taken. Loading the script twice, or two copies of
 * the library, must never throw into the host page: the same version is silently reused, another
 * version gets one console warning naming both, and the first registration wins.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // Node or a non-browser host: nothing to register.
  const existing = registry.get(tagName) as VersionedConstructor | undefined;
  if (existing) {
    if (existing === constructor || existing.ldnVersion === VERSION) return;
    console.warn(
      `<${tagName}> is already defined by ldn-widgets ${existing.ldnVersion ?? '(unknown version)'}; ` +
        `this copy (${VERSION}) was not registered. Load only one copy of ldn-widgets per page.`,
    );
    return;
  }
  registry.define(tagName, constructor);
}
