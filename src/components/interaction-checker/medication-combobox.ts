import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MedicationMatch } from '../../core/search/index.js';

/** Ids inside the element's shadow root: aria-controls / aria-activedescendant must stay in one root. */
export const COMBOBOX_INPUT_ID = 'medication-input';
export const COMBOBOX_LISTBOX_ID = 'medication-listbox';
export const COMBOBOX_HELP_ID = 'medication-help';
export const COMBOBOX_HINT_ID = 'medication-hint';
export const optionId = (index: number): string => `medication-option-${index}`;

/** What the combobox needs from the element that hosts it. */
export interface MedicationComboboxDelegate {
  /**
   * Suggestions for a query (the core's search). May throw: the combobox then shows none.
   * `undefined`: not ready yet (the index is still being built); call `suggestionsReady()` once it is.
   */
  search(query: string): MedicationMatch[] | undefined;
  /** The person chose a suggestion. */
  chooseMatch(match: MedicationMatch): void;
  /** The person pressed Enter (or Add) on text that is not a chosen suggestion. */
  addText(text: string): void;
  /** Backspace in the empty field: remove the last medicine. */
  removeLast(): void;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * State and keyboard of the medicine combobox (WAI-ARIA 1.2 combobox with list autocomplete).
 * Focus stays in the text field; the active suggestion is shown with aria-activedescendant.
 *
 * Keys: ArrowDown/ArrowUp open the list and move through it (wrapping); Home/End go to the first
 * or last suggestion while one is active (otherwise they move the caret, as in any text field);
 * Enter adds the active suggestion, or the typed text when none is active; Escape closes the list,
 * a second Escape clears the field; Tab closes the list; Backspace in an empty field removes the
 * last medicine.
 */
export class MedicationComboboxController implements ReactiveController {
  /** Text in the field. */
  query = '';
  /** Suggestions for `query`. */
  matches: MedicationMatch[] = [];
  /** Index of the active suggestion, or -1 when focus is on the text itself. */
  activeIndex = -1;
  /** Whether the list of suggestions is shown. */
  open = false;

  private scrollPending = false;
  /** The last search was not ready: suggestions follow (`suggestionsReady`), so "no suggestions" is not said yet. */
  private waitingForSuggestions = false;
  /** Whether the list should open when late suggestions arrive (the person has not closed it since typing). */
  private openWhenReady = false;

  constructor(
    private readonly host: Host,
    private readonly delegate: MedicationComboboxDelegate,
  ) {
    host.addController(this);
  }

  /** Id of the active option for aria-activedescendant, if any. */
  get activeDescendant(): string | undefined {
    return this.open && this.activeIndex >= 0 ? optionId(this.activeIndex) : undefined;
  }

  /** True when there is typed text but no suggestion for it (shows the "add anyway" hint). */
  get hasNoSuggestions(): boolean {
    return this.query.trim() !== '' && this.matches.length === 0 && !this.waitingForSuggestions;
  }

  /** The search is ready now: show the suggestions for what was typed meanwhile. */
  suggestionsReady(): void {
    if (!this.waitingForSuggestions) return;
    this.refreshMatches();
    this.open = this.openWhenReady && this.matches.length > 0;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Moving the element in the page keeps what was typed, but a list left open would be stale.
    this.close();
  }

  hostUpdated(): void {
    if (!this.scrollPending) return;
    this.scrollPending = false;
    const id = this.activeDescendant;
    const option = id ? this.host.renderRoot.querySelector(`#${id}`) : null;
    option?.scrollIntoView({ block: 'nearest' });
  }

  handleInput(value: string): void {
    this.query = value;
    this.refreshMatches();
    this.open = this.matches.length > 0;
    this.openWhenReady = true;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  handleKeydown(event: KeyboardEvent): void {
    if (event.isComposing || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.move(event.altKey ? 'open' : 'next');
        return;
      case 'ArrowUp':
        event.preventDefault();
        this.move(event.altKey ? 'close' : 'previous');
        return;
      case 'Home':
      case 'End':
        if (this.activeDescendant === undefined) return; // Caret movement in the text.
        event.preventDefault();
        this.setActive(event.key === 'Home' ? 0 : this.matches.length - 1);
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        // Back to editing the text (APG): the caret moves, the active suggestion is released.
        if (this.activeIndex >= 0) this.setActive(-1);
        return;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.close();
        } else if (this.query !== '') {
          event.preventDefault();
          this.clear();
        }
        return;
      case 'Enter':
        event.preventDefault();
        this.submit();
        return;
      case 'Tab':
        this.close();
        return;
      case 'Backspace': {
        const input = event.target as HTMLInputElement | null;
        const caretAtStart = !input || (input.selectionStart === 0 && input.selectionEnd === 0);
        if (this.query === '' && caretAtStart) this.delegate.removeLast();
        return;
      }
      default:
        return;
    }
  }

  /** Enter or the Add button: the active suggestion if there is one, else the typed text. */
  submit(): void {
    const chosen = this.activeDescendant !== undefined ? this.matches[this.activeIndex] : undefined;
    if (chosen) {
      this.clear();
      this.delegate.chooseMatch(chosen);
      return;
    }
    const text = this.query.trim();
    if (text === '') return;
    this.clear();
    this.delegate.addText(text);
  }

  /** A click (or tap) on a suggestion. */
  chooseOption(index: number): void {
    const chosen = this.matches[index];
    if (!chosen) return;
    this.clear();
    this.delegate.chooseMatch(chosen);
  }

  /** Focus left the combobox (not for a click on the list: that is prevented at pointerdown). */
  handleFocusOut(): void {
    if (this.open) this.close();
  }

  close(): void {
    this.openWhenReady = false;
    if (!this.open && this.activeIndex === -1) return;
    this.open = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  clear(): void {
    this.query = '';
    this.matches = [];
    this.waitingForSuggestions = false;
    this.openWhenReady = false;
    this.open = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  /** Re-runs the search, e.g. after a language or knowledge-base change. */
  refreshMatches(): void {
    const query = this.query.trim();
    this.waitingForSuggestions = false;
    if (query === '') {
      this.matches = [];
      return;
    }
    try {
      const matches = this.delegate.search(query);
      this.waitingForSuggestions = matches === undefined;
      this.matches = matches ?? [];
    } catch {
      // No suggestions is the safe outcome: Enter still adds the text, and the check fails closed.
      this.matches = [];
    }
    if (this.activeIndex >= this.matches.length) this.activeIndex = -1;
  }

  private move(direction: 'open' | 'close' | 'next' | 'previous'): void {
    if (direction === 'close') {
      this.close();
      return;
    }
    if (this.matches.length === 0) this.refreshMatches();
    const count = this.matches.length;
    if (count === 0) return;
    if (!this.open) {
      this.open = true;
      this.setActive(direction === 'open' ? -1 : direction === 'next' ? 0 : count - 1);
      return;
    }
    if (direction === 'open') return;
    const current = this.activeIndex;
    const next = direction === 'next' ? (current + 1) % count : current <= 0 ? count - 1 : current - 1;
    this.setActive(next);
  }

  private setActive(index: number): void {
    this.activeIndex = index;
    this.scrollPending = index >= 0;
    this.host.requestUpdate();
  }
}
