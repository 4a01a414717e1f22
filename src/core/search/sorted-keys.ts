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
 *
 * Only the cells within `maxEdits` of the diagonal are computed: a key prefix and a query prefix
 * whose lengths differ by more cannot be that close. Values are capped at `maxEdits + 1` (all that
 * matters is "within budget or not"), so each row is 2 * maxEdits + 1 cells, whatever the query's
 * length. `from` and `to` limit the walk to a range of the keys (say, those starting with "v").
 */
export function fuzzySearch(
  keys: readonly string[],
  query: string,
  maxEdits: number,
  mode: 'prefix' | 'whole',
  from = 0,
  to = keys.length,
): FuzzyRange[] {
  const found: FuzzyRange[] = [];
  const m = query.length;
  const tooFar = maxEdits + 1;
  // rows[d][p] is the distance between a key prefix of length d and query[0, j), stored at
  // p = j - d + maxEdits + 1: the band is p in [1, 2 * maxEdits + 1], with a `tooFar` cell on
  // either side. Along the band, "j - 1 in the row above" is the same p, "j" is p + 1.
  const width = 2 * maxEdits + 3;
  const diagonal = maxEdits + 1;
  const rows: number[][] = [];
  const rowMinimum: number[] = [];
  const cell = (depth: number, j: number): number =>
    Math.abs(depth - j) > maxEdits ? tooFar : rows[depth]![j - depth + diagonal]!;

  const firstRow = new Array<number>(width).fill(tooFar);
  for (let j = 0; j <= Math.min(m, maxEdits); j++) firstRow[j + diagonal] = j;
  rows[0] = firstRow;
  rowMinimum[0] = 0;

  /** Row `depth` for a key prefix ending in `code` (after `previousCode`), from the two rows above. */
  const computeRow = (depth: number, code: number, previousCode: number): void => {
    const row = rows[depth - 1]!;
    const before = depth > 1 ? rows[depth - 2]! : undefined;
    const next = (rows[depth] ??= new Array<number>(width).fill(tooFar));
    let minimum = tooFar;
    for (let p = 1; p < width - 1; p++) {
      const j = depth + p - diagonal;
      let best: number;
      if (j < 0 || j > m) best = tooFar;
      else if (j === 0) best = Math.min(depth, tooFar);
      else {
        const cost = query.charCodeAt(j - 1) === code ? 0 : 1;
        best = Math.min(row[p + 1]! + 1, next[p - 1]! + 1, row[p]! + cost, tooFar);
        if (before && j > 1 && query.charCodeAt(j - 2) === code && query.charCodeAt(j - 1) === previousCode) {
          best = Math.min(best, before[p]! + 1);
        }
      }
      next[p] = best;
      if (best < minimum) minimum = best;
    }
    rowMinimum[depth] = minimum;
  };

  const visit = (start: number, end: number, depth: number): void => {
    let index = start;
    // Keys that end here are a whole match when the query's last cell is within budget.
    while (index < end && keys[index]!.length === depth) index++;
    if (mode === 'whole' && index > start) {
      const distance = cell(depth, m);
      if (distance <= maxEdits && distance > 0) found.push({ start, end: index, distance });
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
      computeRow(depth + 1, code, depth > 0 ? keys[index]!.charCodeAt(depth - 1) : -1);
      descend(index, groupEnd, depth + 1);
      index = groupEnd;
    }
  };

  const descend = (start: number, end: number, depth: number): void => {
    const last = cell(depth, m);
    if (mode === 'prefix' && last <= maxEdits) {
      // Distance 0 is a plain prefix match, found without typos; everything below is covered.
      if (last > 0) found.push({ start, end, distance: last });
      return;
    }
    if (rowMinimum[depth]! > maxEdits) return;
    visit(start, end, depth);
  };

  visit(from, to, 0);
  return found;
}
