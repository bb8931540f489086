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
 * Multiply-adds per millisecond one training step sustains on the wasm backend, counting forward
 * and backward as three forward passes. Measured in Node (wasm, SIMD, 1 thread) on a shared
 * 2-core machine: 1.6–2.1 M per ms for 64-64-32 towers. Browsers run somewhat slower; there the
 * time budget ends training and the learning-rate decay follows time instead of steps.
 */
export const PLANNED_MULTIPLY_ADDS_PER_MS = 1.6e6;
/** Fixed cost of one optimiser step (ms): gather, tape, Adam updates, reading the loss. */
export const PLANNED_STEP_OVERHEAD_MS = 1;

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

/** Epochs each ensemble member trains for, at least, before the budget buys another member. */
export const MEMBER_EPOCHS = 40;
/** Most towers in a Production ensemble (bulk scoring slows with each). */
export const MAX_MEMBERS = 5;
/** Most epochs of a single tower. */
const MAX_SINGLE_EPOCHS = 100;
/** Inputs wider than this (mostly one-hot levels) train with the lower learning rate. */
const WIDE_INPUT = 128;

/**
 * Production: the best network that fits `timeBudgetMs` (60 s) on two cores. One 64-64-32 MLP
 * per tower (wider nets fitted fewer epochs and ended worse), Adam with cosine decay to 0, early
 * stopping on the validation rows. The budget buys `affordable` tower-epochs (planned from
 * rows × width with {@link plannedEpochMs}, 10% kept spare): each tower gets
 * {@link MEMBER_EPOCHS} epochs (small data over-fits past that) and what is left buys more towers,
 * up to {@link MAX_MEMBERS}; a single tower takes all the epochs it can afford (big data is
 * compute-bound). Learning rate 0.006, or 0.003 past {@link WIDE_INPUT} inputs (both chosen on
 * validation loss). If the machine is slower than planned, the budget stops training.
 */
export function productionPreset(
  rowCount: number,
  inputWidth: number,
  timeBudgetMs = PRODUCTION_BUDGET_MS,
): PresetPlan {
  const base = { hiddenUnits: [64, 64, 32], batchSize: 256 };
  const singleEpochMs = plannedEpochMs(rowCount, inputWidth, { ...base, members: 1 });
  const affordable = Math.floor((0.9 * timeBudgetMs) / singleEpochMs);
  const members = Math.max(1, Math.min(MAX_MEMBERS, Math.floor(affordable / MEMBER_EPOCHS)));
  const epochs = members > 1 ? MEMBER_EPOCHS : Math.max(5, Math.min(MAX_SINGLE_EPOCHS, affordable));
  return {
    params: {
      ...base,
      members,
      epochs,
      learningRate: inputWidth > WIDE_INPUT ? 0.003 : 0.006,
      patience: Math.max(10, Math.ceil(epochs / 3)),
      l2: 0,
      seed: 0,
      timeBudgetMs,
      // A single tower is compute-bound: if the machine is faster than planned, it takes the
      // epochs the budget affords. Towers of an ensemble stop at MEMBER_EPOCHS by design.
      ...(members === 1 ? { growEpochsTo: MAX_SINGLE_EPOCHS } : {}),
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
  learningRate: { kind: 'log-uniform', low: 1e-3, high: 1.5e-2 },
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

/** Most epochs of a search trial. */
const MAX_TRIAL_EPOCHS = 60;

/**
 * Search: `trials` (12) single-tower trials sampled by TPE within `timeBudgetMs` (3 min). Every
 * trial plans the same number of epochs, what a 64-64-32 tower with batches of 256 affords in the
 * trial's share of the budget (5 to 60), so the median pruner compares curves on one schedule;
 * costlier shapes are cut by the trial's time budget, their learning rate decaying with time.
 */
export function searchPreset(
  rowCount: number,
  inputWidth: number,
  options: { trials?: number; timeBudgetMs?: number } = {},
): SearchPlan {
  const referenceShape = { hiddenUnits: [64, 64, 32], batchSize: 256, members: 1 };
  const referenceEpochMs = plannedEpochMs(rowCount, inputWidth, referenceShape);
  return {
    space: SEARCH_SPACE,
    trials: options.trials ?? 12,
    timeBudgetMs: options.timeBudgetMs ?? 180_000,
    toParams(assignment, trialBudgetMs) {
      const affordable = Math.floor((0.9 * trialBudgetMs) / referenceEpochMs);
      const epochs = Math.max(5, Math.min(MAX_TRIAL_EPOCHS, affordable));
      return {
        hiddenUnits: choiceOf(SEARCH_SPACE.hiddenUnits, assignment.hiddenUnits!),
        batchSize: choiceOf(SEARCH_SPACE.batchSize, assignment.batchSize!),
        members: 1,
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
