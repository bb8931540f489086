import Papa from 'papaparse';
import { mlClient } from '../worker/ml/client';
import { predictorClient } from '../worker/predictor/client';
import type { BatchInput } from '../worker/predictor/api';
import { monitorBench } from './monitor-bench';
import { trainTrees } from './tree-bench';

/** Scores a file through the heavy worker as the Bulk page does (download output), timed here. */
async function bulkScore(file: File) {
  const inspected = await mlClient.inspectFile(file, null);
  if (!inspected.ok) throw new Error(inspected.message);
  const { mapping, sheet } = inspected.inspection;
  const startedMs = performance.now();
  const result = await mlClient.scoreFile(
    { runId: `bench-${startedMs}`, file, sheet, mapping, output: { kind: 'download' } },
    () => undefined,
    new AbortController().signal,
  );
  if (result.status !== 'done') throw new Error(`Bulk run ended ${result.status}.`);
  const elapsedMs = performance.now() - startedMs;
  if (result.output?.size !== result.outputBytes) throw new Error('The output is incomplete.');
  return {
    rows: result.summary.rows,
    scored: result.summary.scored,
    elapsedMs,
    outputBytes: result.outputBytes,
    isOutputOnDisk: inspected.inspection.limits.downloadOnDisk,
  };
}

/**
 * Stores a CSV as a dataset through the heavy worker as the Data page does (stream into typed
 * columns, profile, write to IndexedDB), timed here from the call to the answer.
 */
async function ingestDataset(file: File) {
  const startedMs = performance.now();
  const outcome = await mlClient.ingestDataset(
    { runId: `bench-ingest-${startedMs}`, file },
    () => undefined,
    new AbortController().signal,
  );
  const elapsedMs = performance.now() - startedMs;
  if (outcome.status === 'failed') throw new Error(`Ingest failed: ${outcome.message}`);
  if (outcome.status !== 'done') throw new Error(`Ingest ended ${outcome.status}.`);
  const { dataset, isNew, timings } = outcome;
  return {
    rows: dataset.rowCount,
    columns: dataset.columns.length,
    isNew,
    elapsedMs,
    timings: { ...timings },
  };
}

/** Column types a model can take as features. */
const TRAINABLE_TYPES = new Set(['number', 'boolean', 'category']);

/**
 * Stores a CSV and trains the Production preset on it through the heavy worker, as the Train
 * page does: every trainable column but the target and `dropColumns` is a feature.
 */
async function trainProduction(file: File, target: string, dropColumns: string[]) {
  const ingested = await mlClient.ingestDataset(
    { runId: `bench-train-ingest-${Date.now()}`, file },
    () => undefined,
    new AbortController().signal,
  );
  if (ingested.status !== 'done') throw new Error(`Ingest ended ${ingested.status}.`);
  const features = ingested.dataset.columns
    .filter((column) => TRAINABLE_TYPES.has(column.type))
    .map((column) => column.name)
    .filter((name) => name !== target && !dropColumns.includes(name));
  const startedMs = performance.now();
  const outcome = await mlClient.train(
    {
      runId: `bench-train-${startedMs}`,
      datasetId: ingested.dataset.id,
      target,
      features,
      preset: 'production',
      seed: 1,
    },
    () => undefined,
    new AbortController().signal,
  );
  const { run } = outcome;
  if (run.status !== 'done' || !run.metrics) {
    throw new Error(`Training ended ${run.status}: ${run.message ?? ''}`);
  }
  return {
    features,
    elapsedMs: performance.now() - startedMs,
    durationMs: run.durationMs,
    epochs: run.curves.length,
    backend: run.backend,
    params: JSON.stringify(run.params),
    members: outcome.members.map(
      (member) =>
        `${member.label} w ${member.weight.toFixed(2)}: val RMSE ${member.validation.rmse.toFixed(2)}, ` +
        `TEST RMSE ${member.test.rmse.toFixed(2)} MAPE ${member.test.mape.toFixed(2)}%, ` +
        `${(member.durationMs / 1000).toFixed(1)} s, ${member.steps} steps`,
    ),
    test: run.metrics.test,
    baseline: run.metrics.baseline,
    intervalCoveredOnTest: run.metrics.interval?.coveredOnTest ?? Number.NaN,
  };
}

/** papaparse alone on the same file (chunked, nothing kept): rows as arrays, or typed objects. */
function parseOnly(file: File, isTyped: boolean) {
  return new Promise<{ rows: number; elapsedMs: number }>((resolve, reject) => {
    let rows = 0;
    const startedMs = performance.now();
    Papa.parse<unknown>(file, {
      header: isTyped,
      dynamicTyping: isTyped,
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve({ rows, elapsedMs: performance.now() - startedMs }),
      error: reject,
    });
  });
}

/**
 * Entry of `bench.html`, a page of the production build that the bench drives to reach the real
 * predictor worker (the same code the Estimate page uses). Not linked from the app.
 */
const harness = {
  loadActiveModel: () => predictorClient.loadActiveModel(),
  estimateBatch: async (input: BatchInput) => {
    const result = await predictorClient.estimateBatch(input);
    return { values: Array.from(result.values), version: result.version };
  },
  bulkScore,
  ingestDataset,
  trainProduction,
  parseOnly,
  monitor: monitorBench,
  trainTrees,
};

declare global {
  interface Window {
    estimoBench?: typeof harness;
  }
}

window.estimoBench = harness;
