import type { RowOutcome } from '../../core/bulk/output-columns';
import { checkRows } from '../../core/bulk/row-checks';
import { rowOutcomes } from '../../core/bulk/row-outcomes';
import type { RunTally } from '../../core/bulk/run-tally';
import type { ScoringPlan } from '../../core/bulk/scoring-plan';
import type { PriceEstimator } from '../../core/model/price-estimator';
import type { Signature } from '../../core/model/signature';
import type { BulkLimits, BulkRequest } from './bulk-api';
import type { OutputSink } from './output-sink';
import type { ProgressMeter } from './progress-meter';

/** Rows per tensor batch inside one chunk's predict call (always passed explicitly). */
export const PREDICT_BATCH_SIZE = 8192;

/** What a CSV or XLSX run works with. */
export interface RunContext {
  request: BulkRequest;
  signature: Signature;
  estimator: PriceEstimator;
  sink: OutputSink;
  meter: ProgressMeter;
  tally: RunTally;
  limits: BulkLimits;
  isCancelled(): boolean;
}

/** How a run's loop ended (failures throw). */
export type RunEnd = 'done' | 'cancelled';

/** Checks a chunk of rows and prices its scorable rows in one batched call. */
export async function priceRows(
  estimator: PriceEstimator,
  plan: ScoringPlan,
  rows: readonly (readonly string[])[],
): Promise<RowOutcome[]> {
  const checked = checkRows(plan, rows);
  const estimates =
    checked.frame.rowCount > 0
      ? await estimator.estimate(checked.frame, PREDICT_BATCH_SIZE)
      : { values: new Float64Array(0), low: new Float64Array(0), high: new Float64Array(0) };
  return rowOutcomes(checked, estimates);
}
