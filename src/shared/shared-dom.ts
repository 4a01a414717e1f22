import { noChange, render } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

/**
 * Content that is the same in every instance for one knowledge base, language and heading level
 * (the statement sections, the attribution, the default schedule) is built by Lit once and then
 * copied with one `cloneNode` per instance, instead of Lit creating it part by part 100 times.
 * The copy is the DOM Lit renders, markers included. It holds no event listeners, property
 * bindings or state, so only such content goes through here.
 */

/** One piece of shared content: how to build it, and the DOM it was built into once. */
interface Entry {
  readonly template: () => unknown;
  built?: DocumentFragment;
}

// The core's knowledge bases are frozen, so entries per base and key stay valid. Keys that vary
// with a page's input (a schedule) are bounded: past the limit the base's entries start over.
// (Two elements in two languages at one heading level hold about 50.)
const MAX_ENTRIES = 256;
const entries = new WeakMap<object, Map<string, Entry>>();

function entryFor(base: object, key: string, template: () => unknown): Entry {
  let byKey = entries.get(base);
  if (!byKey) entries.set(base, (byKey = new Map()));
  let entry = byKey.get(key);
  if (!entry) {
    if (byKey.size >= MAX_ENTRIES) byKey.clear();
    byKey.set(key, (entry = { template }));
  }
  return entry;
}

function built(entry: Entry): DocumentFragment {
  if (!entry.built) {
    const fragment = document.createDocumentFragment();
    render(entry.template(), fragment);
    // `render` starts with a marker of its own that an inline part does not have: drop it, so the copy is the same DOM.
    fragment.firstChild?.remove();
    // A template that ends in a binding ends in an empty `<?>` marker, which the inline part had not.
    const last = fragment.lastChild;
    if (last instanceof Comment && last.data === '?') last.remove();
    entry.built = fragment;
  }
  return entry.built;
}

class SharedContent extends Directive {
  private shown: Entry | undefined;

  // Server rendering (and the first client render while hydrating) calls this: the template itself.
  render(entry: Entry): unknown {
    return entry.template();
  }

  override update(_part: ChildPart, [entry]: [Entry]): unknown {
    // Re-renders with the same content keep the DOM in place (focus, selection).
    if (entry === this.shown) return noChange;
    this.shown = entry;
    return built(entry).cloneNode(true);
  }
}

const sharedContentDirective = directive(SharedContent);

/**
 * `template()`'s content, rendered by Lit once per `base` and `key` and cloned per instance. `key`
 * must name everything the template depends on besides `base` (language, heading level, input).
 * With `copy` false (server, hydration) it is the template as usual.
 */
export function sharedContent(base: object, key: string, template: () => unknown, copy: boolean): unknown {
  return copy ? sharedContentDirective(entryFor(base, key, template)) : template();
}
