import { quantileOfSorted } from '../statistics';
import { radixSortFloat64 } from './radix-sort';
import type { NumericSummary, Quantiles } from './types';
import { countFiniteValues, type ValueCounts } from './value-counts';

/** Columns with at most this many distinct values are sorted by counting, not comparing. */
const MAX_COUNTED_VALUES = 1 << 16;

/**
 * Ascending copy of the finite values of a column (NaN and ±Infinity left out). Columns with few distinct values (years, rooms, tax bands, and prices or
 * mileages with thousands of values over millions of rows) are counted in a hash table and
 * expanded (-0 becomes 0 there), which is several times faster than sorting millions of values;
 * others are copied and radix-sorted.
 */
export function sortFinite(values: Float64Array): Float64Array {
  const counted = countFiniteValues(values, MAX_COUNTED_VALUES);
  return counted === null ? copySorted(values) : expandCounts(counted);
}

function copySorted(values: Float64Array): Float64Array {
  let finite = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! - values[i]! === 0) finite++;
  const sorted = new Float64Array(finite);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value - value === 0) sorted[at++] = value;
  }
  radixSortFloat64(sorted);
  return sorted;
}

function expandCounts({ values, counts, finite }: ValueCounts): Float64Array {
  const sorted = new Float64Array(finite);
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    sorted.fill(values[k]!, at, at + counts[k]!);
    at += counts[k]!;
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
  const min = n > 0 ? sorted[0]! : Number.NaN;
  const max = n > 0 ? sorted[n - 1]! : Number.NaN;
  const moments = statistics({ n, mean, squares, cubes });
  return { ...moments, min, max, zeros, negatives, ...quantilesOf(sorted) };
}

/** Mean, standard deviation and skewness from the sums of squared and cubed deviations. */
function statistics(sums: { n: number; mean: number; squares: number; cubes: number }) {
  const { n, mean, squares, cubes } = sums;
  const variance = squares / n;
  const std = Math.sqrt(variance);
  const skewness = variance > 0 ? cubes / n / (variance * std) : n > 0 ? 0 : Number.NaN;
  return { mean, std, skewness };
}

/** Distinct values of an ascending array. */
export function countDistinctSorted(sorted: Float64Array): number {
  let distinct = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}

/**
 * Finite values held as distinct values and their counts (see `countFiniteValues`), with the
 * running total of the counts, so that the i-th value of the ascending array they stand for is
 * found without making that array.
 */
export interface CountedValues extends ValueCounts {
  /** `ends[k]`: counts of `values[0..k]` summed. */
  ends: Float64Array;
}

/** {@link CountedValues} of counts. */
export function withEnds(counted: ValueCounts): CountedValues {
  const ends = new Float64Array(counted.counts.length);
  let total = 0;
  counted.counts.forEach((count, k) => (ends[k] = total += count));
  return { ...counted, ends };
}

/** The `index`-th (0-based) value of the ascending array that `counted` stands for. */
export function valueAtRank(counted: CountedValues, index: number): number {
  let low = 0;
  let high = counted.ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (counted.ends[middle]! > index) high = middle;
    else low = middle + 1;
  }
  return counted.values[low]!;
}

/** `quantileOfSorted` of the ascending array that `counted` stands for. */
export function quantileOfCounts(counted: CountedValues, q: number): number {
  const n = counted.finite;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const weight = position - below;
  return valueAtRank(counted, below) * (1 - weight) + valueAtRank(counted, above) * weight;
}

/**
 * {@link summariseSorted} of the ascending array that `counted` stands for, with the same sums
 * in the same order (each value added as many times as it occurs), so the same doubles.
 */
export function summariseCounts(counted: CountedValues): NumericSummary {
  const { values, counts, finite: n } = counted;
  let sum = 0;
  let zeros = 0;
  let negatives = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    for (let c = counts[k]!; c > 0; c--) sum += value;
    if (value === 0) zeros += counts[k]!;
    else if (value < 0) negatives += counts[k]!;
  }
  const mean = sum / n;
  let squares = 0;
  let cubes = 0;
  for (let k = 0; k < values.length; k++) {
    const deviation = values[k]! - mean;
    const square = deviation * deviation;
    const cube = square * deviation;
    for (let c = counts[k]!; c > 0; c--) {
      squares += square;
      cubes += cube;
    }
  }
  const quantile = (q: number) => quantileOfCounts(counted, q);
  const quantiles = { q05: quantile(0.05), q25: quantile(0.25), q50: quantile(0.5) };
  return {
    ...statistics({ n, mean, squares, cubes }),
    min: values[0]!,
    max: values[values.length - 1]!,
    zeros,
    negatives,
    ...quantiles,
    q75: quantile(0.75),
    q95: quantile(0.95),
  };
}
