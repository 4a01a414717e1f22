import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../../shared/format.js';
import type { InteractionCheckerStringKey } from './interaction-checker.strings.js';

type Strings = Record<InteractionCheckerStringKey, string>;

export const CHIPS_LABEL_ID = 'medication-chips-label';

export interface ChipEntry {
  /** The name as entered (or as chosen from the suggestions). */
  text: string;
  /** False when the checker did not recognise it: marked in text, not only by colour. */
  recognised: boolean;
  /** True when it came from the portal's FHIR record rather than from the person. */
  fromRecord: boolean;
}

/**
 * The person's medicines as removable chips. Each remove button is named "Remove <name>" and
 * carries its index so focus can move to a neighbour after removal. In print only the names remain.
 */
export function renderMedicationChips(
  entries: readonly ChipEntry[],
  strings: Strings,
  onRemove: (index: number) => void,
): TemplateResult {
  return html`<div class="chips-section" part="chips">
    <p class="chips-label" id=${CHIPS_LABEL_ID}>${strings.yourMedicines}</p>
    ${
      entries.length === 0
        ? html`<p class="chips-empty">${strings.noMedicinesYet}</p>`
        : html`<ul class="chips" aria-labelledby=${CHIPS_LABEL_ID}>
            ${entries.map(
              (entry, index) =>
                html`<li
                  class="chip"
                  part="chip"
                  data-recognised=${entry.recognised ? 'true' : 'false'}
                  data-origin=${entry.fromRecord ? 'fhir' : 'entered'}
                >
                  <span class="chip-text">${entry.text}</span>${
                    entry.recognised ? nothing : html`<span class="chip-flag"> (${strings.notRecognised})</span>`
                  }${entry.fromRecord ? html`<span class="chip-origin"> (${strings.fromRecord})</span>` : nothing}
                  <button
                    class="chip-remove no-print"
                    part="chip-remove"
                    type="button"
                    data-index=${index}
                    aria-label=${fill(strings.removeMedicine, { name: entry.text })}
                    @click=${() => onRemove(index)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`,
            )}
          </ul>`
    }
  </div>`;
}
