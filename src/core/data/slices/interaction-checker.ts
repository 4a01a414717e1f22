import type { KnowledgeBase } from '../../schemas/index.js';
import { conditions } from '../conditions.js';
import { dosing, dosingStatements } from '../dosing.js';
import { interactionRules } from '../interaction-rules.js';
import { medicationClasses } from '../medication-classes.js';
import { medications } from '../medications.js';
import {
  cdcOpioidCds2022,
  dailymedNlm,
  fdaNdcDirectory,
  medlineplusDrugs,
  medlineplusDrugsEs,
  naltrexoneInjectionPatient,
  naltrexonePi,
  rxnormNlm,
  snomedCt,
  verywell2023,
} from '../sources.js';
import { builtInSlice } from './slice.js';

/**
 * The built-in knowledge base as dist/ldn-interaction-checker.js carries it (vite.config.ts puts
 * this module in place of ../index.ts there): every medication, class, condition and rule, so a
 * check answers exactly as with the whole base (a portal's base is still compared with all of
 * them), the facts and sources they cite, and the dosing protocol with its statements, which every
 * knowledge base has; no side effects or background statements, which the checker never reads.
 * test/core/knowledge-base-slices.test.ts proves it a sound knowledge base whose records are the
 * whole base's.
 */
export const builtInKnowledgeBase: KnowledgeBase = builtInSlice({
  // The sources its records cite (names, codes, class memberships, rules, facts), in the whole
  // base's order; not the studies the article cites, nor the code systems of FHIR condition codes.
  sources: [
    verywell2023,
    naltrexonePi,
    naltrexoneInjectionPatient,
    rxnormNlm,
    snomedCt,
    dailymedNlm,
    fdaNdcDirectory,
    medlineplusDrugs,
    medlineplusDrugsEs,
    cdcOpioidCds2022,
  ],
  statements: [...dosingStatements],
  medicationClasses,
  medications,
  conditions,
  interactionRules,
  sideEffects: [],
  dosing,
});
