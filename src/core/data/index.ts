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
import { BUILT_IN_VERSION } from './version.js';

/**
 * The built-in knowledge base: every fact of the clinical brief, with its sources. Validated
 * against the schemas by test/core/knowledge-base.test.ts rather than at start-up, so pages do
 * not pay for checking data that ships with the library. Frozen: results share its records.
 *
 * The one-element scripts (dist/ldn-dose-card.js, …) carry a slice of it instead (./slices/),
 * with only the records their element reads; the all-in-one script and the ESM build carry it whole.
 */
export const builtInKnowledgeBase: KnowledgeBase = deepFreeze({
  version: BUILT_IN_VERSION,
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
