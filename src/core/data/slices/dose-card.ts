import { deepFreeze } from '../../deep-freeze.js';
import type { KnowledgeBase } from '../../schemas/index.js';
import { backgroundStatements } from '../background.js';
import { dosing, dosingStatements } from '../dosing.js';
import { facts } from '../facts.js';
import { sources } from '../sources.js';
import { BUILT_IN_VERSION } from '../version.js';

/**
 * The built-in knowledge base as dist/ldn-dose-card.js carries it (vite.config.ts puts this module
 * in place of ../index.ts there): the dosing protocol, the statements the card shows (background
 * and dosing), every fact and source; no medications, conditions, rules or side effects, which
 * the card never reads. test/core/knowledge-base-slices.test.ts proves it a sound knowledge base
 * whose records are the whole base's.
 */
export const builtInKnowledgeBase: KnowledgeBase = deepFreeze({
  version: BUILT_IN_VERSION,
  sources,
  facts,
  statements: [...backgroundStatements, ...dosingStatements],
  medicationClasses: [],
  medications: [],
  conditions: [],
  interactionRules: [],
  sideEffects: [],
  dosing,
});
