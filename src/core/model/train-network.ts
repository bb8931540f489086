import * as tf from '@tensorflow/tfjs';
import { createRandom } from '../random';
import { outputMembers, predictNetwork } from './network';
import { runEpoch, type EpochContext, type EpochPass } from './training-epoch';

/** Rows to learn from: `x` row-major `[rows, width]`, `y` the standardised target `[rows]`. */
export interface TrainingRows {
  x: Float32Array;
  y: Float32Array;
  rows: number;
}

/** How long and how fast to train. The learning rate follows a cosine decay over all steps. */
export interface TrainingSchedule {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Stop when validation loss has not improved for this many epochs; the best weights are kept. */
  patience: number;
  seed: number;
  /**
   * Wall-clock limit in milliseconds, checked between batches: when it is used up, training
   * stops with the best weights so far (stop reason `time-budget`). The cosine decay then runs on
   * whichever is further along, steps or time, so the rate has decayed by the deadline. Absent: no limit.
   */
  timeBudgetMs?: number;
  /** At most this many fit rows per epoch, a fresh seeded sample each epoch. Absent: all rows. */
  maxRowsPerEpoch?: number;
  /**
   * Under a time budget, after {@link EPOCHS_TO_PACE} epochs the planned epochs grow (never
   * shrink) to what 90% of the budget affords at the pace measured, up to this many: a plan made
   * before training guesses the machine's speed. Absent: the plan stands.
   */
  growEpochsTo?: number;
}

/** Epochs timed before the plan may grow to the budget. */
export const EPOCHS_TO_PACE = 2;
/** Share of the time budget planned epochs may fill; the rest is margin. */
const BUDGET_SHARE_TO_PLAN = 0.9;

/** One epoch's losses (mean squared error on the standardised target). */
export interface EpochReport {
  epoch: number;
  loss: number;
  valLoss: number;
  elapsedMs: number;
}

export interface TrainingHooks {
  onEpoch?: (report: EpochReport) => void;
  /** Checked between batches; true stops training and keeps the best weights so far. */
  shouldStop?: () => boolean;
  /** Asked after each epoch (after `onEpoch`); true stops the run as `pruned` (a search trial). */
  shouldPrune?: (report: EpochReport) => boolean;
}

/**
 * Why training ended: planned epochs done, early stopping, the time budget, pruned by a search,
 * cancelled by the person, or diverged (a loss that is NaN or infinite).
 */
export type StopReason =
  'epochs' | 'early-stopping' | 'time-budget' | 'pruned' | 'cancelled' | 'diverged';

export interface TrainingOutcome {
  history: EpochReport[];
  /** Epoch whose weights the model holds at the end; -1 when no epoch finished. */
  bestEpoch: number;
  bestValLoss: number;
  stopReason: StopReason;
}

interface BestWeights {
  valLoss: number;
  epoch: number;
  weights: tf.Tensor[];
}

/**
 * Trains `model` in place with Adam on shuffled mini-batches (shuffle seeded by `schedule.seed`),
 * tracking validation loss of the members' mean, with early stopping that restores the best
 * weights. Every tensor it makes is disposed before it returns, whatever the outcome.
 */
export async function trainNetwork(
  model: tf.LayersModel,
  fit: TrainingRows,
  validation: TrainingRows,
  schedule: TrainingSchedule,
  hooks: TrainingHooks = {},
): Promise<TrainingOutcome> {
  const context = openContext(model, fit, schedule);
  const history: EpochReport[] = [];
  let best: BestWeights = { valLoss: Infinity, epoch: -1, weights: [] };
  let stopReason: StopReason | null = null;
  let epochs = schedule.epochs;
  try {
    for (let epoch = 0; epoch < epochs && stopReason === null; epoch++) {
      const pass = await runEpoch(context, epoch, hooks.shouldStop);
      if (pass.stopReason === 'cancelled') {
        stopReason = 'cancelled';
        break;
      }
      const report = await reportEpoch(context, validation, epoch, pass);
      history.push(report);
      if (epoch + 1 === EPOCHS_TO_PACE) {
        epochs = epochsAtPace(schedule, report, epochs);
        context.totalSteps = context.stepsPerEpoch * epochs;
      }
      hooks.onEpoch?.(report);
      if (!Number.isFinite(report.loss) || !Number.isFinite(report.valLoss)) {
        stopReason = 'diverged';
        break;
      }
      if (report.valLoss < best.valLoss) best = keepWeights(model, best, report);
      stopReason = pass.stopReason ?? judgeEpoch(report, best.epoch, schedule, hooks);
    }
    if (best.weights.length > 0) model.setWeights(best.weights);
    return {
      history,
      bestEpoch: best.epoch,
      bestValLoss: best.valLoss,
      stopReason: stopReason ?? 'epochs',
    };
  } finally {
    best.weights.forEach((weight) => weight.dispose());
    closeContext(context);
  }
}

