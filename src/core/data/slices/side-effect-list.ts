import type { KnowledgeBase } from '../../schemas/index.js';
import { sideEffectsIntroStatement } from '../background.js';
import { dosing, dosingStatements } from '../dosing.js';
import { sideEffects } from '../side-effects.js';
import { verywell2023 } from '../sources.js';
import { builtInSlice } from './slice.js';

/**
 * The built-in knowledge base as dist/ldn-side-effect-list.js carries it (vite.config.ts puts this
 * module in place of ../index.ts there): the side effects, the one statement the list shows (its
 * introduction), the facts they cite and their one source, and the dosing protocol with its
 * statements, which every knowledge base has (the calendar's dose caps read it); no medications,
 * conditions, rules or other background statements, which the list never reads.
 * test/core/knowledge-base-slices.test.ts proves it a sound knowledge base whose records are the
 * whole base's.
 */
export const builtInKnowledgeBase: KnowledgeBase = builtInSlice({
  // Every record here cites only the article (the attribution line names it too).
  sources: [verywell2023],
  statements: [sideEffectsIntroStatement, ...dosingStatements],
  medicationClasses: [],
  medications: [],
  conditions: [],
  interactionRules: [],
  sideEffects,
  dosing,
});
