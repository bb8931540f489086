/** Summary statistics over timing samples (any unit; the caller names it). */

/** Sorted copy, ascending. */
function sortedAscending(samples: readonly number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

/** The `fraction` quantile (0–1) by the nearest-rank rule; NaN for no samples. */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = sortedAscending(samples);
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The middle value (mean of the two middle values for an even count); NaN for no samples. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = sortedAscending(samples);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The largest value; NaN for no samples. */
export function maximum(samples: readonly number[]): number {
  return samples.length === 0 ? Number.NaN : Math.max(...samples);
}
