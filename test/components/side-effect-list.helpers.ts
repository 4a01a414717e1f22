import type { LdnSideEffectList } from '../../src/components/side-effect-list/define.js';

/** Query helpers for <ldn-side-effect-list> tests: everything lives in its shadow root. */
export function root(el: LdnSideEffectList): ShadowRoot {
  return el.shadowRoot!;
}

/** The items of the common list (S1–S7), in order. */
export function commonItems(el: LdnSideEffectList): HTMLLIElement[] {
  return [...root(el).querySelectorAll<HTMLLIElement>('.common li.effect')];
}

export function commonIds(el: LdnSideEffectList): string[] {
  return commonItems(el).map((li) => li.dataset['id']!);
}

/** The items under "When to contact your provider". */
export function warningItems(el: LdnSideEffectList): HTMLLIElement[] {
  return [...root(el).querySelectorAll<HTMLLIElement>('.contact-provider li.effect')];
}

/** Any item (common or warning) by its side-effect id. */
export function item(el: LdnSideEffectList, id: string): HTMLLIElement {
  const found = root(el).querySelector<HTMLLIElement>(`li.effect[data-id="${id}"]`);
  if (!found) throw new Error(`no item "${id}"`);
  return found;
}

export function radio(el: LdnSideEffectList, value: string): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>(`.filter input[type="radio"][value="${value}"]`)!;
}

export function checkbox(el: LdnSideEffectList, id: string): HTMLInputElement {
  return item(el, id).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
}

export function countText(el: LdnSideEffectList): string {
  return root(el).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** Names listed in the "to discuss with your provider" summary. */
export function discussNames(el: LdnSideEffectList): string[] {
  return [...root(el).querySelectorAll('.discuss-list li')].map((li) => li.textContent!.trim());
}

/** The accessible name of an "I have this" checkbox: its aria-label, which must start with the visible label. */
export function checkboxName(input: HTMLInputElement): string {
  const visible = input.closest('label')!.textContent!.replace(/\s+/g, ' ').trim();
  const name = input.getAttribute('aria-label') ?? visible;
  if (!name.startsWith(visible)) throw new Error(`name "${name}" does not start with the visible label "${visible}"`);
  return name;
}
