/**
 * Search over a sorted array of folded keys. The array is an implicit trie: every prefix is a
 * contiguous range, found by binary search, so no node objects are kept in memory.
 */

/** First index whose key is >= `value`. */
function lowerBound(keys: readonly string[], value: string, from = 0, to = keys.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** [start, end) of the keys that start with `prefix`. */
export function prefixRange(keys: readonly string[], prefix: string): [number, number] {
  const start = lowerBound(keys, prefix);
  // Keys are folded to letters, digits and spaces, all below U+FFFF.
  const end = lowerBound(keys, prefix + '\uffff', start);
  return [start, end];
}

/** A range of keys that matched a typo-tolerant search. */
export interface FuzzyRange {
  start: number;
  end: number;
  distance: number;
}

/**
 * Keys within `maxEdits` typos (OSA distance) of `query`: in `prefix` mode, keys that start with
 * something that close (typeahead); in `whole` mode, keys that are that close as a whole. Walks
 * the implicit trie with one dynamic-programming row per depth and prunes a branch as soon as no
 * cell of its row is within budget, so only a thin band of the keys is ever visited.
 */
export function fuzzySearch(
  keys: readonly string[],
  query: string,
  maxEdits: number,
  mode: 'prefix' | 'whole',
): FuzzyRange[] {
  const found: FuzzyRange[] = [];
  const m = query.length;
  const firstRow = Array.from({ length: m + 1 }, (_, j) => j);

  const visit = (start: number, end: number, depth: number, before: number[] | undefined, row: number[]): void => {
    let index = start;
    // Keys that end here are a whole match when the query's last cell is within budget.
    while (index < end && keys[index]!.length === depth) index++;
    if (mode === 'whole' && index > start && row[m]! <= maxEdits && row[m]! > 0) {
      found.push({ start, end: index, distance: row[m]! });
    }
    while (index < end) {
      const code = keys[index]!.charCodeAt(depth);
      let groupEnd = index + 1;
      let high = end;
      while (groupEnd < high) {
        const middle = (groupEnd + high) >>> 1;
        if (keys[middle]!.charCodeAt(depth) <= code) groupEnd = middle + 1;
        else high = middle;
      }
      const next = nextRow(query, row, before, code, depth > 0 ? keys[index]!.charCodeAt(depth - 1) : -1, depth + 1);
      descend(index, groupEnd, depth + 1, row, next);
      index = groupEnd;
    }
  };

  const descend = (start: number, end: number, depth: number, before: number[], row: number[]): void => {
    const last = row[m]!;
    if (mode === 'prefix' && last <= maxEdits) {
      // Distance 0 is a plain prefix match, found without typos; everything below is covered.
      if (last > 0) found.push({ start, end, distance: last });
      return;
    }
    if (Math.min(...row) > maxEdits) return;
    visit(start, end, depth, before, row);
  };

  visit(0, keys.length, 0, undefined, firstRow);
  return found;
}

/** Row `depth` of the OSA table of the key prefix (ending in `code`) against every query prefix. */
function nextRow(
  query: string,
  row: number[],
  before: number[] | undefined,
  code: number,
  previousCode: number,
  depth: number,
): number[] {
  const m = query.length;
  const next = new Array<number>(m + 1);
  next[0] = depth;
  for (let j = 1; j <= m; j++) {
    const cost = query.charCodeAt(j - 1) === code ? 0 : 1;
    let best = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
    if (before && j > 1 && query.charCodeAt(j - 2) === code && query.charCodeAt(j - 1) === previousCode) {
      best = Math.min(best, before[j - 2]! + 1);
    }
    next[j] = best;
  }
  return next;
}
