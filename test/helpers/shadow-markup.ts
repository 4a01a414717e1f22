/**
 * What the DOM-comparison properties share: mounting an element with attributes, changing them
 * as a page would, and its shadow DOM as comparable markup.
 */

export type UpdatingElement = HTMLElement & { updateComplete: Promise<unknown> };

/** A new `tag` with `attrs`, in the page, after its first render. */
export async function mount<T extends UpdatingElement = UpdatingElement>(
  tag: string,
  attrs: Record<string, string>,
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Gives `el` exactly `attrs`: the others removed, these set; then waits for the render. */
export async function setAttributes(el: UpdatingElement, attrs: Record<string, string>): Promise<void> {
  for (const { name } of [...el.attributes]) if (!(name in attrs)) el.removeAttribute(name);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await el.updateComplete;
}

/**
 * The shadow DOM as markup, without Lit's markers (their numbers differ) or blob URLs (each
 * calendar file has its own), and with every element's attributes in name order (a boolean
 * attribute Lit adds on a later render comes last, which is no difference).
 */
export function shadowMarkup(el: Element): string {
  const container = document.createElement('div');
  for (const child of el.shadowRoot!.childNodes) container.append(child.cloneNode(true));
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_ELEMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node instanceof Comment) comments.push(node);
    else if (node instanceof Element) {
      const sorted = [...node.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : 1));
      for (const [name] of sorted) node.removeAttribute(name);
      for (const [name, value] of sorted) node.setAttribute(name, value);
    }
  }
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  return container.innerHTML.replace(/blob:[^"]*/g, 'blob:');
}
