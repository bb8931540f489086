import { regressionMetrics, type RegressionMetrics } from '../model/metrics';

/** The version's holdout metrics a batch is compared with (from its metrics card). */
export interface ReferenceMetrics {
  rmse: number;
  /** Percent. */
  mape: number;
}

/** A batch's error against the version's holdout error. */
export interface PerformanceDrift {
  /** Metrics on the batch rows with a finite actual and prediction. */
  batch: RegressionMetrics;
  reference: ReferenceMetrics;
  /**
   * (batch − reference) / reference × 100; positive = worse. Null when not comparable (MAPE
   * with every actual price 0, or a reference metric that is not positive).
   */
  rmseChangePercent: number | null;
  mapeChangePercent: number | null;
  thresholdPercent: number;
  isRmseWorse: boolean;
  isMapeWorse: boolean;
  /** Either metric worse by more than `thresholdPercent`. */
  isDrifted: boolean;
  /** Rows left out because the actual or the prediction was missing or not finite. */
  skippedRows: number;
}

/** A performance check's outcome, or why it could not run. */
export type PerformanceDriftResult =
  { ok: true; drift: PerformanceDrift } | { ok: false; message: string };

function changePercent(batch: number, reference: number): number | null {
  if (!Number.isFinite(batch) || !Number.isFinite(reference) || reference <= 0) return null;
  return ((batch - reference) / reference) * 100;
}

/**
 * RMSE and MAPE of a batch's predictions against its actual prices, compared with the version's
 * holdout metrics: worse when a metric rose by more than `thresholdPercent` percent (default 10).
 * Rows whose actual or prediction is missing are skipped and counted. Refused when `actual` and
 * `predicted` differ in length or no row is left.
 */
export function performanceDrift(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
  reference: ReferenceMetrics,
  thresholdPercent = 10,
): PerformanceDriftResult {
  if (actual.length !== predicted.length) {
    const message = `There are ${actual.length} actual prices but ${predicted.length} predictions.`;
    return { ok: false, message };
  }
  const kept: number[] = [];
  for (let i = 0; i < actual.length; i++) {
    if (Number.isFinite(actual[i]) && Number.isFinite(predicted[i])) kept.push(i);
  }
  if (kept.length === 0)
    return { ok: false, message: 'No row has both an actual price and a prediction.' };
  const batch = regressionMetrics(
    kept.map((i) => actual[i]!),
    kept.map((i) => predicted[i]!),
  );
  const rmseChangePercent = changePercent(batch.rmse, reference.rmse);
  const mapeChangePercent = changePercent(batch.mape, reference.mape);
  const isRmseWorse = rmseChangePercent !== null && rmseChangePercent > thresholdPercent;
  const isMapeWorse = mapeChangePercent !== null && mapeChangePercent > thresholdPercent;
  return {
    ok: true,
    drift: {
      batch,
      reference,
      rmseChangePercent,
      mapeChangePercent,
      thresholdPercent,
      isRmseWorse,
      isMapeWorse,
      isDrifted: isRmseWorse || isMapeWorse,
      skippedRows: actual.length - kept.length,
    },
  };
}
