import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../../test-support/tf-backend';
import type { Frame } from '../data/frame';
import { prepareFit } from '../model/prepare-fit';
import { createRandom } from '../random';
import { searchPreset } from './presets';
import { runTraining, type TrainingProgress } from './run-training';
import { runSearch } from './search';

/** price = 500 · 1.7^size, 1.4× for "a", with noise. */
function smallFrame(rows: number): Frame {
  const random = createRandom(9);
  const size = Float64Array.from({ length: rows }, () => 1 + random() * 4);
  const grade = Array.from({ length: rows }, () => (random() < 0.5 ? 'a' : 'b'));
  const price = size.map(
    (s, i) => 500 * 1.7 ** s * (grade[i] === 'a' ? 1.4 : 1) * (0.95 + 0.1 * random()),
  );
  return {
    rowCount: rows,
    columns: {
      size: { kind: 'number', values: size },
      grade: { kind: 'category', values: grade },
      price: { kind: 'number', values: price },
    },
  };
}

const data = { target: 'price', features: ['size', 'grade'], datasetName: 'small' };

describe('runSearch', () => {
  beforeAll(useWasmBackend);

  it('runs its trials as child runs and keeps the one with the lowest validation loss', async () => {
    const prepared = prepareFit({ frame: smallFrame(400), ...data });
    const plan = {
      ...searchPreset(prepared.fitRows.rows, prepared.preprocessing.width),
      trials: 4,
    };
    const before = tf.memory().numTensors;
    const outcome = await runSearch({ prepared, plan: { ...plan, timeBudgetMs: 6_000 }, seed: 3 });
    expect(tf.memory().numTensors).toBe(before);
    expect(outcome.isCancelled).toBe(false);
    expect(outcome.trials.map((trial) => trial.trial)).toEqual([0, 1, 2, 3]);
    const lowest = Math.min(...outcome.trials.map((trial) => trial.bestValLoss));
    expect(outcome.best!.trial.bestValLoss).toBe(lowest);
    for (const trial of outcome.trials) {
      expect(trial.curve.length).toBeGreaterThan(0);
      expect(trial.bestValLoss).toBe(Math.min(...trial.curve.map((epoch) => epoch.valLoss)));
      expect(trial.isPruned).toBe(trial.stopReason === 'pruned');
      expect(trial.params.seed).toBe(3 + trial.trial);
    }
  });
});

describe('runTraining with the search preset', () => {
  beforeAll(useWasmBackend);

  it('searches networks then trees, blends the best of each, and reports every trial', async () => {
    const events: TrainingProgress[] = [];
    const result = await runTraining({
      frame: smallFrame(300),
      ...data,
      preset: 'search',
      seed: 1,
      searchTrials: 3,
      timeBudgetMs: 7_500,
      onProgress: (event) => events.push(event),
    });
    expect(result.status).toBe('done');
    expect(result.trials).toHaveLength(3);
    const best = result.trials!.reduce((a, b) => (b.bestValLoss < a.bestValLoss ? b : a));
    expect(result.params).toMatchObject(best.params);
    expect(result.curves).toEqual(best.curve);
    const networkEvents = events.filter((event) => event.phase === 'search');
    expect(new Set(networkEvents.map((event) => event.trial))).toEqual(new Set([0, 1, 2]));
    // Tree trials: ranked by validation RMSE in price units, seeded per trial.
    const treeTrials = result.treeTrials!;
    expect(treeTrials.length).toBeGreaterThan(0);
    treeTrials.forEach((trial, i) => {
      expect(trial.trial).toBe(i);
      expect(trial.params.seed).toBe(1 + i);
      expect(trial.validationRmse).toBeGreaterThan(0);
    });
    expect(events.some((event) => event.phase === 'trees')).toBe(true);
    const members = result.bundle!.card.members!;
    expect(members.map((member) => member.kind)).toEqual(['trees', 'network']);
    const bestTrees = Math.min(...treeTrials.map((trial) => trial.validationRmse));
    expect(members[0]!.validation.rmse).toBeCloseTo(bestTrees, 6);
    expect(members.reduce((sum, member) => sum + member.weight, 0)).toBeCloseTo(1, 12);
  });

  it('cancels mid-search and leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    let epochs = 0;
    const result = await runTraining({
      frame: smallFrame(300),
      ...data,
      preset: 'search',
      seed: 1,
      searchTrials: 3,
      onProgress: () => epochs++,
      shouldStop: () => epochs >= 4,
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.status).toBe('cancelled');
    expect(result.bundle).toBeUndefined();
  });
});