/** The planned epochs, grown to what the budget affords at the pace `report` shows (see schedule). */
export function epochsAtPace(
  schedule: TrainingSchedule,
  report: EpochReport,
  planned: number,
): number {
  const { timeBudgetMs, growEpochsTo } = schedule;
  if (timeBudgetMs === undefined || growEpochsTo === undefined || report.elapsedMs <= 0) {
    return planned;
  }
  const epochMs = report.elapsedMs / (report.epoch + 1);
  const affordable = Math.floor((BUDGET_SHARE_TO_PLAN * timeBudgetMs) / epochMs);
  return Math.max(planned, Math.min(growEpochsTo, affordable));
}

function closeContext(context: EpochContext): void {
  context.xAll.dispose();
  context.yAll.dispose();
  context.optimizer.dispose();
}

function openContext(
  model: tf.LayersModel,
  fit: TrainingRows,
  schedule: TrainingSchedule,
): EpochContext {
  const members = outputMembers(model);
  const width = fit.x.length / Math.max(fit.rows, 1);
  const rowsPerEpoch = Math.min(fit.rows, schedule.maxRowsPerEpoch ?? fit.rows);
  const stepsPerEpoch = Math.ceil(rowsPerEpoch / schedule.batchSize);
  return {
    model,
    schedule,
    members,
    fitRows: fit.rows,
    rowsPerEpoch,
    stepsPerEpoch,
    totalSteps: stepsPerEpoch * schedule.epochs,
    optimizer: tf.train.adam(schedule.learningRate),
    variables: model.trainableWeights.map((weight) => weight.read() as tf.Variable),
    xAll: tf.tensor2d(fit.x, [fit.rows, width]),
    yAll: tf.tidy(() => tf.tile(tf.tensor2d(fit.y, [fit.rows, 1]), [1, members])),
    random: createRandom(schedule.seed),
    startedMs: performance.now(),
  };
}

async function reportEpoch(
  context: EpochContext,
  validation: TrainingRows,
  epoch: number,
  pass: EpochPass,
): Promise<EpochReport> {
  return {
    epoch,
    loss: pass.lossSum / Math.max(pass.rowsSeen, 1),
    valLoss: await validationLoss(context.model, validation, context.members),
    elapsedMs: performance.now() - context.startedMs,
  };
}

function keepWeights(model: tf.LayersModel, previous: BestWeights, report: EpochReport) {
  previous.weights.forEach((weight) => weight.dispose());
  return {
    valLoss: report.valLoss,
    epoch: report.epoch,
    weights: model.getWeights().map((weight) => weight.clone()),
  };
}

function judgeEpoch(
  report: EpochReport,
  bestEpoch: number,
  schedule: TrainingSchedule,
  hooks: TrainingHooks,
): StopReason | null {
  if (hooks.shouldPrune?.(report)) return 'pruned';
  if (report.epoch - bestEpoch >= schedule.patience) return 'early-stopping';
  return null;
}

/** Mean squared error of the members' average on the validation rows (standardised target). */
async function validationLoss(
  model: tf.LayersModel,
  rows: TrainingRows,
  members: number,
): Promise<number> {
  if (rows.rows === 0) return Number.NaN;
  const outputs = await predictNetwork(model, rows.x, rows.rows);
  let squared = 0;
  for (let i = 0; i < rows.rows; i++) {
    let sum = 0;
    for (let m = 0; m < members; m++) sum += outputs[i * members + m]!;
    squared += (sum / members - rows.y[i]!) ** 2;
  }
  return squared / rows.rows;
}
