/**
 * Medians and 90th percentiles by the nearest-rank method on the sorted values: the median of an
 * even count is the mean of the two middle values; p90 is the value at rank ⌈0.9·n⌉. Over nothing, null.
 */
export function summarize(values: number[]): { median: number | null; p90: number | null; count: number } {
  if (values.length === 0) return { median: null, p90: null, count: 0 };
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const p90 = sorted[Math.ceil(0.9 * n) - 1];
  return { median: round(median), p90: round(p90), count: n };
}

export function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return round(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Two decimals: seconds and scores read better without float noise. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
