/**
 * `a11ySnapshot` (from @web/test-runner-commands) for Playwright >= 1.57, which removed
 * `page.accessibility`. Reads Chromium's accessibility tree over CDP and returns it in the shape the
 * old snapshot had: { role, name, value?, <state>?, children? }, ignored and nameless generic nodes
 * left out (their children kept), text runs as role "text". State properties such as expanded,
 * selected, checked, focused and disabled are copied; idref properties (controls,
 * activedescendant, labelledby, describedby) become the referenced ids.
 */
const STATE_PROPERTIES = new Set([
  'autocomplete',
  'checked',
  'disabled',
  'expanded',
  'focusable',
  'focused',
  'haspopup',
  'invalid',
  'level',
  'live',
  'modal',
  'multiselectable',
  'pressed',
  'readonly',
  'required',
  'selected',
  'busy',
]);
const IDREF_PROPERTIES = new Set(['activedescendant', 'controls', 'describedby', 'labelledby', 'owns']);
const HOISTED_ROLES = new Set(['generic', 'none', 'GenericContainer', 'LineBreak', 'paragraph']);

function serialize(node, byId) {
  const children = (node.childIds ?? []).flatMap((id) => {
    const child = byId.get(id);
    return child ? serialize(child, byId) : [];
  });
  const role = node.role?.value;
  const name = node.name?.value ?? '';
  if (node.ignored || role === 'InlineTextBox') return node.ignored ? children : [];
  if (HOISTED_ROLES.has(role) && name === '') return children;
  const out = { role: role === 'StaticText' ? 'text' : role, name };
  if (node.value?.value !== undefined && node.value.value !== '') out.value = node.value.value;
  for (const property of node.properties ?? []) {
    if (STATE_PROPERTIES.has(property.name)) out[property.name] = property.value?.value;
    if (IDREF_PROPERTIES.has(property.name)) {
      const ids = (property.value?.relatedNodes ?? []).map((n) => n.idref).filter(Boolean);
      if (ids.length > 0) out[property.name] = ids.join(' ');
    }
  }
  if (children.length > 0) out.children = children;
  return [out];
}

export function a11ySnapshotCdpPlugin() {
  return {
    name: 'a11y-snapshot-cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-snapshot' || session.browser.type !== 'playwright') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        let rootBackendId;
        if (payload?.selector) {
          const { result } = await cdp.send('Runtime.evaluate', {
            expression: `document.querySelector(${JSON.stringify(payload.selector)})`,
          });
          if (!result.objectId) throw new Error(`a11ySnapshot: no element matches ${payload.selector}`);
          const { node } = await cdp.send('DOM.describeNode', {
            objectId: result.objectId,
          });
          rootBackendId = node.backendNodeId;
        }
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const root = rootBackendId === undefined ? nodes[0] : nodes.find((n) => n.backendDOMNodeId === rootBackendId);
        if (!root) return null;
        const serialized = serialize({ ...root, ignored: false }, byId);
        return serialized.length === 1 ? serialized[0] : { role: 'generic', name: '', children: serialized };
      } finally {
        await cdp.detach();
      }
    },
  };
}
