import type { Frame } from '../data/frame';
import type { NetworkParams } from '../model/fit-price-model';
import type { IntervalCoverage, RegressionMetrics } from '../model/metrics';
import type { ModelBundle } from '../model/model-bundle';
import type { EpochReport } from '../model/train-network';
import type { PresetName } from './presets';
import type { TrialReport } from './search';
import type { TreeTrialReport } from './tree-search';

/** At most one per epoch; `trial` (0-based) only in a search. Losses are on the standardised target. */
export interface TrainingProgress {
  /** `trees`: a tree member boosting (`epoch` counts rounds; losses are its own, unstandardised). */
  phase: 'training' | 'search' | 'trees';
  /** Production only: which member trains ("trees (log)", "network"). */
  member?: string;
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
  interval: IntervalCoverage;
}

/** The holdout metrics a bundle's card holds, with its interval's coverage on TEST. */
export function trainingMetrics(bundle: ModelBundle): TrainingMetrics {
  const { test, baseline, intervalCoverageOnTest } = bundle.card;
  return {
    test,
    baseline,
    interval: { coverage: bundle.interval.coverage, coveredOnTest: intervalCoverageOnTest },
  };
}

/** Settings as a run records them: the network's, and for a Production run its blend ("trees (log) 0.6 + network 0.4"). */
export type RunParams = Partial<NetworkParams> & { blend?: string };

/** How a run ended. `bundle` and `metrics` come only with `done`; `curves` always (partial if stopped). */
export interface RunTrainingResult {
  status: 'done' | 'cancelled' | 'failed';
  /** Why a run failed, in words fit for a person. */
  message?: string;
  bundle?: ModelBundle;
  /** Epochs of the final model's training (the best trial's, in a search). */
  curves: EpochReport[];
  /** Search only: every network trial, in order. */
  trials?: TrialReport[];
  /** Search only: every tree trial, in order. */
  treeTrials?: TreeTrialReport[];
  metrics?: TrainingMetrics;
  /** Settings of the final model; null when the run failed before choosing any. */
  params: RunParams | null;
  backend: string;
  durationMs: number;
  /** Rows left out because their target is missing. */
  rowsLeftOut: number;
}
