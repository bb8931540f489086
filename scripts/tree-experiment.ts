/** What the tree experiment scripts share: the chosen reference tables, split, and RMSE text. */
import type { Frame } from '../src/core/data/frame';
import { splitRows, type RowSplit } from '../src/core/data/holdout';
import { regressionMetrics } from '../src/core/model/metrics';
import { chosenDatasets, readReferenceFrame, type Dataset } from './reference-datasets';

/** A reference table read for tree fits: its frame, features, prices and holdout split. */
export interface ExperimentTable {
  dataset: Dataset;
  frame: Frame;
  features: string[];
  truth: Float64Array;
  split: RowSplit;
}

/** The reference tables named by `--only` (all when absent), read one at a time. */
export function* experimentTables(): Generator<ExperimentTable> {
  for (const dataset of chosenDatasets()) {
    const { frame, features } = readReferenceFrame(dataset);
    const truth = (frame.columns[dataset.target] as { values: Float64Array }).values;
    const split = splitRows(frame.rowCount, (row) => Number.isFinite(truth[row]!));
    yield { dataset, frame, features, truth, split };
  }
}

/** "RMSE (MAPE%)" of `predicted` on `rows`. */
export function describeFit(
  rows: Int32Array,
  truth: Float64Array,
  predicted: Float64Array,
): string {
  const metrics = regressionMetrics(
    Array.from(rows, (r) => truth[r]!),
    Array.from(rows, (r) => predicted[r]!),
  );
  return `${metrics.rmse.toFixed(2)} (${metrics.mape.toFixed(2)}%)`;
}
