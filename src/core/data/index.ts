import { deepFreeze } from '../deep-freeze.js';
import type { KnowledgeBase } from '../schemas/index.js';
import { backgroundStatements } from './background.js';
import { conditions } from './conditions.js';
import { dosing, dosingStatements } from './dosing.js';
import { facts } from './facts.js';
import { interactionRules } from './interaction-rules.js';
import { medicationClasses } from './medication-classes.js';
import { medications } from './medications.js';
import { sideEffects } from './side-effects.js';
import { sources } from './sources.js';

/**
 * The built-in knowledge base: every fact of the clinical brief, with its sources. Validated
 * against the schemas by test/core/knowledge-base.test.ts rather than at start-up, so pages do
 * not pay for checking data that ships with the library. Frozen: results share its records.
 */
export const builtInKnowledgeBase: KnowledgeBase = deepFreeze({
  version: '2023-02-03',
  sources,
  facts,
  statements: [...backgroundStatements, ...dosingStatements],
  medicationClasses,
  medications,
  conditions,
  interactionRules,
  sideEffects,
  dosing,
});
