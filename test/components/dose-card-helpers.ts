import { fixture, html } from '@open-wc/testing';
import type { LdnErrorDetail } from '../../src/shared/events.js';
import type { LdnScheduleChangeDetail } from '../../src/components/dose-card/events.js';
import '../../src/components/dose-card/define.js';
import type { LdnDoseCard } from '../../src/components/dose-card/define.js';
import { recordEvents } from '../helpers/events.js';

export interface MountedCard {
  el: LdnDoseCard;
  root: ShadowRoot;
  /** Every `ldn-error` since before the element was connected. */
  errors: CustomEvent<LdnErrorDetail>[];
  /** Every `ldn-schedule-change` since before the element was connected. */
  changes: CustomEvent<LdnScheduleChangeDetail>[];
}

/**
 * Connects an <ldn-dose-card> with these attributes inside a wrapper (optionally with a `lang`),
 * listening on the wrapper from the start, so the first render's events are recorded too.
 */
export async function mountCard(attributes: Record<string, string> = {}, wrapperLang?: string): Promise<MountedCard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (wrapperLang) wrapper.lang = wrapperLang;
  const errors = recordEvents<LdnErrorDetail>(wrapper, 'ldn-error');
  const changes = recordEvents<LdnScheduleChangeDetail>(wrapper, 'ldn-schedule-change');
  const el = document.createElement('ldn-dose-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, errors, changes };
}

/** Visible text of the cells of one column of the schedule table (0: when, 1: dose, 2: mL). */
export function column(root: ShadowRoot, index: number): string[] {
  return [...root.querySelectorAll('tbody tr')].map((row) => (row.children[index]?.textContent ?? '').trim());
}

/** Text content with runs of white space collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lets the language observer (a MutationObserver) run, then waits for the re-render. */
export async function afterLanguageChange(el: LdnDoseCard): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}
