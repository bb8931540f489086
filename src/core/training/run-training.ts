import * as tf from '@tensorflow/tfjs';
import type { Frame } from '../data/frame';
import {
  fitPrepared,
  prepareFit,
  type FitResult,
  type NetworkParams,
  type PreparedFit,
} from '../model/fit-price-model';
import type { RegressionMetrics } from '../model/metrics';
import type { ModelBundle } from '../model/model-bundle';
import type { EpochReport } from '../model/train-network';
import { checkFrameInput } from './check-training-input';
import { etaMs, searchEtaMs } from './eta';
import {
  fastPreset,
  PRESET_PREPROCESSING,
  productionPreset,
  searchPreset,
  type PresetName,
} from './presets';
import { runSearch, type TrialReport } from './search';

/** At most one per epoch; `trial` (0-based) only in a search. Losses are on the standardised target. */
export interface TrainingProgress {
  phase: 'training' | 'search';
  trial?: number;
  epoch: number;
  loss: number;
  valLoss: number;
  /** Since the run started. */
  elapsedMs: number;
  /** Estimated time left; never past the run's budget. */
  etaMs: number;
}

/** One training request from the Train page. */
export interface RunTrainingRequest {
  frame: Frame;
  target: string;
  features: string[];
  preset: PresetName;
  seed: number;
  datasetName: string;
  /** Search only: how many trials (12). */
  searchTrials?: number;
  /** Replaces the preset's time budget of the training loop (or of the whole search). */
  timeBudgetMs?: number;
  onProgress?: (event: TrainingProgress) => void;
  /** Checked between batches: true cancels within one batch. */
  shouldStop?: () => boolean;
}

/** Holdout metrics of the trained model, from its card, beside the predict-the-mean baseline. */
export interface TrainingMetrics {
  test: RegressionMetrics;
  baseline: RegressionMetrics;
}

/** How a run ended. `bundle` and `metrics` come only with `done`; `curves` always (partial if stopped). */
export interface RunTrainingResult {
  status: 'done' | 'cancelled' | 'failed';
  /** Why a run failed, in words fit for a person. */
  message?: string;
  bundle?: ModelBundle;
  /** Epochs of the final model's training (the best trial's, in a search). */
  curves: EpochReport[];
  /** Search only: every trial, in order. */
  trials?: TrialReport[];
  metrics?: TrainingMetrics;
  /** Settings of the final model; null when the run failed before choosing any. */
  params: NetworkParams | null;
  backend: string;
  durationMs: number;
  /** Rows left out because their target is missing. */
  rowsLeftOut: number;
}

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
    return finish(request.preset === 'search' ? await searchRun(run) : await singleRun(run));
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

async function singleRun({ request, prepared, started }: RunContext) {
  const { rows } = prepared.fitRows;
  const { width } = prepared.preprocessing;
  const plan =
    request.preset === 'fast'
      ? fastPreset(rows, width)
      : productionPreset(rows, width, request.timeBudgetMs);
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

async function searchRun({ request, prepared, started }: RunContext) {
  const plan = searchPreset(prepared.fitRows.rows, prepared.preprocessing.width, {
    trials: request.searchTrials,
    timeBudgetMs: request.timeBudgetMs,
  });
  const search = await runSearch({
    prepared,
    plan,
    seed: request.seed,
    shouldStop: request.shouldStop,
    onEpoch: (trial, report) => {
      const elapsedMs = performance.now() - started;
      request.onProgress?.({
        phase: 'search',
        trial,
        ...report,
        elapsedMs,
        etaMs: searchEtaMs({
          elapsedMs,
          trialElapsedMs: report.elapsedMs,
          trial,
          trials: plan.trials,
          timeBudgetMs: plan.timeBudgetMs,
        }),
      });
    },
  });
  const trials = search.trials;
  if (search.isCancelled) {
    return { status: 'cancelled' as const, curves: search.best?.trial.curve ?? [], trials };
  }
  if (!search.best) return { message: 'No search trial trained a usable model.', trials };
  return { ...describeFit(search.best.result), trials, params: search.best.trial.params };
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
  const metrics = { test: bundle.card.test, baseline: bundle.card.baseline };
  return { status: 'done', bundle, curves, metrics };
}
