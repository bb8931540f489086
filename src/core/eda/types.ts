import type { ColumnType } from '../data/column-typing';

/** The quantiles every numeric summary carries (5th, 25th, 50th, 75th and 95th percentiles). */
export const QUANTILE_LEVELS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** Quantiles at {@link QUANTILE_LEVELS}, linear interpolation (numpy's default). */
export interface Quantiles {
  q05: number;
  q25: number;
  q50: number;
  q75: number;
  q95: number;
}

/** Statistics of the present values of a numeric column (NaN when there are none). */
export interface NumericSummary extends Quantiles {
  mean: number;
  /** Population standard deviation. */
  std: number;
  min: number;
  max: number;
  /** Fisher–Pearson skewness (biased); 0 for a constant column. */
  skewness: number;
  zeros: number;
  negatives: number;
}

/**
 * Counts for a bar chart: `bins` has `counts[i]` values in `[edges[i], edges[i+1])` (the last bin
 * is closed); `values` has one bar per distinct value. At most 30 bars.
 */
export type Histogram =
  | { kind: 'bins'; edges: number[]; counts: number[] }
  | { kind: 'values'; values: number[]; counts: number[] };

/** The most frequent levels, then everything else in one `other` bar. */
export interface TopLevels {
  levels: { level: string; count: number }[];
  /** Values outside the top levels, and how many distinct levels that is. */
  otherCount: number;
  otherLevels: number;
}

/** One column's profile; `numeric` for numbers and booleans, `top` for all but numbers. */
export interface ColumnProfile {
  name: string;
  type: ColumnType;
  /** Present (non-missing) values. */
  count: number;
  missing: number;
  missingShare: number;
  /** Distinct present values, exact (typed columns make it cheap). */
  distinct: number;
  numeric?: NumericSummary;
  histogram?: Histogram;
  top?: TopLevels;
  /** Earliest and latest value of a date column (ISO text sorts as time). */
  dateRange?: { min: string; max: string };
}

/** The target's distribution on a linear scale and on a log10 scale. */
export interface TargetProfile {
  name: string;
  summary: NumericSummary;
  histogram: Histogram;
  /** Histogram of log10(value) over the positive values; null when none are positive. */
  logHistogram: Histogram | null;
  /** Values ≤ 0, left out of the log view. */
  nonPositive: number;
  missing: number;
}

/** Pearson correlations of the numeric columns, over rows where both values are present. */
export interface CorrelationMatrix {
  names: string[];
  /** `values[i][j]` = r(names[i], names[j]); NaN when undefined (constant or no overlap). */
  values: number[][];
}

/**
 * How strongly a feature goes with the target: |Pearson r| for numbers and booleans, η for
 * categories. Numbers also carry |Spearman ρ|, which outliers cannot hide (a `total` that
 * includes the rent correlates weakly by r when a few huge fees dominate, strongly by ρ).
 */
export interface TargetAssociation {
  name: string;
  measure: 'pearson' | 'eta';
  value: number;
  spearman?: number;
}

/** Target statistics in one group of rows: a bin of a numeric feature or a category level. */
export interface TargetGroup extends Quantiles {
  label: string;
  count: number;
  mean: number;
  /** The feature's range in this bin (numeric features only). */
  low?: number;
  high?: number;
}

/** The target against one feature, pre-aggregated for a chart. */
export interface FeatureTargetView {
  name: string;
  kind: 'binned' | 'levels';
  groups: TargetGroup[];
}

/** Missing values across the table. */
export interface MissingOverview {
  /** Columns with at least one missing value, most missing first. */
  columns: { name: string; missing: number; share: number }[];
  rowsWithMissing: number;
}

/** Duplicate rows: rows equal, in every column, to an earlier row. */
export interface DuplicateRows {
  count: number;
  share: number;
  /** Rows equal to an earlier row in every column except the target (conflicting prices). */
  ignoringTarget?: number;
}

/** Alert kinds, in the spirit of ydata-profiling. Thresholds: `ALERT_THRESHOLDS`. */
export type AlertKind =
  | 'all-missing'
  | 'constant'
  | 'many-missing'
  | 'high-cardinality'
  | 'unique'
  | 'id-like'
  | 'skewed'
  | 'many-zeros'
  | 'imbalanced'
  | 'infinite'
  | 'unparsed'
  | 'messy-values'
  | 'duplicates'
  | 'target-leak'
  | 'target-missing'
  | 'ragged-rows';

/** One finding for the person, with the number it rests on. */
export interface Alert {
  kind: AlertKind;
  severity: 'warning' | 'info';
  /** The column concerned; absent for table-wide alerts. */
  column?: string;
  value: number;
  message: string;
}

/** Everything the Data page shows about a dataset version; plain data, cheap to clone. */
export interface EdaReport {
  rowCount: number;
  columns: ColumnProfile[];
  target: TargetProfile | null;
  correlations: CorrelationMatrix;
  associations: TargetAssociation[];
  featureViews: FeatureTargetView[];
  missing: MissingOverview;
  duplicates: DuplicateRows;
  alerts: Alert[];
}
