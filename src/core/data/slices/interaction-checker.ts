import type { KnowledgeBase } from '../../schemas/index.js';
import { conditions } from '../conditions.js';
import { dosing, dosingStatements } from '../dosing.js';
import { interactionRules } from '../interaction-rules.js';
import { medicationClasses } from '../medication-classes.js';
import { medications } from '../medications.js';
import { sources } from '../sources.js';
import { builtInSlice } from './slice.js';

/**
 * The built-in knowledge base as dist/ldn-interaction-checker.js carries it (vite.config.ts puts
 * this module in place of ../index.ts there): every medication, class, condition and rule, so a
 * check answers exactly as with the whole base (a portal's base is still compared with all of
 * them), every source and the facts they cite, and the dosing protocol with its statements, which every
 * knowledge base has; no side effects or background statements, which the checker never reads.
 * test/core/knowledge-base-slices.test.ts proves it a sound knowledge base whose records are the
 * whole base's.
 */
export const builtInKnowledgeBase: KnowledgeBase = builtInSlice({
  sources,
  statements: [...dosingStatements],
  medicationClasses,
  medications,
  conditions,
  interactionRules,
  sideEffects: [],
  dosing,
});
