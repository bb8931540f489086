import * as tf from '@tensorflow/tfjs';
import { createRandom, shuffleInPlace } from '../random';
import { outputMembers, predictNetwork } from './network';

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
}

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
}

export type StopReason = 'epochs' | 'early-stopping' | 'cancelled' | 'diverged';

export interface TrainingOutcome {
  history: EpochReport[];
  bestEpoch: number;
  stopReason: StopReason;
}

/** Adam reads its (protected) `learningRate` field on every step, so a schedule can set it. */
function setLearningRate(optimizer: tf.Optimizer, rate: number): void {
  Reflect.set(optimizer, 'learningRate', rate);
}

/**
 * Trains `model` in place with Adam on shuffled mini-batches (shuffle seeded by `schedule.seed`),
 * tracking validation loss of the members' mean, with early stopping that restores the best
 * weights. Every tensor it makes is disposed before it returns.
 */
export async function trainNetwork(
  model: tf.LayersModel,
  fit: TrainingRows,
  validation: TrainingRows,
  schedule: TrainingSchedule,
  hooks: TrainingHooks = {},
): Promise<TrainingOutcome> {
  const members = outputMembers(model);
  const width = fit.x.length / fit.rows;
  const optimizer = tf.train.adam(schedule.learningRate);
  const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
  const xAll = tf.tensor2d(fit.x, [fit.rows, width]);
  const yAll = tf.tidy(() => tf.tile(tf.tensor2d(fit.y, [fit.rows, 1]), [1, members]));
  const random = createRandom(schedule.seed);
  const stepsPerEpoch = Math.ceil(fit.rows / schedule.batchSize);
  const totalSteps = stepsPerEpoch * schedule.epochs;
  const history: EpochReport[] = [];
  const started = performance.now();
  let best = { valLoss: Infinity, epoch: -1, weights: [] as tf.Tensor[] };
  let stopReason: StopReason = 'epochs';
  try {
    for (let epoch = 0; epoch < schedule.epochs && stopReason === 'epochs'; epoch++) {
      const order = shuffleInPlace(
        Int32Array.from({ length: fit.rows }, (_, i) => i),
        random,
      );
      let lossSum = 0;
      let yieldedAt = performance.now();
      for (let step = 0; step < stepsPerEpoch; step++) {
        if (hooks.shouldStop?.()) {
          stopReason = 'cancelled';
          break;
        }
        const progress = (epoch * stepsPerEpoch + step) / totalSteps;
        setLearningRate(
          optimizer,
          schedule.learningRate * 0.5 * (1 + Math.cos(Math.PI * progress)),
        );
        const batch = order.subarray(step * schedule.batchSize, (step + 1) * schedule.batchSize);
        lossSum +=
          (await trainStep(model, optimizer, variables, { xAll, yAll, batch })) * batch.length;
        if (performance.now() - yieldedAt > 100) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          yieldedAt = performance.now();
        }
      }
      if (stopReason === 'cancelled') break;
      const report: EpochReport = {
        epoch,
        loss: lossSum / fit.rows,
        valLoss: await validationLoss(model, validation, members),
        elapsedMs: performance.now() - started,
      };
      history.push(report);
      hooks.onEpoch?.(report);
      if (!Number.isFinite(report.loss) || !Number.isFinite(report.valLoss))
        stopReason = 'diverged';
      else if (report.valLoss < best.valLoss) {
        best.weights.forEach((weight) => weight.dispose());
        best = {
          valLoss: report.valLoss,
          epoch,
          weights: model.getWeights().map((w) => w.clone()),
        };
      } else if (epoch - best.epoch >= schedule.patience) stopReason = 'early-stopping';
    }
    if (best.weights.length > 0) model.setWeights(best.weights);
    return { history, bestEpoch: best.epoch, stopReason };
  } finally {
    best.weights.forEach((weight) => weight.dispose());
    xAll.dispose();
    yAll.dispose();
    optimizer.dispose();
  }
}

interface BatchSource {
  xAll: tf.Tensor2D;
  yAll: tf.Tensor;
  batch: Int32Array;
}

async function trainStep(
  model: tf.LayersModel,
  optimizer: tf.Optimizer,
  variables: tf.Variable[],
  source: BatchSource,
): Promise<number> {
  const cost = tf.tidy(() => {
    const indices = tf.tensor1d(source.batch, 'int32');
    const xBatch = tf.gather(source.xAll, indices);
    const yBatch = tf.gather(source.yAll, indices);
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
