import * as tf from '@tensorflow/tfjs';
import { releaseProxy } from 'comlink';
import type { Frame } from '../../core/data/frame';
import type { ModelBundle } from '../../core/model/model-bundle';
import { PriceEstimator } from '../../core/model/price-estimator';
import { permutationImportance } from '../../core/training/permutation-importance';
import { runTraining, type RunTrainingResult } from '../../core/training/run-training';
import { frameFromTable } from '../../core/training/table-frame';
import { describeError } from '../../lib/errors';
import { announceStorageChange } from '../../storage/changes';
import { getDataset, loadDatasetTable } from '../../storage/datasets';
import type { EstimoDb } from '../../storage/db';
import { saveRun, saveRunBundle, type RunRecord } from '../../storage/runs';
import type { MlApi } from './api';
import type { RunRegistry } from './run-registry';
import type { TrainOutcome, TrainProgressEvent, TrainRequest } from './training-api';
import { treeTrialRuns, trialRuns } from './trial-runs';

/** Rows per predict call when scoring the holdout for importance. */
const PREDICT_BATCH_SIZE = 8192;

/**
 * The training half of the heavy worker: loads a stored dataset, trains with a preset, and
 * records the run (curves, TEST metrics, permutation importance, the model kept for registering).
 * The run is stored as `running` first, so a crash still leaves a trace.
 */
export function createTrainingService(
  openDb: () => Promise<EstimoDb>,
  runs: RunRegistry,
): Pick<MlApi, 'train'> {
  return {
    async train(request, onProgress) {
      const signal = runs.start(request.runId);
      const db = await openDb();
      const run = await startRun(db, request);
      try {
        const outcome = await trainAndRecord(db, run, {
          request,
          shouldStop: () => signal.aborted,
          onProgress: (event) => void Promise.resolve(onProgress(event)).catch(() => undefined),
        });
        announceStorageChange({ kind: 'runs' });
        return outcome;
      } catch (error) {
        const failed = { ...run, status: 'failed' as const, message: describeError(error) };
        await saveRun(db, failed);
        return { run: failed, rowsLeftOut: 0, trials: [], members: [] };
      } finally {
        runs.finish(request.runId);
        (onProgress as { [releaseProxy]?: () => void })[releaseProxy]?.();
      }
    },
  };
}

async function startRun(db: EstimoDb, request: TrainRequest): Promise<RunRecord> {
  const dataset = await getDataset(db, request.datasetId);
  const run: RunRecord = {
    id: request.runId,
    parentId: null,
    datasetId: request.datasetId,
    datasetName: dataset?.name ?? request.datasetId,
    target: request.target,
    features: request.features,
    preset: request.preset,
    params: {},
    seed: request.seed,
    backend: tf.getBackend(),
    status: 'running',
    startedAt: new Date().toISOString(),
    durationMs: 0,
    curves: [],
    metrics: null,
    importance: null,
    message: dataset ? null : 'This dataset is no longer stored.',
    modelVersion: null,
  };
  await saveRun(db, run);
  return run;
}

interface TrainContext {
  request: TrainRequest;
  shouldStop: () => boolean;
  onProgress: (event: TrainProgressEvent) => void;
}

async function trainAndRecord(
  db: EstimoDb,
  run: RunRecord,
  { request, shouldStop, onProgress }: TrainContext,
): Promise<TrainOutcome> {
  if (run.message) throw new Error(run.message);
  const table = await loadDatasetTable(db, request.datasetId);
  const frame = frameFromTable(table, columnsOf(request));
  const result = await runTraining({
    frame,
    target: request.target,
    features: request.features,
    preset: request.preset,
    seed: request.seed,
    datasetName: run.datasetName,
    searchTrials: request.searchTrials,
    shouldStop,
    onProgress: (event) => onProgress({ runId: request.runId, ...event }),
  });
  const finished = finishedRun(run, result);
  const importance =
    result.bundle && finished.status === 'done'
      ? await importanceOf(result.bundle, frame, request)
      : null;
  const stored: RunRecord = { ...finished, importance };
  await saveRun(db, stored);
  if (result.bundle && stored.status === 'done') await saveRunBundle(db, run.id, result.bundle);
  const trials = [
    ...trialRuns(stored, result.trials ?? []),
    ...treeTrialRuns(stored, result.treeTrials ?? []),
  ];
  for (const trial of trials) await saveRun(db, trial);
  const members = stored.status === 'done' ? (result.bundle?.card.members ?? []) : [];
  return { run: stored, rowsLeftOut: result.rowsLeftOut, trials, members };
}

/** Features and target, without repeats (a feature named like the target is refused later). */
function columnsOf(request: TrainRequest): string[] {
  return [...new Set([...request.features, request.target])];
}

/** The run as training left it (importance is added once measured). */
function finishedRun(run: RunRecord, result: RunTrainingResult): RunRecord {
  return {
    ...run,
    status: result.status,
    params: result.params ? { ...result.params } : {},
    backend: result.backend,
    durationMs: result.durationMs,
    curves: result.curves,
    metrics: result.metrics ?? null,
    message: result.message ?? null,
  };
}

async function importanceOf(
  bundle: ModelBundle,
  frame: Frame,
  request: TrainRequest,
): Promise<RunRecord['importance']> {
  const estimator = await PriceEstimator.load(bundle);
  try {
    const result = await permutationImportance({
      frame,
      target: request.target,
      features: request.features,
      seed: request.seed,
      predict: async (rows) => (await estimator.estimate(rows, PREDICT_BATCH_SIZE)).values,
    });
    return result.features.map(({ feature, rmseIncrease }) => ({
      feature,
      increase: rmseIncrease,
    }));
  } finally {
    estimator.dispose();
  }
}
