/**
 * Tries the gradient-boosted tree learner (src/core/trees) on diamonds and the shared pricing
 * tables, printing training time, rounds, TEST RMSE / MAPE / R² and prediction speed.
 * Run with `npx tsx scripts/try-trees.ts [--only name,name] [--log true|false|both] [--params JSON]
 * [--seeds N] [--no-speed] [--importance]`.
 * Features are those the app suggests (as Production trains), minus each table's `drop`.
 * TEST rows are never seen by the learner; the figures here were used to choose the defaults.
 */
import type { Frame } from '../src/core/data/frame';
import { regressionMetrics } from '../src/core/model/metrics';
import {
  DEFAULT_TREE_PARAMS,
  encodeFrame,
  fitTreeModel,
  predictEnsemble,
  predictTreeModel,
  serializeTreeModel,
  type TreeModel,
  type TreeModelParams,
} from '../src/core/trees';
import { option } from './reference-datasets';
import { experimentTables, type ExperimentTable } from './tree-experiment';

/** CPU seconds of this process since `since` (the machines are shared, so wall time is noisy). */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Median rows/s (by CPU time) of `predict` over a few repeats on `rowCount` rows. */
function rowsPerSecond(rowCount: number, predict: () => void): number {
  const speeds: number[] = [];
  for (let repeat = 0; repeat < 5; repeat++) {
    const started = process.cpuUsage();
    predict();
    speeds.push(rowCount / cpuSeconds(started));
  }
  return speeds.sort((a, b) => a - b)[2]!;
}

type Prepared = ExperimentTable;

function testMetrics(data: Prepared, predicted: Float64Array): string {
  const metrics = regressionMetrics(
    Array.from(data.split.test, (row) => data.truth[row]!),
    Array.from(data.split.test, (row) => predicted[row]!),
  );
  return [
    `RMSE ${metrics.rmse.toFixed(metrics.rmse > 1000 ? 0 : 2)}`,
    `MAPE ${metrics.mape.toFixed(2)}%`,
    `R² ${metrics.r2.toFixed(4)}`,
  ].join('  ');
}

/** Fits and reports one model; returns its predictions for every row. */
function run(data: Prepared, params: TreeModelParams): Float64Array {
  const { dataset, frame, split } = data;
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  const fit = fitTreeModel({
    frame,
    target: dataset.target,
    features: data.features,
    params,
    fitRows: split.fit,
    validationRows: split.validation,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(startedCpu);
  const predicted = predictTreeModel(fit.model, frame);
  const speed = process.argv.includes('--no-speed')
    ? { ensemble: Number.NaN, frame: Number.NaN }
    : predictionSpeed(fit.model, frame);
  const ensemble = fit.model.ensemble;
  console.log(
    [
      dataset.name.padEnd(9),
      `log=${params.logTarget ? 'y' : 'n'} seed=${params.seed}`,
      `${seconds.toFixed(2)}s wall ${cpu.toFixed(2)}s cpu`,
      `rounds ${fit.bestRound}/${fit.history.length} (${fit.stopReason})`,
      `leaves ${ensemble.leafValue.length}`,
      `depth≤${maxDepthOf(ensemble)}`,
      testMetrics(data, predicted),
      `predict ${(speed.ensemble / 1e6).toFixed(3)}M rows/s (frame ${(speed.frame / 1e6).toFixed(3)}M)`,
      `${((speed.ensemble * fit.bestRound) / 1e6).toFixed(0)}M tree-rows/s`,
      `${(JSON.stringify(serializeTreeModel(fit.model)).length / 1024).toFixed(0)} KB`,
    ].join('  '),
  );
  if (process.argv.includes('--importance')) console.log(fit.importance.slice(0, 8));
  return predicted;
}

/** `--seeds N` fits N seeds and also reports the average of their predictions. */
function runSeeds(data: Prepared, params: TreeModelParams, seeds: number): void {
  const sum = new Float64Array(data.frame.rowCount);
  for (let k = 0; k < seeds; k++) {
    run(data, { ...params, seed: params.seed + k }).forEach(
      (value, i) => (sum[i] = sum[i]! + value),
    );
  }
  if (seeds > 1) {
    const average = sum.map((value) => value / seeds);
    console.log(
      `${data.dataset.name.padEnd(9)}  average of ${seeds} seeds  ${testMetrics(data, average)}`,
    );
  }
}

function maxDepthOf(ensemble: TreeModel['ensemble']): number {
  const depthOf = (reference: number): number =>
    reference < 0
      ? 0
      : 1 +
        Math.max(depthOf(ensemble.leftChild[reference]!), depthOf(ensemble.rightChild[reference]!));
  return Math.max(...Array.from(ensemble.treeRoots, depthOf));
}

function predictionSpeed(model: TreeModel, frame: Frame): { ensemble: number; frame: number } {
  const columns = encodeFrame(model.features, frame);
  return {
    ensemble: rowsPerSecond(frame.rowCount, () => predictEnsemble(model.ensemble, columns)),
    frame: rowsPerSecond(frame.rowCount, () => predictTreeModel(model, frame)),
  };
}

const logChoice = option('--log') ?? 'both';
const seeds = Number(option('--seeds') ?? 1);
const overrides = JSON.parse(option('--params') ?? '{}') as Partial<TreeModelParams>;
for (const data of experimentTables()) {
  for (const logTarget of logChoice === 'both' ? [false, true] : [logChoice === 'true']) {
    runSeeds(data, { ...DEFAULT_TREE_PARAMS, logTarget, ...overrides }, seeds);
  }
}
