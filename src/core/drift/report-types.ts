import type { FeatureKind } from '../data/frame';
import type { DriftBar } from './count-keys';
import type { DriftMethod, DriftTestName } from './select-test';

/** Why a column was or was not tested. */
export type DriftStatus =
  'tested' | 'missing-column' | 'wrong-kind' | 'empty-batch' | 'empty-reference';

/**
 * The outcome for one column. Untested columns (status other than `'tested'`) have null test
 * fields and `isDrifted` false, which does not make them stable: check `status` (`isTested`).
 */
export interface FeatureDrift {
  name: string;
  kind: FeatureKind;
  status: DriftStatus;
  test: DriftTestName | null;
  /**
   * KS: D; χ²: the χ² sum (+∞ when the batch has a level the reference never saw); z-test: z;
   * Wasserstein: W₁ / max(reference std, 0.001); Jensen–Shannon: the distance (natural log); PSI.
   */
  statistic: number | null;
  /** For KS, χ² and z only. */
  pValue: number | null;
  threshold: number | null;
  isDrifted: boolean;
  /** Present values compared, and missing shares (null when the batch lacks the column). */
  referenceCount: number;
  currentCount: number;
  referenceMissingShare: number;
  currentMissingShare: number | null;
  /**
   * Wasserstein from the reference's quantile sketch: a bound on |statistic − exact value|
   * (same normed units). 0 when exact; null for other tests.
   */
  approximationError: number | null;
  /**
   * Category rows whose level the reference does not list: unseen in training when
   * `isCertain` (the reference kept every level), else perhaps among its pooled `other`.
   */
  unseen: { rows: number; levels: { level: string; count: number }[]; isCertain: boolean } | null;
  /** Reference vs batch shares for a chart, at most 50 bars. */
  bars: DriftBar[];
  /** What went wrong or what to keep in mind, for people; null when nothing to say. */
  message: string | null;
}

/** Drift of a batch against a model version's reference profile. */
export interface DriftReport {
  method: DriftMethod;
  referenceRows: number;
  currentRows: number;
  /** Every reference feature, in the model's order, tested or not. */
  features: FeatureDrift[];
  /** The target when both the reference and the batch have it; not counted in the share. */
  target: FeatureDrift | null;
  testedCount: number;
  driftedCount: number;
  /** driftedCount / testedCount: untested inputs are in neither count (see `driftCoverage`). */
  driftShare: number;
  /** Dataset drift when driftShare ≥ this (Evidently's `drift_share`, 0.5). */
  driftShareThreshold: number;
  isDatasetDrift: boolean;
  /** Reference features the batch lacks, by name. */
  missingColumns: string[];
  /** Things that limit how far the report can be trusted, for people. */
  warnings: string[];
}

/** A report, or why none could be made (a message naming the problem). */
export type DriftReportResult = { ok: true; report: DriftReport } | { ok: false; message: string };

/** How to test. */
export interface DriftOptions {
  /** Default `'auto'` (Evidently's choice per column). */
  method?: DriftMethod;
  /** One threshold for whichever test each column gets (Evidently's `stattest_threshold`). */
  threshold?: number;
  /** Per-test thresholds; win over `threshold` and the defaults. */
  thresholds?: Partial<Record<DriftTestName, number>>;
  /** Share of drifted features that makes the dataset drifted. Default 0.5. */
  driftShare?: number;
  /** Batches with fewer rows are refused. Default 30. */
  minRows?: number;
}
