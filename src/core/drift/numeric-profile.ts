import { fitBinEdges } from '../model/numeric-bins';
import { createRandom } from '../random';
import { meanAndStd } from '../statistics';
import {
  MAX_DISTINCT_VALUES,
  SAMPLE_SIZE,
  type NumericCurrent,
  type NumericReference,
  type NumericStats,
} from './profile-types';
import { buildQuantileSketch } from './wasserstein';

/** How a numeric reference is summarised. */
export interface NumericProfileOptions {
  /** Quantile bins, 2–50. */
  binCount: number;
  /** Knots of the quantile sketch. */
  maxKnots: number;
  /** Seed of the reservoir sample. */
  seed: number;
}

/** The finite values of `values` at `rows` (every row when null), in row order; NaN is missing. */
export function presentValues(
  values: Float64Array,
  rows: Int32Array | null,
): { present: Float64Array; missing: number } {
  const total = rows ? rows.length : values.length;
  const present = new Float64Array(total);
  let count = 0;
  for (let k = 0; k < total; k++) {
    const value = values[rows ? rows[k]! : k]!;
    if (Number.isFinite(value)) present[count++] = value;
  }
  return { present: present.slice(0, count), missing: total - count };
}

/** Algorithm R: a uniform sample of `size` values, the same for the same seed and input order. */
export function reservoirSample(values: Float64Array, size: number, seed: number): number[] {
  if (values.length <= size) return Array.from(values);
  const random = createRandom(seed);
  const sample = Array.from(values.subarray(0, size));
  for (let i = size; i < values.length; i++) {
    const j = Math.floor(random() * (i + 1));
    if (j < size) sample[j] = values[i]!;
  }
  return sample;
}

/** Index of the bin holding `x`: the last edge ≤ x, clamped to the outer bins. */
export function binIndex(edges: readonly number[], x: number): number {
  let low = 0;
  let high = edges.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (edges[mid]! <= x) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Counts of ascending `sorted` values in the bins of `edges` (none when edges are empty). */
export function countInBins(edges: readonly number[], sorted: ArrayLike<number>): number[] {
  if (edges.length < 2) return [];
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (let i = 0; i < sorted.length; i++) counts[binIndex(edges, sorted[i]!)]!++;
  return counts;
}

/** Distinct values and counts of an ascending array, or null past {@link MAX_DISTINCT_VALUES}. */
export function distinctCounts(
  sorted: ArrayLike<number>,
): { values: number[]; counts: number[] } | null {
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
    if (values.length > 0 && values[values.length - 1] === value) counts[counts.length - 1]!++;
    else if (values.length === MAX_DISTINCT_VALUES) return null;
    else {
      values.push(value);
      counts.push(1);
    }
  }
  return { values, counts };
}

/** Mean, population std, min and max of ascending values; null when there are none. */
export function statsOfSorted(sorted: Float64Array): NumericStats | null {
  if (sorted.length === 0) return null;
  const { mean, std } = meanAndStd(sorted);
  return { mean, std, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** Summarises a reference column's present values (in row order) for later drift checks. */
export function numericReference(
  name: string,
  kind: 'number' | 'boolean',
  column: { present: Float64Array; missing: number },
  options: NumericProfileOptions,
): NumericReference {
  const sorted = Float64Array.from(column.present).sort();
  const edges = fitBinEdges(sorted, options.binCount);
  const sample = reservoirSample(column.present, SAMPLE_SIZE, options.seed);
  return {
    name,
    kind,
    count: sorted.length,
    missing: column.missing,
    stats: statsOfSorted(sorted),
    bins: { edges, counts: countInBins(edges, sorted) },
    distinct: distinctCounts(sorted),
    sample: sample.sort((a, b) => a - b),
    sketch: sorted.length > 0 ? buildQuantileSketch(sorted, options.maxKnots) : null,
  };
}

/** Summarises a batch column's present values against its reference (same bins). */
export function numericCurrent(
  reference: NumericReference,
  column: { present: Float64Array; missing: number },
): NumericCurrent {
  const sorted = Float64Array.from(column.present).sort();
  return {
    name: reference.name,
    kind: reference.kind,
    count: sorted.length,
    missing: column.missing,
    stats: statsOfSorted(sorted),
    sorted,
    binCounts: countInBins(reference.bins.edges, sorted),
  };
}
