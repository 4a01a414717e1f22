/**
 * ldn-widgets/core: the DOM-free domain, as a portal uses it. Imports nothing from lit or the
 * elements; runs in Node and browsers.
 *
 * The public surface is chosen here, name by name, and recorded in api/ldn-widgets-core.api.md
 * (checked by `npm test`): the engines, the knowledge base and its validation, FHIR in, CDS Hooks
 * out, the data types and the enumerations a portal needs. zod schema objects and helpers stay
 * internal, so the package's semver does not follow zod's.
 */

// Engines
export { buildTitrationSchedule } from './titration.js';
export { scheduleToIcs } from './calendar.js';
export { searchMedications } from './search/index.js';
export { checkInteractions, summarizeFindings } from './interactions.js';
export { sideEffects } from './side-effects.js';
export { findingDisplayName } from './finding-name.js';

// Knowledge base: built in, validated, extended
export { builtInKnowledgeBase, validateKnowledgeBase } from './knowledge-base.js';
export { extendKnowledgeBase } from './knowledge-base-extension.js';
export { extendKnowledgeBaseInSlices } from './knowledge-base-extension-slices.js';

// Adapters: FHIR R4 in, CDS Hooks cards out
export { fromFhir } from './fhir/from-fhir.js';
export { unreadRecordFindings } from './fhir/record-findings.js';
export { couldNotCheckCard, LDN_RULE_SYSTEM, toCdsHooksCards } from './cds-hooks.js';

// Errors
export { LdnValidationError } from './errors.js';

// Enumerations a portal builds its own controls from
export { LANGUAGES } from './schemas/common.js';
export { CONDITION_IDS } from './schemas/condition.js';
export { DOSE_FORMS } from './schemas/dosing.js';
export { SEVERITIES } from './schemas/interaction.js';
export { SIDE_EFFECT_CATEGORIES, SIDE_EFFECT_CATEGORY_FILTERS } from './schemas/side-effect.js';
export { RXNORM_SYSTEM, SNOMED_SYSTEM } from './schemas/code-systems.js';

// Types
export type { ValidationIssue } from './errors.js';
export type { Fact } from './schemas/fact.js';
export type { FactId, Language, LocalizedText } from './schemas/common.js';
export type { Source } from './schemas/source.js';
export type { Statement } from './schemas/statement.js';
export type { CodedMedication, VerifiedCode } from './schemas/coding.js';
export type { Medication, MedicationClass, MedicationName, NameKind } from './schemas/medication.js';
export type { Condition, ConditionId } from './schemas/condition.js';
export type { Finding, InteractionRule, RuleTarget, Severity } from './schemas/interaction.js';
export type {
  SideEffect,
  SideEffectCategory,
  SideEffectCategoryFilter,
  SideEffectFilter,
} from './schemas/side-effect.js';
export type { DoseForm, DoseFormInfo, DoseLimit, DosingProtocol, TitrationInput } from './schemas/dosing.js';
export type { KnowledgeBase } from './schemas/knowledge-base.js';
export type {
  DoseCap,
  DoseCapKind,
  ResolvedTitrationInput,
  TitrationOptions,
  TitrationSchedule,
  TitrationStep,
} from './titration.js';
export type { IcsOptions } from './calendar.js';
export type { MatchType, MedicationMatch, SearchOptions } from './search/index.js';
export type {
  CheckedFinding,
  CheckOptions,
  InteractionInput,
  MedicationInput,
  SeverityCounts,
} from './interactions.js';
export type { SideEffectOptions } from './side-effects.js';
export type { KnowledgeBaseExtension } from './knowledge-base-extension.js';
export type { InSlicesOptions } from './knowledge-base-extension-slices.js';
export type {
  CdsHooksAction,
  CdsHooksCard,
  CdsHooksCoding,
  CdsHooksLink,
  CdsHooksOptions,
  CdsHooksSuggestion,
  CouldNotCheckOptions,
} from './cds-hooks.js';
export type {
  FhirImport,
  FromFhirOptions,
  SkippedAbout,
  SkippedResource,
  SkipReason,
  UsedEntry,
} from './fhir/from-fhir.js';
