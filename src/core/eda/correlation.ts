import type { CodedColumn } from '../data/ingest/table';
import type { CorrelationMatrix } from './types';

/** A numeric column with the mean of its present values (to centre sums for accuracy). */
export interface NumericSeries {
  name: string;
  values: Float64Array;
  mean: number;
  /** True when every value is present (no NaN): correlations then skip the per-row checks. */
  isComplete?: boolean;
}

/** At most this many columns enter the correlation matrix (its cost grows with the square). */
export const MAX_CORRELATION_COLUMNS = 40;

/** Sums of centred values over the rows used: their count, Σu, Σu². */
interface CentredSums {
  n: number;
  sum: number;
  squares: number;
}

/** Pearson r of two columns over the rows where both are present; NaN if undefined. */
export function pearson(a: NumericSeries, b: NumericSeries): number {
  const x = a.values;
  const y = b.values;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const u = x[i]! - a.mean;
    const v = y[i]! - b.mean;
    if (u !== u || v !== v) continue;
    n++;
    sx += u;
    sy += v;
    sxx += u * u;
    syy += v * v;
    sxy += u * v;
  }
  return correlationOfSums({ n, sum: sx, squares: sxx }, { n, sum: sy, squares: syy }, sxy);
}

/** r from centred sums over the same rows, and Σuv. */
function correlationOfSums(x: CentredSums, y: CentredSums, sxy: number): number {
  const n = x.n;
  const covariance = sxy - (x.sum * y.sum) / n;
  const varianceX = x.squares - (x.sum * x.sum) / n;
  const varianceY = y.squares - (y.sum * y.sum) / n;
  if (n < 2 || !(varianceX > 0) || !(varianceY > 0)) return Number.NaN;
  return clamp(covariance / Math.sqrt(varianceX * varianceY));
}

/**
 * The symmetric matrix of pairwise Pearson correlations (1 on the diagonal). For two complete
 * columns Σu and Σu² are each column's own, summed once, so a pair costs one pass for Σuv (the
 * same sums, in the same order, as {@link pearson}).
 */
export function correlationMatrix(series: readonly NumericSeries[]): CorrelationMatrix {
  const kept = series.slice(0, MAX_CORRELATION_COLUMNS);
  const sums = kept.map((s) => (s.isComplete ? centredSums(s) : null));
  const values = kept.map(() => new Array<number>(kept.length).fill(Number.NaN));
  for (let i = 0; i < kept.length; i++) {
    values[i]![i] = 1;
    for (let j = i + 1; j < kept.length; j++) {
      const [a, b] = [kept[i]!, kept[j]!];
      const [sumsA, sumsB] = [sums[i], sums[j]];
      const r =
        sumsA && sumsB ? correlationOfSums(sumsA, sumsB, centredProducts(a, b)) : pearson(a, b);
      values[i]![j] = r;
      values[j]![i] = r;
    }
  }
  return { names: kept.map((s) => s.name), values };
}

function centredSums({ values, mean }: NumericSeries): CentredSums {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const u = values[i]! - mean;
    sum += u;
    squares += u * u;
  }
  return { n: values.length, sum, squares };
}

/** Σuv over every row (both columns complete). */
function centredProducts(a: NumericSeries, b: NumericSeries): number {
  const x = a.values;
  const y = b.values;
  const meanX = a.mean;
  const meanY = b.mean;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) sxy += (x[i]! - meanX) * (y[i]! - meanY);
  return sxy;
}

/**
 * The correlation ratio η of a category and a numeric target: the square root of the share of
 * the target's variance explained by the category's level means, over rows where both are
 * present. 0 = no association, 1 = the level fixes the target. NaN when undefined.
 */
export function correlationRatio(column: CodedColumn, target: Float64Array): number {
  const levels = column.levels.length;
  const counts = new Float64Array(levels);
  const sums = new Float64Array(levels);
  let n = 0;
  let total = 0;
  for (let i = 0; i < target.length; i++) {
    const code = column.codes[i]!;
    const y = target[i]!;
    if (code < 0 || y !== y) continue;
    counts[code]!++;
    sums[code]! += y;
    n++;
    total += y;
  }
  const mean = total / n;
  let within = 0;
  for (let i = 0; i < target.length; i++) {
    const code = column.codes[i]!;
    const y = target[i]!;
    if (code < 0 || y !== y) continue;
    const deviation = y - sums[code]! / counts[code]!;
    within += deviation * deviation;
  }
  let between = 0;
  for (let l = 0; l < levels; l++) {
    if (counts[l]! > 0) between += counts[l]! * (sums[l]! / counts[l]! - mean) ** 2;
  }
  const totalSquares = between + within;
  return n > 1 && totalSquares > 0 ? Math.sqrt(between / totalSquares) : Number.NaN;
}

/**
 * Ranks of a column's values (1-based, ties get their average rank; NaN stays NaN), found by
 * binary search in the column's ascending present values. Pearson r of two rank columns is
 * Spearman's ρ (ranks are taken over each column's own present values).
 */
export function rankValues(values: Float64Array, sorted: Float64Array): Float64Array {
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isFinite(value)) {
      ranks[i] = Number.NaN;
      continue;
    }
    const first = bound(sorted, value, false);
    const last = bound(sorted, value, true) - 1;
    ranks[i] = (first + last) / 2 + 1;
  }
  return ranks;
}

/** First index whose value is ≥ `value` (or > `value` when `isAfter`). */
function bound(sorted: Float64Array, value: number, isAfter: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const entry = sorted[middle]!;
    if (entry < value || (isAfter && entry === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function clamp(r: number): number {
  return Math.max(-1, Math.min(1, r));
}
