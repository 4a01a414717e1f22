import { LdnValidationError, parseOrThrow } from './errors.js';
import { builtInKnowledgeBase, validateKnowledgeBase } from './knowledge-base.js';
import { SideEffectFilterSchema, type KnowledgeBase, type SideEffect, type SideEffectFilter } from './schemas/index.js';

export interface SideEffectOptions {
  /** A portal's own knowledge base; validated (once per object) before use. Defaults to the built-in one. */
  knowledgeBase?: KnowledgeBase;
}

// A portal's knowledge base is checked once per object, not on every call.
const checkedKnowledgeBases = new WeakMap<object, KnowledgeBase>();

function knowledgeBaseFrom(options: SideEffectOptions | undefined): KnowledgeBase {
  const given = options?.knowledgeBase;
  if (given === undefined || given === builtInKnowledgeBase) return builtInKnowledgeBase;
  if (typeof given !== 'object' || given === null) {
    throw new LdnValidationError('Invalid knowledge base: expected an object', []);
  }
  let checked = checkedKnowledgeBases.get(given);
  if (!checked) {
    checked = validateKnowledgeBase(given);
    checkedKnowledgeBases.set(given, checked);
  }
  return checked;
}

/**
 * The side effects to show, in knowledge-base order: all of them, one category (`sleep`,
 * `digestive`, `other`), and/or only the common ones or only the signs to call a provider about.
 * Throws `LdnValidationError` on a filter it does not understand (an unknown category), rather
 * than guessing and showing less than was asked for.
 */
export function sideEffects(filter?: SideEffectFilter, options?: SideEffectOptions): SideEffect[] {
  const parsed = parseOrThrow(SideEffectFilterSchema, filter, 'side-effect filter');
  const kb = knowledgeBaseFrom(options);
  const category = parsed?.category ?? 'all';
  const contactProvider = parsed?.contactProvider;
  return kb.sideEffects.filter(
    (effect) =>
      (category === 'all' || effect.category === category) &&
      (contactProvider === undefined || effect.contactProvider === contactProvider),
  );
}
