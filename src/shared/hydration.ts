/**
 * True when `host` arrived with a server-rendered (declarative) shadow root that has not been
 * hydrated yet. Call before the first update: a client-rendered element's root then holds at
 * most its styles, a server-rendered one holds the server's HTML.
 */
export function wasServerRendered(host: HTMLElement): boolean {
  const nodes = host.shadowRoot?.childNodes ?? [];
  return Array.prototype.some.call(nodes, (node: Node) => node.nodeName !== 'STYLE');
}
