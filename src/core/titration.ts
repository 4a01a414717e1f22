// PLACEHOLDER API (owner: dose-card helper). Replace with the real engine.
export interface TitrationInput {
  startDoseMg?: number;
  targetDoseMg?: number;
  stepDoseMg?: number;
  stepDays?: number;
  spasticity?: boolean;
  form?: string;
  concentrationMgPerMl?: number;
  startDate?: string;
}
export function buildTitrationSchedule(_input: TitrationInput = {}): unknown {
  return undefined;
}
