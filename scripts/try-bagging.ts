/**
 * Does averaging tree models boosted with other seeds (row sampling 0.8) beat one model? Fits
 * trees on the log and raw price per reference dataset: the default model, then `--seeds` bagged
 * ones, and prints validation and TEST RMSE of one model and of the averages of 2, 3, … of them.
 * Judge on validation; TEST is printed to report.
 *
 *   npx tsx scripts/try-bagging.ts [--only diamonds,brazil] [--seeds 4] [--row-sample 0.8]
 */
import { readFileSync } from 'node:fs';
import { ingestCsvBytes } from '../src/core/data/ingest';
import { splitRows } from '../src/core/data/holdout';
import { regressionMetrics } from '../src/core/model/metrics';
import { frameFromTable, suggestFeatures } from '../src/core/training/table-frame';
import { DEFAULT_TREE_MODEL_PARAMS, fitTreeModel, predictTreeModel } from '../src/core/trees';
import { DATASETS } from './reference-datasets';

const option = (flag: string): string | undefined =>
  process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined;

function rmseOn(rows: Int32Array, truth: Float64Array, predicted: Float64Array): string {
  const metrics = regressionMetrics(
    Array.from(rows, (r) => truth[r]!),
    Array.from(rows, (r) => predicted[r]!),
  );
  return `${metrics.rmse.toFixed(2)} (${metrics.mape.toFixed(2)}%)`;
}

const only = option('--only')?.split(',');
const seeds = Number(option('--seeds') ?? 4);
const rowSampleRate = Number(option('--row-sample') ?? 0.8);
for (const dataset of DATASETS) {
  if (only && !only.includes(dataset.name)) continue;
  const { table } = ingestCsvBytes(new Uint8Array(readFileSync(dataset.path)));
  const features = suggestFeatures(table, dataset.target).filter((n) => !dataset.drop.includes(n));
  const frame = frameFromTable(table, [...features, dataset.target]);
  const truth = (frame.columns[dataset.target] as { values: Float64Array }).values;
  const split = splitRows(frame.rowCount, (row) => Number.isFinite(truth[row]!));
  for (const logTarget of [true, false]) {
    const fit = (params: object) => {
      const started = performance.now();
      const { model, bestRound } = fitTreeModel({
        frame,
        target: dataset.target,
        features,
        params: { ...DEFAULT_TREE_MODEL_PARAMS, logTarget, ...params },
        fitRows: split.fit,
        validationRows: split.validation,
      });
      return { prices: predictTreeModel(model, frame), bestRound, ms: performance.now() - started };
    };
    const base = fit({});
    const label = `${dataset.name} ${logTarget ? 'log' : 'raw'}`;
    console.log(
      `${label} one: val ${rmseOn(split.validation, truth, base.prices)} TEST ${rmseOn(split.test, truth, base.prices)} ${base.bestRound} trees ${(base.ms / 1000).toFixed(1)} s`,
    );
    const sum = new Float64Array(frame.rowCount);
    for (let s = 1; s <= seeds; s++) {
      const bagged = fit({ rowSampleRate, seed: DEFAULT_TREE_MODEL_PARAMS.seed + 100 * s });
      bagged.prices.forEach((p, i) => (sum[i] = sum[i]! + p));
      const mean = sum.map((v) => v / s);
      console.log(
        `${label} bag of ${s}: val ${rmseOn(split.validation, truth, mean)} TEST ${rmseOn(split.test, truth, mean)}  (this seed alone val ${rmseOn(split.validation, truth, bagged.prices)}, ${bagged.bestRound} trees ${(bagged.ms / 1000).toFixed(1)} s)`,
      );
    }
  }
}
