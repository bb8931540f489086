import * as tf from '@tensorflow/tfjs';
import { fitPrepared, type FitResult, type NetworkParams } from '../model/fit-price-model';
import { prepareFit, type PreparedFit } from '../model/prepare-fit';
import { checkFrameInput } from './check-training-input';
import { etaMs } from './eta';
import { productionRun } from './production-run';
import { fastPreset, PRESET_PREPROCESSING } from './presets';
import { searchRun } from './search-run';
import { trainingMetrics, type RunTrainingRequest, type RunTrainingResult } from './training-types';

export type * from './training-types';

/**
 * Trains a price model with a preset, end to end: checks the request, prepares the holdout split
 * (TEST rows `i % 5 == 0` untouched until the end), trains (Fast, Production) or searches, and
 * returns the model with its TEST metrics. Never throws: failures come back as `failed` with a
 * message. Leaves no tensors behind.
 */
export async function runTraining(request: RunTrainingRequest): Promise<RunTrainingResult> {
  const started = performance.now();
  const check = checkFrameInput(request.frame, request);
  const finish = (partial: Partial<RunTrainingResult>): RunTrainingResult => ({
    status: 'failed',
    curves: [],
    params: null,
    backend: tf.getBackend(),
    rowsLeftOut: check.rowsLeftOut,
    ...partial,
    durationMs: performance.now() - started,
  });
  if (!check.isOk) return finish({ message: check.issues.map((i) => i.message).join(' ') });
  try {
    const prepared = prepareFit({
      ...request,
      preprocessingOptions: PRESET_PREPROCESSING[request.preset],
    });
    const run = { request, prepared, started };
    return finish(await presetRun(run));
  } catch (error) {
    return finish({
      message: `Training failed: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

interface RunContext {
  request: RunTrainingRequest;
  prepared: PreparedFit;
  started: number;
}

function presetRun(run: RunContext): Promise<Partial<RunTrainingResult>> {
  if (run.request.preset === 'search') return searchRun(run.request, run.prepared, run.started);
  if (run.request.preset === 'production') {
    return productionRun(run.request, run.prepared, run.started);
  }
  return fastRun(run);
}

/** Fast: one small network (see {@link fastPreset}). */
async function fastRun({ request, prepared, started }: RunContext) {
  const plan = fastPreset(prepared.fitRows.rows, prepared.preprocessing.width);
  const timeBudgetMs = request.timeBudgetMs ?? plan.timeBudgetMs;
  const params: NetworkParams = { ...plan.params, seed: request.seed, timeBudgetMs };
  const result = await fitPrepared(prepared, params, {
    shouldStop: request.shouldStop,
    onEpoch: (report) =>
      request.onProgress?.({
        phase: 'training',
        ...report,
        elapsedMs: performance.now() - started,
        etaMs: etaMs({ report, plannedEpochs: params.epochs, timeBudgetMs }),
      }),
  });
  return { ...describeFit(result), params };
}

function describeFit({ bundle, outcome }: FitResult): Partial<RunTrainingResult> {
  const curves = outcome.history;
  if (outcome.stopReason === 'cancelled') return { status: 'cancelled', curves };
  if (outcome.stopReason === 'diverged') {
    return {
      status: 'failed',
      curves,
      message: `Training diverged at epoch ${curves.length}: the loss became NaN or infinite. Try a lower learning rate or check the target for extreme values.`,
    };
  }
  return { status: 'done', bundle, curves, metrics: trainingMetrics(bundle) };
}
