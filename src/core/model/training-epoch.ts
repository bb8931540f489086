import * as tf from '@tensorflow/tfjs';
import { shuffleInPlace } from '../random';
import type { StopReason, TrainingSchedule } from './train-network';

/** What one training run holds while it runs. Tensors here are disposed by the run's owner. */
export interface EpochContext {
  model: tf.LayersModel;
  schedule: TrainingSchedule;
  members: number;
  fitRows: number;
  /** Rows visited per epoch: all fit rows, or `schedule.maxRowsPerEpoch` sampled ones. */
  rowsPerEpoch: number;
  stepsPerEpoch: number;
  totalSteps: number;
  optimizer: tf.Optimizer;
  variables: tf.Variable[];
  /** Fit rows `[fitRows, width]`. */
  xAll: tf.Tensor2D;
  /** Standardised target tiled per member `[fitRows, members]`. */
  yAll: tf.Tensor;
  random: () => number;
  startedMs: number;
}

/** The sum of batch losses (weighted by batch rows) and why the epoch ended early, if it did. */
export interface EpochPass {
  lossSum: number;
  rowsSeen: number;
  stopReason: Extract<StopReason, 'cancelled' | 'time-budget' | 'diverged'> | null;
}

/** Yield to the event loop at least this often, so a worker can take a cancel message. */
const YIELD_EVERY_MS = 100;

/**
 * Runs one epoch of mini-batches. Between batches it checks `shouldStop` and the time budget,
 * and it ends at once on a batch loss that is not finite.
 */
export async function runEpoch(
  context: EpochContext,
  epoch: number,
  shouldStop?: () => boolean,
): Promise<EpochPass> {
  const { schedule, stepsPerEpoch } = context;
  const order = shuffleInPlace(
    Int32Array.from({ length: context.fitRows }, (_, i) => i),
    context.random,
  ).subarray(0, context.rowsPerEpoch);
  const pass: EpochPass = { lossSum: 0, rowsSeen: 0, stopReason: null };
  let yieldedAt = performance.now();
  for (let step = 0; step < stepsPerEpoch && pass.stopReason === null; step++) {
    if (shouldStop?.()) pass.stopReason = 'cancelled';
    else if (isOverBudget(context)) pass.stopReason = 'time-budget';
    if (pass.stopReason !== null) break;
    setLearningRate(context.optimizer, learningRateAt(context, epoch * stepsPerEpoch + step));
    const batch = order.subarray(step * schedule.batchSize, (step + 1) * schedule.batchSize);
    const loss = await trainStep(context, batch);
    pass.lossSum += loss * batch.length;
    pass.rowsSeen += batch.length;
    if (!Number.isFinite(loss)) pass.stopReason = 'diverged';
    if (performance.now() - yieldedAt > YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      yieldedAt = performance.now();
    }
  }
  return pass;
}

function isOverBudget(context: EpochContext): boolean {
  const budget = context.schedule.timeBudgetMs;
  return budget !== undefined && performance.now() - context.startedMs >= budget;
}

/** Cosine decay from the base rate to 0, driven by steps or, under a budget, by time if further. */
function learningRateAt(context: EpochContext, step: number): number {
  const budget = context.schedule.timeBudgetMs;
  const timeProgress =
    budget !== undefined && budget > 0 ? (performance.now() - context.startedMs) / budget : 0;
  const progress = Math.min(1, Math.max(step / context.totalSteps, timeProgress));
  return context.schedule.learningRate * 0.5 * (1 + Math.cos(Math.PI * progress));
}

/** Adam reads its (protected) `learningRate` field on every step, so a schedule can set it. */
function setLearningRate(optimizer: tf.Optimizer, rate: number): void {
  Reflect.set(optimizer, 'learningRate', rate);
}

/** One Adam step on the rows `batch`; returns the batch's loss (NaN if none was computed). */
async function trainStep(context: EpochContext, batch: Int32Array): Promise<number> {
  const { model, optimizer, variables } = context;
  const cost = tf.tidy(() => {
    const indices = tf.tensor1d(batch, 'int32');
    const xBatch = tf.gather(context.xAll, indices);
    const yBatch = tf.gather(context.yAll, indices);
    const batchCost = optimizer.minimize(
      () => {
        const predicted = model.apply(xBatch, { training: true }) as tf.Tensor;
        const penalties = model.calculateLosses();
        const loss = tf.losses.meanSquaredError(yBatch, predicted);
        return (penalties.length > 0 ? loss.add(tf.addN(penalties)) : loss) as tf.Scalar;
      },
      true,
      variables,
    );
    return batchCost ?? tf.scalar(Number.NaN);
  });
  try {
    return (await cost.data())[0]!;
  } finally {
    cost.dispose();
  }
}
