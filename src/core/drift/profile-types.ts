import type { QuantileSketch } from './wasserstein';

/**
 * The shapes drift checks work from. A {@link ReferenceProfile} is stored with a model version
 * (plain JSON: numbers, strings, arrays); a {@link CurrentProfile} summarises one batch against
 * it and lives only while a report is made.
 */

/** Format version of {@link ReferenceProfile}; bump when the shape changes. */
export const REFERENCE_PROFILE_VERSION = 1;

/** A reference with at most this many present values keeps all of them in `sample`. */
export const SAMPLE_SIZE = 1000;

/** Distinct values are counted exactly when a numeric column has at most this many. */
export const MAX_DISTINCT_VALUES = 20;

/** Mean, population standard deviation (ddof 0, as Evidently's `np.std`), min and max. */
export interface NumericStats {
  mean: number;
  std: number;
  min: number;
  max: number;
}

/** Training summary of a number or boolean column (booleans as 0/1). */
export interface NumericReference {
  name: string;
  kind: 'number' | 'boolean';
  /** Present (finite) values and missing ones among the profiled rows. */
  count: number;
  missing: number;
  /** Null when no value is present. */
  stats: NumericStats | null;
  /**
   * Quantile bins: `counts[i]` values in [edges[i], edges[i+1]) (the last closed). A batch's
   * values below the first edge count in the first bin, above the last in the last bin.
   * Empty when the column has fewer than two distinct values.
   */
  bins: { edges: number[]; counts: number[] };
  /** Every distinct value and its count, ascending, when there are at most 20; else null. */
  distinct: { values: number[]; counts: number[] } | null;
  /**
   * Ascending values: all present values when `count` ≤ {@link SAMPLE_SIZE} (exact tests), else a
   * seeded reservoir sample of {@link SAMPLE_SIZE} of them.
   */
  sample: number[];
  /** The whole column's quantile function in at most 256 knots; null when no value is present. */
  sketch: QuantileSketch | null;
}

/** Training summary of a category column: the most frequent levels, then one `other` count. */
export interface CategoryReference {
  name: string;
  kind: 'category';
  count: number;
  missing: number;
  /** Most frequent first (ties by level, ascending). */
  levels: { level: string; count: number }[];
  /** Rows whose level is not listed, and how many distinct levels they hold. */
  otherCount: number;
  otherLevels: number;
}

/** Training summary of one column. */
export type FeatureReference = NumericReference | CategoryReference;

/** What a model version keeps of its training rows to check drift later, without the rows. */
export interface ReferenceProfile {
  version: typeof REFERENCE_PROFILE_VERSION;
  /** Training rows profiled. */
  rows: number;
  /** Seed of the reservoir samples. */
  seed: number;
  /** In the model's feature order. */
  features: FeatureReference[];
  target: NumericReference | null;
}

/** A batch's number or boolean column against its reference. */
export interface NumericCurrent {
  name: string;
  kind: 'number' | 'boolean';
  count: number;
  missing: number;
  stats: NumericStats | null;
  /** Present values, ascending. */
  sorted: Float64Array;
  /** Counts in the reference's bins (outer bins open-ended); empty when the reference has none. */
  binCounts: number[];
}

/** A batch's category column against its reference. */
export interface CategoryCurrent {
  name: string;
  kind: 'category';
  count: number;
  missing: number;
  /** Counts of the reference's listed levels, in the reference's order. */
  counts: number[];
  /** Levels the reference does not list, most frequent first. */
  unlisted: { level: string; count: number }[];
}

/** A batch's column against its reference. */
export type FeatureCurrent = NumericCurrent | CategoryCurrent;

/** A reference column the batch cannot be compared on, and why. */
export interface ColumnProblem {
  name: string;
  problem: 'missing-column' | 'wrong-kind';
  message: string;
}

/** A batch summarised against a reference profile (same bins and levels). */
export interface CurrentProfile {
  rows: number;
  /** The reference's features the batch holds with the right kind, in the reference's order. */
  features: FeatureCurrent[];
  target: NumericCurrent | null;
  /** Reference features (and the target) the batch lacks or holds with another kind. */
  problems: ColumnProblem[];
}
