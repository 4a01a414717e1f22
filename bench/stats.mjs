// Small statistics and formatting helpers shared by the benchmark modules.

/** Value at quantile `q` (0..1) of a list, nearest-rank on a sorted copy. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => quantile(values, 0.5);

/** min / median / max of repeated measurements. */
export function spread(values) {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values), runs: values.length };
}

/** Rounds to a few significant decimals for JSON and tables. */
export function round(value, decimals = 3) {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function roundSpread(s, decimals = 3) {
  return { min: round(s.min, decimals), median: round(s.median, decimals), max: round(s.max, decimals), runs: s.runs };
}

/** Times a synchronous function once, in milliseconds. */
export function timeOnce(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}
