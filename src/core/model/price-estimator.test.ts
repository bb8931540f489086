import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnFromCells, type Frame } from '../data/frame';
import { loadDiamondsTestRows } from '../../test-support/diamonds';
import { InThreadHelpers } from '../../test-support/ensemble-helpers';
import { readShippedBundle } from '../../test-support/shipped-model';
import { useWasmBackend } from '../../test-support/tf-backend';
import { loadNetwork, networkMembers } from './model-bundle';
import { predictNetwork } from './network';
import { PriceEstimator } from './price-estimator';
import { encodeFrame } from './preprocessing';

const bundle = readShippedBundle();

/** The first `count` diamonds TEST rows as a frame of the shipped model's inputs. */
function diamondsFrame(count: number): Frame {
  const { columns } = loadDiamondsTestRows();
  const frame: Frame = { rowCount: count, columns: {} };
  for (const input of bundle.signature.inputs) {
    frame.columns[input.name] = columnFromCells(input.type, columns[input.name]!.slice(0, count));
  }
  return frame;
}

describe('PriceEstimator', () => {
  beforeAll(useWasmBackend);

  it('predicts the towers exactly as the model does, whatever the batch size', async () => {
    const [member] = networkMembers(bundle);
    const network = await loadNetwork(member!.network);
    try {
      const frame = diamondsFrame(3000);
      const matrix = encodeFrame(member!.preprocessing, frame);
      const before = tf.memory().numTensors;
      const expected = tf.tidy(() =>
        (
          network.predict(tf.tensor2d(matrix, [3000, member!.preprocessing.width])) as tf.Tensor
        ).dataSync(),
      );
      for (const batchSize of [1, 7, 1024, 4096]) {
        const outputs = await predictNetwork(network, matrix, 3000, batchSize);
        expect(outputs).toEqual(expected);
      }
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      network.dispose();
    }
  });

  it('prices a batch as it prices each row alone, and leaves no tensor behind', async () => {
    const estimator = await PriceEstimator.load(bundle);
    try {
      const frame = diamondsFrame(200);
      const before = tf.memory().numTensors;
      const batch = await estimator.estimate(frame, 64);
      expect(tf.memory().numTensors).toBe(before);
      for (const row of [0, 1, 63, 64, 199]) {
        const single: Frame = { rowCount: 1, columns: {} };
        for (const [name, column] of Object.entries(frame.columns)) {
          single.columns[name] =
            column.kind === 'category'
              ? { kind: 'category', values: [column.values[row]!] }
              : { kind: column.kind, values: column.values.slice(row, row + 1) };
        }
        const alone = await estimator.estimate(single);
        expect(alone.values[0]).toBe(batch.values[row]);
        expect(alone.low[0]).toBe(batch.low[row]);
        expect(alone.high[0]).toBe(batch.high[row]);
      }
    } finally {
      estimator.dispose();
    }
  });

  it('prices the same with tree helper threads, which take part and are released', async () => {
    const helpers = new InThreadHelpers(1);
    const alone = await PriceEstimator.load(bundle);
    const shared = await PriceEstimator.load(bundle, { ensembleHelpers: helpers });
    try {
      expect(await shared.threads()).toBe(2);
      const frame = diamondsFrame(10_000);
      const expected = await alone.estimate(frame);
      for (let call = 0; call < 3; call++) {
        const estimates = await shared.estimate(frame);
        expect(Array.from(estimates.values)).toEqual(Array.from(expected.values));
        expect(Array.from(estimates.low)).toEqual(Array.from(expected.low));
      }
      expect(helpers.calls.length).toBeGreaterThan(0);
    } finally {
      alone.dispose();
      shared.dispose();
    }
    expect(helpers.released).toBe(1);
  });
});
