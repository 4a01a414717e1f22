import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MedicationMatch } from '../../core/search/index.js';
import { fill } from '../../shared/format.js';
import { splitByHighlights } from './highlight.js';
import type { InteractionCheckerStringKey } from './interaction-checker.strings.js';
import {
  COMBOBOX_HELP_ID,
  COMBOBOX_HINT_ID,
  COMBOBOX_INPUT_ID,
  COMBOBOX_LISTBOX_ID,
  optionId,
  type MedicationComboboxController,
} from './medication-combobox.js';

type Strings = Record<InteractionCheckerStringKey, string>;

const MAX_BRANDS_SHOWN = 3;

/**
 * The other name shown after the match, so a person recognises the medicine either way:
 * a brand shows its generic ("Vicodin — hydrocodone and acetaminophen"), a generic its brands.
 */
export function secondaryName(match: MedicationMatch): string {
  const { medication, matchedName, matchedKind } = match;
  const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
  if (matchedKind !== 'generic') return same(medication.genericName, matchedName) ? '' : medication.genericName;
  const brands = medication.names.filter((n) => n.kind === 'brand').map((n) => n.text);
  if (brands.length > 0) return brands.slice(0, MAX_BRANDS_SHOWN).join(', ');
  return same(medication.genericName, matchedName) ? '' : medication.genericName;
}

/** The matched name with the typed part in <mark>, built from text nodes only. */
function renderMatchedName(match: MedicationMatch): TemplateResult {
  const segments = splitByHighlights(match.matchedName, match.highlights);
  return html`${segments.map((s) => (s.matched ? html`<mark>${s.text}</mark>` : s.text))}`;
}

function renderOption(match: MedicationMatch, index: number, combobox: MedicationComboboxController): TemplateResult {
  const active = index === combobox.activeIndex;
  const secondary = secondaryName(match);
  return html`<li
    id=${optionId(index)}
    class="option"
    role="option"
    aria-selected=${active ? 'true' : 'false'}
    data-medication-id=${match.medication.id}
    @click=${() => combobox.chooseOption(index)}
  >
    <span class="option-name">${renderMatchedName(match)}</span>${
      secondary ? html`<span class="option-secondary"> — ${secondary}</span>` : nothing
    }
  </li>`;
}

/** Label, text field, Add button, help and the suggestion list. */
export function renderMedicationCombobox(
  combobox: MedicationComboboxController,
  strings: Strings,
  maxLength: number,
): TemplateResult {
  const open = combobox.open && combobox.matches.length > 0;
  const describedBy = combobox.hasNoSuggestions ? `${COMBOBOX_HELP_ID} ${COMBOBOX_HINT_ID}` : COMBOBOX_HELP_ID;
  return html`<div class="combobox no-print" part="combobox">
    <label class="combobox-label" for=${COMBOBOX_INPUT_ID}>${strings.inputLabel}</label>
    <p class="help" id=${COMBOBOX_HELP_ID}>${strings.inputHelp}</p>
    <div class="combobox-row">
      <div class="combobox-field">
        <input
          id=${COMBOBOX_INPUT_ID}
          class="combobox-input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          maxlength=${maxLength}
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${COMBOBOX_LISTBOX_ID}
          aria-activedescendant=${combobox.activeDescendant ?? nothing}
          aria-describedby=${describedBy}
          .value=${live(combobox.query)}
          @input=${(e: InputEvent) => combobox.handleInput((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => combobox.handleKeydown(e)}
          @blur=${() => combobox.handleFocusOut()}
        />
        <ul
          id=${COMBOBOX_LISTBOX_ID}
          class="listbox"
          part="listbox"
          role="listbox"
          aria-label=${strings.suggestionsLabel}
          ?hidden=${!open}
          @pointerdown=${(e: PointerEvent) => e.preventDefault()}
          @mousedown=${(e: MouseEvent) => e.preventDefault()}
        >
          ${open ? combobox.matches.map((match, index) => renderOption(match, index, combobox)) : nothing}
        </ul>
      </div>
      <button class="add-button" part="add-button" type="button" @click=${() => combobox.submit()}>
        ${strings.addButton}
      </button>
    </div>
    ${
      combobox.hasNoSuggestions
        ? html`<p class="hint" id=${COMBOBOX_HINT_ID}>
            ${fill(strings.noSuggestions, { query: combobox.query.trim() })}
          </p>`
        : nothing
    }
  </div>`;
}
