/**
 * The portal demo's live event log. Every ldn-* event bubbles and is composed, so one listener
 * per event name on `document` hears all three elements. Text only: each line is built with
 * textContent, never innerHTML (the page runs under a strict CSP with Trusted Types in mind).
 *
 * Listening starts when this module is evaluated. portal.ts imports it before the library, so
 * the elements' first events (sent after their first render) are logged too.
 */
import type {} from '../src/index.js'; // the ldn-* entries of GlobalEventHandlersEventMap

export const EVENT_NAMES = [
  'ldn-schedule-change',
  'ldn-interactions-change',
  'ldn-side-effect-toggle',
  'ldn-error',
] as const;
type LdnEventName = (typeof EVENT_NAMES)[number];

/** Keeps the log readable: a long detail (a whole schedule) is cut after this many characters. */
const MAX_DETAIL_CHARS = 1500;

/** The gist of an event for its log line, e.g. "3 finding(s): avoid, caution, unknown". */
function summarize(name: LdnEventName, event: Event): string {
  switch (name) {
    case 'ldn-schedule-change': {
      const { schedule } = (event as GlobalEventHandlersEventMap[typeof name]).detail;
      return schedule ? `schedule with ${schedule.steps.length} step(s)` : 'no schedule (invalid input)';
    }
    case 'ldn-interactions-change': {
      const { findings } = (event as GlobalEventHandlersEventMap[typeof name]).detail;
      return `${findings.length} finding(s): ${findings.map((finding) => finding.severity).join(', ') || 'none'}`;
    }
    case 'ldn-side-effect-toggle': {
      const { id, selected, selectedIds } = (event as GlobalEventHandlersEventMap[typeof name]).detail;
      return `${id} ${selected ? 'marked' : 'unmarked'}; marked now: ${selectedIds.join(', ') || 'none'}`;
    }
    case 'ldn-error': {
      const { source, issues } = (event as GlobalEventHandlersEventMap[typeof name]).detail;
      return `from ${source}: ${issues.map((issue) => issue.message).join('; ')}`;
    }
  }
}

function detailText(event: Event): string {
  const text = JSON.stringify((event as CustomEvent<unknown>).detail, null, 2) ?? '';
  return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS)}\n…` : text;
}

/** One log line: time, event name, source element, summary, and the detail as JSON on demand. */
function logLine(name: LdnEventName, event: Event): HTMLLIElement {
  const now = new Date();
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString();
  const eventName = document.createElement('span');
  eventName.className = 'event-name';
  eventName.textContent = name;
  const from = (event.target as Element | null)?.localName ?? 'unknown';
  const summary = document.createElement('span');
  summary.className = 'event-summary';
  summary.textContent = ` from <${from}>: ${summarize(name, event)}`;
  const details = document.createElement('details');
  const detailsLabel = document.createElement('summary');
  detailsLabel.textContent = 'detail';
  const detail = document.createElement('pre');
  detail.textContent = detailText(event);
  details.append(detailsLabel, detail);
  const item = document.createElement('li');
  item.append(time, ' ', eventName, summary, details);
  return item;
}

// Events can arrive before the page has parsed the log (the first render runs early): keep them.
const pending: HTMLLIElement[] = [];
let log: HTMLOListElement | null = null;

function show(item: HTMLLIElement): void {
  if (log) log.prepend(item);
  else pending.push(item);
}

for (const name of EVENT_NAMES) document.addEventListener(name, (event) => show(logLine(name, event)));

/** Attaches the log to its list (newest first) and its "clear" button. */
export function attachEventLog(list: HTMLOListElement, clearButton: HTMLButtonElement): void {
  log = list;
  for (const item of pending.splice(0)) log.prepend(item);
  clearButton.addEventListener('click', () => list.replaceChildren());
}
