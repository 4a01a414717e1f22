import type { KnowledgeBase } from '../../schemas/index.js';
import { backgroundStatements } from '../background.js';
import { dosing, dosingStatements } from '../dosing.js';
import { verywell2023 } from '../sources.js';
import { builtInSlice } from './slice.js';

/**
 * The built-in knowledge base as dist/ldn-dose-card.js carries it (vite.config.ts puts this module
 * in place of ../index.ts there): the dosing protocol, the statements the card shows (background
 * and dosing), the facts they cite and their one source; no medications, conditions, rules or side effects, which
 * the card never reads. test/core/knowledge-base-slices.test.ts proves it a sound knowledge base
 * whose records are the whole base's.
 */
export const builtInKnowledgeBase: KnowledgeBase = builtInSlice({
  // Every record here cites only the article (the attribution line names it too).
  sources: [verywell2023],
  statements: [...backgroundStatements, ...dosingStatements],
  medicationClasses: [],
  medications: [],
  conditions: [],
  interactionRules: [],
  sideEffects: [],
  dosing,
});
