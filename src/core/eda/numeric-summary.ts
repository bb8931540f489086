import { quantileOfSorted } from '../statistics';
import type { NumericSummary, Quantiles } from './types';

/** Columns with at most this many distinct values are sorted by counting, not comparing. */
const MAX_COUNTED_VALUES = 1024;

/**
 * Ascending copy of the finite values of a column (NaN and ±Infinity left out). Columns with few
 * distinct values (years, rooms, tax bands) are counted in a Map and expanded, which is several
 * times faster than sorting millions of values; others are copied and sorted.
 */
export function sortFinite(values: Float64Array): Float64Array {
  let counts: Map<number, number> | null = new Map();
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isFinite(value)) continue;
    finite++;
    if (counts === null) continue;
    const count = counts.get(value);
    if (count !== undefined) counts.set(value, count + 1);
    else if (counts.size < MAX_COUNTED_VALUES) counts.set(value, 1);
    else counts = null;
  }
  return counts === null ? copySorted(values, finite) : expandCounts(counts, finite);
}

function copySorted(values: Float64Array, finite: number): Float64Array {
  const sorted = new Float64Array(finite);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (Number.isFinite(value)) sorted[at++] = value;
  }
  return sorted.sort();
}

function expandCounts(counts: Map<number, number>, finite: number): Float64Array {
  const sorted = new Float64Array(finite);
  let at = 0;
  for (const value of Float64Array.from(counts.keys()).sort()) {
    const count = counts.get(value)!;
    sorted.fill(value, at, at + count);
    at += count;
  }
  return sorted;
}

/** The five quantiles of an ascending array (NaN when it is empty). */
export function quantilesOf(sorted: ArrayLike<number>): Quantiles {
  return {
    q05: quantileOfSorted(sorted, 0.05),
    q25: quantileOfSorted(sorted, 0.25),
    q50: quantileOfSorted(sorted, 0.5),
    q75: quantileOfSorted(sorted, 0.75),
    q95: quantileOfSorted(sorted, 0.95),
  };
}

/** Summary statistics of an ascending array of finite values. */
export function summariseSorted(sorted: Float64Array): NumericSummary {
  const n = sorted.length;
  let sum = 0;
  let zeros = 0;
  let negatives = 0;
  for (let i = 0; i < n; i++) {
    const value = sorted[i]!;
    sum += value;
    if (value === 0) zeros++;
    else if (value < 0) negatives++;
  }
  const mean = sum / n;
  let squares = 0;
  let cubes = 0;
  for (let i = 0; i < n; i++) {
    const deviation = sorted[i]! - mean;
    squares += deviation * deviation;
    cubes += deviation * deviation * deviation;
  }
  const variance = squares / n;
  const std = Math.sqrt(variance);
  const skewness = variance > 0 ? cubes / n / (variance * std) : n > 0 ? 0 : Number.NaN;
  const min = n > 0 ? sorted[0]! : Number.NaN;
  const max = n > 0 ? sorted[n - 1]! : Number.NaN;
  return { mean, std, min, max, skewness, zeros, negatives, ...quantilesOf(sorted) };
}

/** Distinct values of an ascending array. */
export function countDistinctSorted(sorted: Float64Array): number {
  let distinct = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}
