import type { NetworkParams } from '../model/fit-price-model';
import type { PreprocessingOptions } from '../model/preprocessing';
import { choiceOf, type Assignment, type SearchSpace } from './search-space';

/** The Train page's presets. */
export type PresetName = 'fast' | 'production' | 'search';

/**
 * Input encoding per preset, fixed before the data is encoded (the encoded width then feeds the
 * plans below). Numbers get 16 piecewise-linear bins besides their standardised value: on
 * diamonds and Getaround this lowered validation loss by 6–20% at equal epochs (8 or 32 bins did
 * less well on Getaround); Fast takes 8 to stay narrow.
 */
export const PRESET_PREPROCESSING: Record<PresetName, PreprocessingOptions> = {
  fast: { numberBins: 8 },
  production: { numberBins: 16 },
  search: { numberBins: 16 },
};

/** A preset's settings for one dataset, and the wall-clock budget of the training loop. */
export interface PresetPlan {
  /** `seed` is 0 here; the run sets its own. */
  params: NetworkParams;
  timeBudgetMs: number;
}

/**
 * Multiply-adds per second one training step sustains on the wasm backend, counting forward and
 * backward as three forward passes. Measured in Node (wasm, SIMD, 1 thread) on a shared 2-core
 * machine: 1.6–2.1 G for 64-64-32 networks; browsers run somewhat slower, so plans assume less and
 * the time budget catches the rest.
 */
export const PLANNED_MULTIPLY_ADDS_PER_MS = 1.4e6;
/** Fixed cost of one optimiser step (ms): gather, tape, Adam updates, reading the loss. */
export const PLANNED_STEP_OVERHEAD_MS = 1.5;

/** Multiply-adds of one forward pass of one row through one tower. */
export function multiplyAddsPerRow(inputWidth: number, hiddenUnits: readonly number[]): number {
  let previous = inputWidth;
  let total = 0;
  for (const units of [...hiddenUnits, 1]) {
    total += previous * units;
    previous = units;
  }
  return total;
}

/** Planned milliseconds of one epoch over `rows` rows (see {@link PLANNED_MULTIPLY_ADDS_PER_MS}). */
export function plannedEpochMs(
  rows: number,
  inputWidth: number,
  params: Pick<NetworkParams, 'hiddenUnits' | 'members' | 'batchSize' | 'maxRowsPerEpoch'>,
): number {
  const visited = Math.min(rows, params.maxRowsPerEpoch ?? rows);
  const compute = 3 * visited * params.members * multiplyAddsPerRow(inputWidth, params.hiddenUnits);
  const steps = Math.ceil(visited / params.batchSize);
  return compute / PLANNED_MULTIPLY_ADDS_PER_MS + steps * PLANNED_STEP_OVERHEAD_MS;
}

/** Fast's planned training time (3 s) and its safety budget (10 s). */
const FAST_PLANNED_MS = 3_000;
const FAST_BUDGET_MS = 10_000;

/**
 * Fast: a quick look in a few seconds. One small tower ([32, 32]) with a high learning rate,
 * at most 20,000 sampled rows per epoch, and as many epochs (3 to 10) as fit in about 3 s.
 */
export function fastPreset(rowCount: number, inputWidth: number): PresetPlan {
  const shape = {
    hiddenUnits: [32, 32],
    members: 1,
    batchSize: 256,
    maxRowsPerEpoch: rowCount > 20_000 ? 20_000 : undefined,
  };
  const epochMs = plannedEpochMs(rowCount, inputWidth, shape);
  const epochs = Math.max(3, Math.min(10, Math.floor(FAST_PLANNED_MS / epochMs)));
  return {
    params: {
      ...shape,
      epochs,
      learningRate: 0.01,
      patience: epochs,
      l2: 0,
      seed: 0,
      timeBudgetMs: FAST_BUDGET_MS,
    },
    timeBudgetMs: FAST_BUDGET_MS,
  };
}

