import type { DriftBar, NumericReference } from '../../core/drift';
import type { BulkRunRecord, PredictionRecord } from '../../storage/prediction-log';
import { priceDistribution } from './monitor-view';

/** Predicted prices of one model version against that version's training target. */
export interface PriceComparison {
  version: number;
  /** Shares per training-target bin; empty without a binned target. */
  bars: DriftBar[];
  /** Logged predictions (estimates and bulk-sample rows) made by `version`, binned in `bars`. */
  comparedCount: number;
  /**
   * Logged predictions made by other versions, left out: their targets and units (€/day, BRL…)
   * need not be this version's.
   */
  leftOutCount: number;
}

/** The log entries a comparison reads: estimates and bulk runs, each with its version. */
export interface LoggedPredictions {
  predictions: readonly PredictionRecord[];
  bulkRuns: readonly BulkRunRecord[];
}

/**
 * Bins the prices `version` predicted (estimates and bulk samples) in `target`'s bins, the
 * training target of that same version, and counts the predictions other versions made.
 */
export function priceComparison(
  log: LoggedPredictions,
  version: number,
  target: NumericReference | null,
): PriceComparison {
  const prices: number[] = [];
  let leftOutCount = 0;
  const take = (modelVersion: number, values: readonly number[]) => {
    if (modelVersion === version) prices.push(...values);
    else leftOutCount += values.length;
  };
  for (const record of log.predictions) take(record.modelVersion, [record.value]);
  for (const run of log.bulkRuns)
    take(
      run.modelVersion,
      run.sample.map((row) => row.value),
    );
  return {
    version,
    bars: priceDistribution(prices, target),
    comparedCount: prices.filter(Number.isFinite).length,
    leftOutCount,
  };
}
