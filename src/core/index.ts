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
