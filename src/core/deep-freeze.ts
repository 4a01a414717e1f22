/**
 * Freezes an object graph. The built-in knowledge base is shared by every element and every call;
 * results hand out its records (a rule's explanation, a medication), so a caller that edited one
 * in place would change what every later check says. Frozen, such an edit throws instead.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
