import { parseOrThrow } from './errors.js';
import { resolveKnowledgeBase } from './knowledge-base.js';
import { SideEffectFilterSchema, type KnowledgeBase, type SideEffect, type SideEffectFilter } from './schemas/index.js';

export interface SideEffectOptions {
  /** A portal's own knowledge base; validated (once per object) before use. Defaults to the built-in one. */
  knowledgeBase?: KnowledgeBase;
}

/**
 * The side effects to show, in knowledge-base order: all of them, one category (`sleep`,
 * `digestive`, `other`), and/or only the common ones or only the signs to call a provider about.
 * Throws `LdnValidationError` on a filter it does not understand (an unknown category), rather
 * than guessing and showing less than was asked for.
 */
export function sideEffects(filter?: SideEffectFilter, options?: SideEffectOptions): SideEffect[] {
  const parsed = parseOrThrow(SideEffectFilterSchema, filter, 'side-effect filter');
  const kb = resolveKnowledgeBase(options?.knowledgeBase);
  const category = parsed?.category ?? 'all';
  const contactProvider = parsed?.contactProvider;
  return kb.sideEffects.filter(
    (effect) =>
      (category === 'all' || effect.category === category) &&
      (contactProvider === undefined || effect.contactProvider === contactProvider),
  );
}
