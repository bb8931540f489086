import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../../test-support/tf-backend';
import { createRandom } from '../random';
import type { Frame } from '../data/frame';
import { fitPriceModel, type NetworkParams } from './fit-price-model';
import { networkMembers } from './model-bundle';
import { PriceEstimator } from './price-estimator';
import { validateModelBundle } from './validate-bundle';

/** price = 1000 · 1.8^size · (2 for "lux"), with a little noise: learnable in a few epochs. */
function syntheticPrices(rows: number, seed: number): Frame {
  const random = createRandom(seed);
  const size = new Float64Array(rows);
  const grade: (string | null)[] = [];
  const price = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    size[i] = 1 + random() * 4;
    grade.push(random() < 0.5 ? 'lux' : 'std');
    price[i] = 1000 * 1.8 ** size[i]! * (grade[i] === 'lux' ? 2 : 1) * (0.95 + 0.1 * random());
  }
  return {
    rowCount: rows,
    columns: {
      size: { kind: 'number', values: size },
      grade: { kind: 'category', values: grade },
      price: { kind: 'number', values: price },
    },
  };
}

const params: NetworkParams = {
  hiddenUnits: [16, 16],
  members: 2,
  epochs: 25,
  batchSize: 64,
  learningRate: 0.01,
  patience: 10,
  l2: 0,
  seed: 7,
};

describe('fitPriceModel', () => {
  beforeAll(useWasmBackend);

  it('learns a price far better than the mean, reports TEST metrics, and leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const frame = syntheticPrices(1500, 1);
    const { bundle, outcome } = await fitPriceModel({
      frame,
      target: 'price',
      features: ['size', 'grade'],
      datasetName: 'synthetic',
      params,
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(outcome.history.length).toBeGreaterThan(5);
    expect(bundle.card.rows).toEqual({ fit: 1050, validation: 150, test: 300, missingTarget: 0 });
    expect(bundle.card.test.count).toBe(300);
    expect(bundle.card.test.mape).toBeLessThan(8);
    expect(bundle.card.test.rmse).toBeLessThan(bundle.card.baseline.rmse * 0.2);
    expect(bundle.target.isLog).toBe(true);
    expect(bundle.card.intervalCoverageOnTest).toBeGreaterThan(0.6);
    expect(bundle.interval.lowOffset).toBeLessThan(0);
    expect(bundle.interval.highOffset).toBeGreaterThan(0);
  });

  it('gives the same model for the same data and seed', async () => {
    const frame = syntheticPrices(600, 2);
    const request = {
      frame,
      target: 'price',
      features: ['size', 'grade'],
      datasetName: 's',
      params: { ...params, epochs: 4 },
    };
    const first = await fitPriceModel(request);
    const second = await fitPriceModel(request);
    expect(second.bundle.card.test).toEqual(first.bundle.card.test);
    expect(networkMembers(second.bundle)[0]!.network.weightData).toBe(
      networkMembers(first.bundle)[0]!.network.weightData,
    );
  });

  it('saves and reloads a model that predicts the same numbers, without leaking tensors', async () => {
    const frame = syntheticPrices(600, 3);
    const { bundle } = await fitPriceModel({
      frame,
      target: 'price',
      features: ['size', 'grade'],
      datasetName: 's',
      params: { ...params, epochs: 3 },
    });
    const reloadedBundle = validateModelBundle(JSON.parse(JSON.stringify(bundle)));
    const original = await PriceEstimator.load(bundle);
    const reloaded = await PriceEstimator.load(reloadedBundle);
    const before = tf.memory().numTensors;
    const a = await original.estimate(frame);
    const b = await reloaded.estimate(frame);
    expect(tf.memory().numTensors).toBe(before);
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
    expect(a.values.every((value) => Number.isFinite(value) && value > 0)).toBe(true);
    original.dispose();
    reloaded.dispose();
  });

  it('leaves rows with a missing target out and counts them', async () => {
    const frame = syntheticPrices(300, 4);
    const price = frame.columns.price!.values as Float64Array;
    price[1] = Number.NaN;
    price[2] = Number.NaN;
    const { bundle } = await fitPriceModel({
      frame,
      target: 'price',
      features: ['size', 'grade'],
      datasetName: 's',
      params: { ...params, epochs: 1 },
    });
    expect(bundle.card.rows.missingTarget).toBe(2);
    expect(bundle.card.rows.fit).toBe(208);
  });
});
