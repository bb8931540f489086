/** What the tree experiment scripts share: options, the chosen reference tables, RMSE text. */
import { readFileSync } from 'node:fs';
import { ingestCsvBytes } from '../src/core/data/ingest';
import type { Frame } from '../src/core/data/frame';
import { splitRows, type RowSplit } from '../src/core/data/holdout';
import { regressionMetrics } from '../src/core/model/metrics';
import { frameFromTable, suggestFeatures } from '../src/core/training/table-frame';
import { DATASETS, type Dataset } from './reference-datasets';

/** The value after `flag` on the command line, if given. */
export const option = (flag: string): string | undefined =>
  process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined;

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
  const only = option('--only')?.split(',');
  for (const dataset of DATASETS) {
    if (only && !only.includes(dataset.name)) continue;
    const { table } = ingestCsvBytes(new Uint8Array(readFileSync(dataset.path)));
    const features = suggestFeatures(table, dataset.target).filter(
      (name) => !dataset.drop.includes(name),
    );
    const frame = frameFromTable(table, [...features, dataset.target]);
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
