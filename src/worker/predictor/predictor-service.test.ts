import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { regressionMetrics } from '../../core/model/metrics';
import { DIAMOND_FEATURES, loadDiamondsTestRows } from '../../test-support/diamonds';
import { readShippedBundle } from '../../test-support/shipped-model';
import { useWasmBackend } from '../../test-support/tf-backend';
import type { PredictorApi } from './api';
import { createPredictorService } from './predictor-service';

const bundle = readShippedBundle();

function createService(): PredictorApi {
  return createPredictorService({
    loadActiveBundle: async () => ({ bundle, version: 1, backend: tf.getBackend() }),
  });
}

const diamond = {
  carat: '0.9',
  cut: 'Ideal',
  color: 'G',
  clarity: 'VS2',
  depth: '61.8',
  table: '57',
  x: '6.2',
  y: '6.2',
  z: '3.8',
};

describe('predictor service with the shipped model', () => {
  beforeAll(useWasmBackend);

  it('loads the model with its signature and version', async () => {
    const info = await createService().loadActiveModel();
    expect(info.version).toBe(1);
    expect(info.backend).toBe('wasm');
    expect(info.signature.target.name).toBe('price');
    expect(info.signature.inputs.map((input) => input.name)).toEqual(DIAMOND_FEATURES);
  });

  it('prices a diamond inside its interval, and a bigger stone higher, without leaking tensors', async () => {
    const service = createService();
    await service.loadActiveModel();
    const before = tf.memory().numTensors;
    const small = await service.estimate(diamond);
    const big = await service.estimate({ ...diamond, carat: '1.5', x: '7.3', y: '7.3', z: '4.5' });
    expect(tf.memory().numTensors).toBe(before);
    if (!small.ok || !big.ok) throw new Error('expected estimates');
    expect(small.value).toBeGreaterThan(2000);
    expect(small.value).toBeLessThan(8000);
    expect(small.low).toBeLessThan(small.value);
    expect(small.high).toBeGreaterThan(small.value);
    expect(big.value).toBeGreaterThan(small.value * 1.5);
    expect(big.drivers[0]?.field).toBe('carat');
    expect(big.drivers[0]?.effect).toBeGreaterThan(0);
    expect(big.drivers.length).toBeLessThanOrEqual(3);
  });

  it('answers bad input with field issues instead of a price', async () => {
    const service = createService();
    await service.loadActiveModel();
    const result = await service.estimate({ ...diamond, carat: 'abc', cut: 'Superb' });
    expect(result).toEqual({
      ok: false,
      issues: [{ field: 'carat', message: '"abc" is not a number.' }],
    });
  });

  it('prices blank, out-of-range and unseen fields as bulk does, saying so', async () => {
    const service = createService();
    await service.loadActiveModel();
    const typical = await service.estimate(diamond);
    const careful = await service.estimate({ ...diamond, depth: '', table: '99', cut: 'superb' });
    if (!typical.ok || !careful.ok) throw new Error('expected estimates');
    expect(Number.isFinite(careful.value)).toBe(true);
    expect(careful.value).toBeGreaterThan(typical.value / 2);
    expect(careful.value).toBeLessThan(typical.value * 2);
    expect(careful.low).toBeLessThan(careful.value);
    expect(careful.notes.map((note) => note.field)).toEqual(['cut', 'depth', 'table']);
    expect(careful.notes[0]!.message).toContain('"superb" was not seen in training');
    expect(typical.notes).toEqual([]);
  });

  it('refuses to estimate before a model is loaded', async () => {
    await expect(createService().estimate(diamond)).rejects.toThrow('No model is loaded yet.');
  });

  it('reproduces the TEST metrics written in the model card', async () => {
    const { rowCount, columns, prices } = loadDiamondsTestRows();
    const service = createService();
    await service.loadActiveModel();
    const estimates = await service.estimateBatch({ rowCount, columns });
    const metrics = regressionMetrics(prices, estimates.values);
    expect(metrics.count).toBe(10788);
    expect(metrics.rmse).toBeCloseTo(bundle.card.test.rmse, 3);
    expect(metrics.mape).toBeCloseTo(bundle.card.test.mape, 5);
    expect(metrics.rmse).toBeLessThanOrEqual(560);
    expect(metrics.mape).toBeLessThanOrEqual(7);
  });
});
