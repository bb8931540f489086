/**
 * Measures a training preset on the reference datasets of BENCHMARKS.md, in Node with the TF.js
 * wasm backend, through the same `runTraining` the worker calls. Prints TEST RMSE, MAPE, R²,
 * training time, epochs and members per dataset and seed, beside the best reference RMSE.
 * Settings are judged on validation loss (printed too); TEST is printed to report, never to tune.
 *
 *   npx tsx scripts/try-presets.ts [--preset production] [--seeds 1,2] [--only diamonds,uk]
 *     [--budget-ms 60000] [--trials 12]
 *
 * Getaround and UK used cars are read from `../shared/data/` and skipped when absent.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import type { PresetName } from '../src/core/training/presets';
import { runTraining, type RunTrainingResult } from '../src/core/training/run-training';
import type { TrialReport } from '../src/core/training/search';
import { chosenDatasets, option, readReferenceFrame, type Dataset } from './reference-datasets';

async function measure(dataset: Dataset, preset: PresetName, seed: number): Promise<void> {
  const { frame, features } = readReferenceFrame(dataset);
  const budget = option('--budget-ms');
  const trials = option('--trials');
  const result = await runTraining({
    frame,
    target: dataset.target,
    features,
    preset,
    seed,
    datasetName: dataset.name,
    timeBudgetMs: budget ? Number(budget) : undefined,
    searchTrials: trials ? Number(trials) : undefined,
  });
  console.log(describe(dataset, seed, result));
  for (const member of result.bundle?.card.members ?? []) {
    const { label, weight, validation, test, durationMs, steps } = member;
    console.log(
      `  ${label}: weight ${weight.toFixed(2)}, val RMSE ${validation.rmse.toFixed(2)}, TEST RMSE ${test.rmse.toFixed(2)} MAPE ${test.mape.toFixed(2)}%, ${(durationMs / 1000).toFixed(1)} s, ${steps} steps`,
    );
  }
  if (result.bundle)
    console.log(
      `  interval coverage on TEST ${result.bundle.card.intervalCoverageOnTest.toFixed(3)}`,
    );
  for (const trial of result.trials ?? []) console.log(`  ${describeTrial(trial)}`);
}

function describeTrial(trial: TrialReport): string {
  const { hiddenUnits, batchSize, learningRate, l2, epochs } = trial.params;
  return [
    `trial ${trial.trial}: val ${trial.bestValLoss.toFixed(5)} at epoch ${trial.bestEpoch + 1}`,
    `of ${trial.curve.length}/${epochs} (${trial.stopReason}), ${(trial.durationMs / 1000).toFixed(1)} s |`,
    `${hiddenUnits.join('-')}, batch ${batchSize}, lr ${learningRate.toPrecision(3)}, l2 ${l2.toPrecision(2)}`,
  ].join(' ');
}

function describe(dataset: Dataset, seed: number, result: RunTrainingResult): string {
  if (result.status !== 'done' || !result.bundle || !result.metrics) {
    return `${dataset.name} seed ${seed}: ${result.status} ${result.message ?? ''}`;
  }
  const { test } = result.metrics;
  const training = result.bundle.card.training;
  const bestValLoss = Math.min(...result.curves.map((epoch) => epoch.valLoss));
  const lastEpochMs = result.curves.at(-1)?.elapsedMs ?? 0;
  return [
    `${dataset.name} seed ${seed}:`,
    `TEST RMSE ${test.rmse.toFixed(2)} (ref ${dataset.referenceRmse}),`,
    `MAPE ${test.mape.toFixed(2)}% (ref ${dataset.referenceMape}),`,
    `R² ${test.r2.toFixed(4)} | val ${bestValLoss.toFixed(5)} |`,
    `train ${(lastEpochMs / 1000).toFixed(1)} s, run ${(result.durationMs / 1000).toFixed(1)} s,`,
    `${training.epochs} epochs (${training.stopReason}), ${result.params?.members} members,`,
    `${result.params?.blend ?? ''}${result.trials ? `, ${result.trials.length} trials` : ''}`,
    `| ${JSON.stringify(result.params)}`,
  ].join(' ');
}

async function main(): Promise<void> {
  await tf.setBackend('wasm');
  await tf.ready();
  const preset = (option('--preset') ?? 'production') as PresetName;
  const seeds = (option('--seeds') ?? '1').split(',').map(Number);
  for (const dataset of chosenDatasets()) {
    for (const seed of seeds) await measure(dataset, preset, seed);
  }
}

await main();
