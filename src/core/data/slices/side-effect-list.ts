import { deepFreeze } from '../../deep-freeze.js';
import type { KnowledgeBase } from '../../schemas/index.js';
import { backgroundStatements } from '../background.js';
import { dosing, dosingStatements } from '../dosing.js';
import { facts } from '../facts.js';
import { sideEffects } from '../side-effects.js';
import { sources } from '../sources.js';
import { BUILT_IN_VERSION } from '../version.js';

/**
 * The built-in knowledge base as dist/ldn-side-effect-list.js carries it (vite.config.ts puts this
 * module in place of ../index.ts there): the side effects, the statements (the list's introduction
 * is a background one), every fact and source, and the dosing protocol, which every knowledge base
 * has (the calendar's dose caps read it); no medications, conditions or rules, which the list
 * never reads. test/core/knowledge-base-slices.test.ts proves it a sound knowledge base whose
 * records are the whole base's.
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
  sideEffects,
  dosing,
});
