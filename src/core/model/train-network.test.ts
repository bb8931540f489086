import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../../test-support/tf-backend';
import { createRandom } from '../random';
import { buildNetwork } from './network';
import {
  epochsAtPace,
  trainNetwork,
  type TrainingRows,
  type TrainingSchedule,
} from './train-network';

/** y = 2·x₀ − x₁ on `rows` random rows of width 2. */
function linearRows(rows: number, seed: number): TrainingRows {
  const random = createRandom(seed);
  const x = Float32Array.from({ length: rows * 2 }, () => random() * 2 - 1);
  const y = Float32Array.from({ length: rows }, (_, i) => 2 * x[i * 2]! - x[i * 2 + 1]!);
  return { x, y, rows };
}

const schedule: TrainingSchedule = {
  epochs: 6,
  batchSize: 32,
  learningRate: 0.01,
  patience: 100,
  seed: 1,
};

async function train(extra: Partial<TrainingSchedule>, hooks = {}, fit = linearRows(400, 1)) {
  const model = buildNetwork({ inputWidth: 2, hiddenUnits: [8], members: 1, seed: 1, l2: 0 });
  try {
    return await trainNetwork(model, fit, linearRows(100, 2), { ...schedule, ...extra }, hooks);
  } finally {
    model.dispose();
  }
}

describe('trainNetwork', () => {
  beforeAll(useWasmBackend);

  it('stops as pruned when the pruning hook says so, after that epoch', async () => {
    const outcome = await train(
      {},
      { shouldPrune: (report: { epoch: number }) => report.epoch === 2 },
    );
    expect(outcome.stopReason).toBe('pruned');
    expect(outcome.history).toHaveLength(3);
    expect(outcome.bestValLoss).toBe(Math.min(...outcome.history.map((r) => r.valLoss)));
  });

  it('stops on its time budget with the best weights so far', async () => {
    const outcome = await train({ epochs: 10_000, timeBudgetMs: 300 });
    expect(outcome.stopReason).toBe('time-budget');
    expect(outcome.history.at(-1)!.elapsedMs).toBeLessThan(1_500);
    expect(outcome.bestEpoch).toBeGreaterThanOrEqual(0);
  });

  it('grows its planned epochs to what the time budget affords at the measured pace', async () => {
    const grown = await train({ epochs: 3, timeBudgetMs: 600_000, growEpochsTo: 7 });
    expect(grown.history).toHaveLength(7);
    expect(grown.stopReason).toBe('epochs');
    const planned = await train({ epochs: 3, timeBudgetMs: 600_000 });
    expect(planned.history).toHaveLength(3);
  });

  it('plans from the pace: never fewer epochs, at most the cap, none past 90% of the budget', () => {
    const at = (elapsedMs: number, epoch: number) => ({ epoch, elapsedMs, loss: 1, valLoss: 1 });
    const base = { ...schedule, timeBudgetMs: 10_000, growEpochsTo: 100 };
    // 2 epochs in 400 ms: 200 ms each, 9,000 ms buys 45.
    expect(epochsAtPace(base, at(400, 1), 20)).toBe(45);
    expect(epochsAtPace({ ...base, growEpochsTo: 30 }, at(400, 1), 20)).toBe(30);
    expect(epochsAtPace(base, at(4_000, 1), 20)).toBe(20);
    expect(epochsAtPace({ ...base, growEpochsTo: undefined }, at(400, 1), 20)).toBe(20);
    expect(epochsAtPace({ ...base, timeBudgetMs: undefined }, at(400, 1), 20)).toBe(20);
  });

  it('visits at most maxRowsPerEpoch rows per epoch, and learns from them', async () => {
    const full = await train({ epochs: 3 });
    const capped = await train({ epochs: 3, maxRowsPerEpoch: 64 });
    expect(capped.history).toHaveLength(3);
    expect(capped.history[0]!.loss).not.toBe(full.history[0]!.loss);
    expect(capped.history.at(-1)!.valLoss).toBeLessThan(capped.history[0]!.valLoss * 1.5);
  });

  it('stops at the first batch whose loss is not finite and leaves no tensors behind', async () => {
    const fit = linearRows(400, 1);
    fit.y[5] = Number.NaN;
    const before = tf.memory().numTensors;
    const outcome = await train({ batchSize: 400 }, {}, fit);
    expect(tf.memory().numTensors).toBe(before);
    expect(outcome.stopReason).toBe('diverged');
    expect(outcome.history).toHaveLength(1);
    expect(outcome.bestEpoch).toBe(-1);
  });
});
