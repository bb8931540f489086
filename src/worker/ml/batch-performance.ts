import { performanceDrift, type PerformanceDriftResult } from '../../core/drift';
import type { Frame } from '../../core/data/frame';
import { PriceEstimator } from '../../core/model/price-estimator';
import type { ModelVersionRecord } from '../../storage/model-types';

/** Rows per predict call when pricing a batch for performance drift. */
const PREDICT_BATCH_SIZE = 4096;

/**
 * Prices a batch that carries actual prices with the version's model and compares its RMSE and
 * MAPE with the version's holdout (TEST) metrics: flagged when worse by more than
 * `thresholdPercent`. Null when the batch has no actual prices; a refusal naming the columns
 * when the model cannot read the batch.
 */
export async function batchPerformance(
  record: ModelVersionRecord,
  frame: Frame,
  thresholdPercent: number,
): Promise<PerformanceDriftResult | null> {
  const { signature, card } = record.bundle;
  const actual = frame.columns[signature.target.name];
  if (!actual) return null;
  if (actual.kind === 'category') {
    return { ok: false, message: `Column "${signature.target.name}" holds text, not prices.` };
  }
  const missing = signature.inputs.filter((input) => !frame.columns[input.name]);
  if (missing.length > 0) {
    const names = missing.map((input) => `"${input.name}"`).join(', ');
    return { ok: false, message: `Performance was not checked: the batch lacks ${names}.` };
  }
  const estimator = await PriceEstimator.load(record.bundle);
  try {
    const { values } = await estimator.estimate(frame, PREDICT_BATCH_SIZE);
    const reference = { rmse: card.test.rmse, mape: card.test.mape };
    return performanceDrift(actual.values, values, reference, thresholdPercent);
  } finally {
    estimator.dispose();
  }
}