/** Production's default wall-clock budget for the training loop: 60 s. */
export const PRODUCTION_BUDGET_MS = 60_000;

/**
 * Production: the best network that fits `timeBudgetMs` (60 s) on two cores. A 64-64-32 MLP per
 * tower (wider nets fitted fewer epochs and ended worse), Adam with cosine decay, early stopping
 * on the validation rows. Small data gets an ensemble of towers (up to 5) and short schedules
 * (it over-fits after a few dozen epochs); big data gets one tower and as many epochs as the
 * budget allows (it is compute-bound), planned from rows × width with
 * {@link plannedEpochMs}. The budget stops training if the machine is slower than planned.
 */
export function productionPreset(
  rowCount: number,
  inputWidth: number,
  timeBudgetMs = PRODUCTION_BUDGET_MS,
): PresetPlan {
  const base = { hiddenUnits: [64, 64, 32], batchSize: 256 };
  const singleEpochMs = plannedEpochMs(rowCount, inputWidth, { ...base, members: 1 });
  const affordableEpochs = (0.9 * timeBudgetMs) / singleEpochMs;
  const members = Math.max(1, Math.min(5, Math.floor(affordableEpochs / 60)));
  const epochs = Math.max(5, Math.min(60, Math.floor(affordableEpochs / members)));
  return {
    params: {
      ...base,
      members,
      epochs,
      learningRate: 0.003,
      patience: Math.max(10, Math.ceil(epochs / 3)),
      l2: 0,
      seed: 0,
      timeBudgetMs,
    },
    timeBudgetMs,
  };
}

/** The Search preset's space: shape, learning rate, batch size and L2 of a single tower. */
export const SEARCH_SPACE = {
  hiddenUnits: {
    kind: 'categorical',
    choices: [
      [64, 32],
      [64, 64, 32],
      [128, 64],
      [128, 128, 64],
    ],
  },
  learningRate: { kind: 'log-uniform', low: 5e-4, high: 1e-2 },
  batchSize: { kind: 'categorical', choices: [64, 128, 256, 512] },
  l2: { kind: 'log-uniform', low: 1e-7, high: 1e-3 },
} satisfies SearchSpace;

/** What a search needs: the space, how many trials, the total budget, and the point → settings map. */
export interface SearchPlan {
  space: typeof SEARCH_SPACE;
  trials: number;
  timeBudgetMs: number;
  /** Settings of one trial at `assignment`, with epochs planned to fill `trialBudgetMs`. */
  toParams: (assignment: Assignment, trialBudgetMs: number) => NetworkParams;
}

/**
 * Search: `trials` (12) single-tower trials sampled by TPE within `timeBudgetMs` (3 min); each
 * trial's epochs are planned to fill its share of the remaining budget (at least 5, at most 80).
 */
export function searchPreset(
  rowCount: number,
  inputWidth: number,
  options: { trials?: number; timeBudgetMs?: number } = {},
): SearchPlan {
  return {
    space: SEARCH_SPACE,
    trials: options.trials ?? 12,
    timeBudgetMs: options.timeBudgetMs ?? 180_000,
    toParams(assignment, trialBudgetMs) {
      const shape = {
        hiddenUnits: choiceOf(SEARCH_SPACE.hiddenUnits, assignment.hiddenUnits!),
        batchSize: choiceOf(SEARCH_SPACE.batchSize, assignment.batchSize!),
        members: 1,
      };
      const epochMs = plannedEpochMs(rowCount, inputWidth, shape);
      const epochs = Math.max(5, Math.min(80, Math.floor((0.9 * trialBudgetMs) / epochMs)));
      return {
        ...shape,
        epochs,
        learningRate: assignment.learningRate!,
        l2: assignment.l2!,
        patience: Math.max(5, Math.ceil(epochs / 4)),
        seed: 0,
        timeBudgetMs: trialBudgetMs,
      };
    },
  };
}
