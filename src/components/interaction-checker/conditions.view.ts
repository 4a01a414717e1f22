import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { clientOnly } from '../../shared/client-only.js';
import { CONDITION_IDS, type Condition, type ConditionId } from '../../core/schemas/condition.js';
import type { LocalizedText } from '../../core/schemas/common.js';
import type { InteractionCheckerStringKey } from './interaction-checker.strings.js';

type Strings = Record<InteractionCheckerStringKey, string>;

// Used only when a portal's knowledge base has no label for a condition.
const FALLBACK_LABEL_KEYS: Record<ConditionId, InteractionCheckerStringKey> = {
  'liver-disease': 'conditionLiverDisease',
  pregnancy: 'conditionPregnancy',
  breastfeeding: 'conditionBreastfeeding',
};

export const conditionCheckboxId = (id: ConditionId): string => `condition-${id}`;

/**
 * The condition checkboxes (I4, I5), each with a visible label from the knowledge base
 * ("Liver disease, including hepatitis or cirrhosis").
 */
export function renderConditions(
  known: readonly Condition[],
  checked: readonly ConditionId[],
  strings: Strings,
  text: (value: LocalizedText) => string,
  onToggle: (id: ConditionId, checked: boolean) => void,
): TemplateResult {
  return html`<fieldset class="conditions no-print" part="conditions">
    <legend>${strings.conditionsLegend}</legend>
    ${CONDITION_IDS.map((id) => {
      const condition = known.find((c) => c.id === id);
      const label = condition ? text(condition.label) : strings[FALLBACK_LABEL_KEYS[id]];
      return html`<div class="condition">
        <input
          type="checkbox"
          id=${conditionCheckboxId(id)}
          value=${id}
          ?checked=${checked.includes(id)}
          .checked=${clientOnly(live(checked.includes(id)))}
          @change=${(e: Event) => onToggle(id, (e.target as HTMLInputElement).checked)}
        />
        <label for=${conditionCheckboxId(id)}>${label}</label>
      </div>`;
    })}
  </fieldset>`;
}
