import * as z from 'zod/mini';
import { NonEmptyString } from './common.js';
import { ConditionSchema } from './condition.js';
import { DosingProtocolSchema } from './dosing.js';
import { FactSchema } from './fact.js';
import { InteractionRuleSchema } from './interaction.js';
import { MedicationClassSchema, MedicationSchema } from './medication.js';
import { SideEffectSchema } from './side-effect.js';
import { SourceSchema } from './source.js';
import { StatementSchema } from './statement.js';

/**
 * Everything the widgets know. The shape is checked here; references between records
 * (a rule's class exists, a fact's source exists) are checked by `validateKnowledgeBase`.
 */
export const KnowledgeBaseSchema = z.strictObject({
  version: NonEmptyString,
  sources: z.array(SourceSchema).check(z.minLength(1)),
  facts: z.array(FactSchema),
  statements: z.array(StatementSchema),
  medicationClasses: z.array(MedicationClassSchema),
  medications: z.array(MedicationSchema),
  conditions: z.array(ConditionSchema),
  interactionRules: z.array(InteractionRuleSchema),
  sideEffects: z.array(SideEffectSchema),
  dosing: DosingProtocolSchema,
});
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;
