import { mlClient } from '../worker/ml/client';
import type { RetrainOutcome, RetrainPhase } from '../worker/ml/api';

/** Column types a model can take as features. */
const TRAINABLE_TYPES = new Set(['number', 'boolean', 'category']);

const never = () => new AbortController().signal;

/**
 * Stores a CSV, trains it with the Fast preset and registers the run as the champion, as the
 * Data and Train pages do: the champion then holds a reference profile of its training rows.
 */
async function makeChampionWithReference(file: File, target: string) {
  const ingested = await mlClient.ingestDataset(
    { runId: `bench-ref-${Date.now()}`, file },
    () => undefined,
    never(),
  );
  if (ingested.status !== 'done') throw new Error(`Ingest ended ${ingested.status}.`);
  const features = ingested.dataset.columns
    .filter((column) => TRAINABLE_TYPES.has(column.type) && column.name !== target)
    .map((column) => column.name);
  const runId = `bench-ref-train-${Date.now()}`;
  const request = {
    runId,
    datasetId: ingested.dataset.id,
    target,
    features,
    preset: 'fast' as const,
    seed: 1,
  };
  const trained = await mlClient.train(request, () => undefined, never());
  if (trained.run.status !== 'done') throw new Error(`Training ended ${trained.run.status}.`);
  const registered = await mlClient.registerRun(runId, 'always');
  if (!registered.ok) throw new Error(registered.message);
  return { version: registered.version.version, features: features.length };
}

/** Times a drift report of an uploaded batch against the champion, as the Monitor page asks. */
async function timeFileDrift(file: File) {
  const startedMs = performance.now();
  const outcome = await mlClient.checkFileDrift({
    file,
    method: 'auto',
    performanceThresholdPercent: 10,
  });
  const elapsedMs = performance.now() - startedMs;
  if (!outcome.ok) throw new Error(outcome.message);
  const { drift, performance: checked } = outcome.record.report;
  return {
    elapsedMs,
    rows: drift.currentRows,
    referenceRows: drift.referenceRows,
    tested: drift.testedCount,
    drifted: drift.driftedCount,
    tests: [...new Set(drift.features.map((feature) => feature.test ?? 'none'))].join(', '),
    isPerformanceChecked: checked?.ok === true,
    saveProblem: outcome.saveProblem,
  };
}

/** Where the retrain started by {@link startRetrain} is. */
let retrain: {
  phase: RetrainPhase | 'starting';
  outcome: RetrainOutcome | null;
  error: string | null;
} = {
  phase: 'starting',
  outcome: null,
  error: null,
};

/** Starts "Retrain with this data" on `file` alone (Production preset) and returns at once. */
function startRetrain(file: File): void {
  retrain = { phase: 'starting', outcome: null, error: null };
  mlClient
    .retrainFromBatch(
      { runId: `bench-retrain-${Date.now()}`, file, data: 'batch-only', promotion: 'manual' },
      (progress) => {
        if (!retrain.outcome) retrain.phase = progress.phase;
      },
      never(),
    )
    .then(
      (outcome) => {
        retrain.outcome = outcome;
      },
      (error: unknown) => {
        retrain.error = String(error);
      },
    );
}

/** The retrain's phase, and whether (and how) it ended. */
function retrainStatus() {
  const { phase, outcome, error } = retrain;
  return {
    phase,
    isDone: outcome !== null || error !== null,
    message: error ?? (outcome && !outcome.ok ? outcome.message : null),
  };
}

/** What the bench drives on bench.html for the Monitor page's scenarios. */
export const monitorBench = {
  makeChampionWithReference,
  timeFileDrift,
  startRetrain,
  retrainStatus,
};
