import { builtInKnowledgeBase, validateKnowledgeBase } from '../knowledge-base.js';
import type { KnowledgeBase } from '../schemas/index.js';

/** Portal-supplied knowledge bases, validated once: original object -> validated copy. */
const validated = new WeakMap<object, KnowledgeBase>();

/**
 * The knowledge base an engine should use. The built-in one is trusted (its tests validate it); a
 * portal's is validated in full on first use and throws `LdnValidationError` when invalid, so bad
 * data fails closed instead of producing a reassuring answer.
 */
export function resolveKnowledgeBase(knowledgeBase: unknown): KnowledgeBase {
  if (knowledgeBase === undefined || knowledgeBase === builtInKnowledgeBase) return builtInKnowledgeBase;
  if (typeof knowledgeBase === 'object' && knowledgeBase !== null) {
    const known = validated.get(knowledgeBase);
    if (known) return known;
  }
  const result = validateKnowledgeBase(knowledgeBase);
  if (typeof knowledgeBase === 'object' && knowledgeBase !== null) validated.set(knowledgeBase, result);
  return result;
}
