/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), the model of "one
 * typo": a wrong, missing, extra or swapped letter.
 */
export function osaDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[n]!;
}

/**
 * The longest prefix of `target` within `maxEdits` of `query` (lengths query±1 are the only ones
 * that can be), for highlighting a typo-tolerant prefix match. Undefined when none is.
 */
export function closestPrefixLength(query: string, target: string, maxEdits: number): number | undefined {
  let best: { length: number; distance: number } | undefined;
  for (let length = Math.min(target.length, query.length + maxEdits); length >= query.length - maxEdits; length--) {
    if (length <= 0) break;
    const distance = osaDistance(query, target.slice(0, length));
    if (distance <= maxEdits && (!best || distance < best.distance)) best = { length, distance };
  }
  return best?.length;
}
