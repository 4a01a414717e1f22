// PLACEHOLDER API (owner: interactions-core helper). Replace with the real engine.
import type { CodedMedication, ConditionId, Finding, KnowledgeBase } from './schemas/index.js';

export type MedicationInput = string | CodedMedication;

export interface InteractionInput {
  medications?: MedicationInput[];
  conditions?: ConditionId[];
}

export interface CheckOptions {
  knowledgeBase?: KnowledgeBase;
}

export function checkInteractions(_input: InteractionInput, _options?: CheckOptions): Finding[] {
  return [];
}
