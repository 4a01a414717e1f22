import type { ValidationIssue } from '../../core/errors.js';
import type { Language } from '../../core/schemas/common.js';
import {
  MAX_START_DATE,
  MAX_STEP_DAYS,
  MIN_DOSE_MG,
  MIN_START_DATE,
  type TitrationInput,
} from '../../core/schemas/dosing.js';
import { MAX_TITRATION_STEPS, MIN_VOLUME_ML } from '../../core/titration.js';
import type { InputProblem } from '../../shared/base-element.js';
import { fill, formatNumber } from '../../shared/format.js';
import { doseCardStrings, type DoseCardStringKey } from './dose-card.strings.js';

export type TitrationProperty = keyof TitrationInput;

/** The HTML attribute behind each input of the core's titration schema. */
export const ATTRIBUTE_FOR_PROPERTY: Record<TitrationProperty, string> = {
  startDoseMg: 'start-dose',
  targetDoseMg: 'target-dose',
  stepDoseMg: 'step-dose',
  stepDays: 'step-days',
  spasticity: 'spasticity',
  form: 'form',
  concentrationMgPerMl: 'concentration',
  startDate: 'start-date',
};

/** A rule name the core's schema puts in `params.rule` for checks that span inputs. */
function ruleOf(issue: ValidationIssue): string | undefined {
  const params = (issue as { params?: { rule?: unknown } }).params;
  return typeof params?.rule === 'string' ? params.rule : undefined;
}

function acceptsKey(property: TitrationProperty, rule: string | undefined): DoseCardStringKey {
  switch (property) {
    case 'startDoseMg':
      return rule === 'start-above-target' ? 'acceptsStartBelowTarget' : 'acceptsDose';
    case 'targetDoseMg':
      return 'acceptsDose';
    case 'stepDoseMg':
      return rule === 'too-many-steps' ? 'acceptsStepFewerSteps' : 'acceptsDose';
    case 'stepDays':
      return 'acceptsStepDays';
    case 'spasticity':
      return 'acceptsSpasticity';
    case 'form':
      return 'acceptsForm';
    case 'concentrationMgPerMl':
      if (rule === 'concentration-without-liquid') return 'acceptsConcentrationWithLiquid';
      return rule === 'volume-too-small' ? 'acceptsConcentrationVolume' : 'acceptsConcentration';
    case 'startDate':
      return 'acceptsStartDate';
  }
}

export interface GroupedProblem {
  property: TitrationProperty;
  attribute: string;
  issues: ValidationIssue[];
}

/** Groups the core's issues by input, in the order the inputs first went wrong. */
export function groupIssues(issues: readonly ValidationIssue[]): GroupedProblem[] {
  const groups = new Map<TitrationProperty, GroupedProblem>();
  for (const issue of issues) {
    const property = issue.path[0];
    if (typeof property !== 'string' || !(property in ATTRIBUTE_FOR_PROPERTY)) continue;
    const key = property as TitrationProperty;
    const group = groups.get(key) ?? { property: key, attribute: ATTRIBUTE_FOR_PROPERTY[key], issues: [] };
    group.issues.push(issue);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** What to show for one bad input: its attribute, what it got, what it accepts (in `lang`). */
export function toInputProblem(
  group: GroupedProblem,
  received: string,
  lang: Language,
  targetDoseMg: number | undefined,
): InputProblem {
  const first = group.issues[0];
  const template = doseCardStrings[lang][acceptsKey(group.property, first ? ruleOf(first) : undefined)];
  const accepts = fill(template, {
    target: targetDoseMg === undefined ? '' : formatNumber(targetDoseMg, lang),
    max: MAX_STEP_DAYS,
    // Attribute syntax (a decimal point in every language), like the "such as 1.5" example.
    minDose: String(MIN_DOSE_MG),
    steps: MAX_TITRATION_STEPS,
    min: formatNumber(MIN_VOLUME_ML, lang),
    from: MIN_START_DATE.slice(0, 4),
    to: MAX_START_DATE.slice(0, 4),
  });
  return { attribute: group.attribute, received, accepts };
}
