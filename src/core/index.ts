/**
 * ldn-widgets/core: the DOM-free domain. Schemas and their types, the built-in knowledge base,
 * and pure engines. Imports nothing from lit or the elements; runs in Node and browsers.
 */
export * from './schemas/index.js';
export { LdnValidationError, type ValidationIssue } from './errors.js';
export { builtInKnowledgeBase, validateKnowledgeBase, findReferenceIssues } from './knowledge-base.js';
export * from './titration.js';
export * from './calendar.js';
export * from './search/index.js';
export * from './interactions.js';
export * from './side-effects.js';
export * from './knowledge-base-extension.js';
export * from './cds-hooks.js';
export { findingDisplayName } from './finding-name.js';
export {
  fromFhir,
  type FhirImport,
  type FromFhirOptions,
  type SkippedResource,
  type SkipReason,
  type SkippedAbout,
  type UsedEntry,
} from './fhir/from-fhir.js';
export { unreadRecordFindings } from './fhir/record-findings.js';
export { medicationInputName } from './fhir/medication-names.js';
