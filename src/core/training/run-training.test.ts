import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../../test-support/tf-backend';
import { ingestCsvText } from '../data/ingest';
import { createRandom } from '../random';
import { networkMembers } from '../model/model-bundle';
import { networkImportance } from './model-importance';
import { runTraining, type RunTrainingRequest, type TrainingProgress } from './run-training';
import { frameFromTable, suggestFeatures } from './table-frame';

/** A small listings CSV: price = 800 · 1.6^size · 1.5 if lux · 1.1 with gps, with noise. */
function listingsCsv(rows: number, seed: number): string {
  const random = createRandom(seed);
  const lines = ['listing_id,size,grade,has_gps,price'];
  for (let i = 0; i < rows; i++) {
    const size = 1 + random() * 4;
    const grade = random() < 0.5 ? 'lux' : 'std';
    const hasGps = random() < 0.3;
    const noise = 0.95 + 0.1 * random();
    const price = 800 * 1.6 ** size * (grade === 'lux' ? 1.5 : 1) * (hasGps ? 1.1 : 1) * noise;
    const cell = i % 50 === 7 ? '' : price.toFixed(0);
    lines.push(`L${i},${size.toFixed(2)},${grade},${hasGps ? 'True' : 'False'},${cell}`);
  }
  return lines.join('\n');
}

function request(overrides: Partial<RunTrainingRequest> = {}, rows = 600): RunTrainingRequest {
  const { table } = ingestCsvText(listingsCsv(rows, 5));
  const features = suggestFeatures(table, 'price');
  return {
    frame: frameFromTable(table, [...features, 'price']),
    target: 'price',
    features,
    preset: 'fast',
    seed: 42,
    datasetName: 'listings',
    ...overrides,
  };
}

describe('runTraining', () => {
  beforeAll(useWasmBackend);

  it('trains the fast preset, reports each epoch once, and leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    const events: TrainingProgress[] = [];
    const result = await runTraining(request({ onProgress: (event) => events.push(event) }));
    expect(tf.memory().numTensors).toBe(before);
    expect(result.status).toBe('done');
    expect(result.rowsLeftOut).toBe(12);
    expect(result.backend).toBe('wasm');
    expect(result.params).toMatchObject({ hiddenUnits: [32, 32], members: 1, seed: 42 });
    expect(events.map((event) => event.epoch)).toEqual(result.curves.map((c) => c.epoch));
    expect(events.every((event) => event.phase === 'training' && event.etaMs >= 0)).toBe(true);
    expect(events.at(-1)!.etaMs).toBe(0);
    expect(result.metrics!.test.count).toBe(120);
    expect(result.metrics!.test.rmse).toBeLessThan(result.metrics!.baseline.rmse * 0.5);
    expect(result.metrics!.interval).toEqual({
      coverage: 0.8,
      coveredOnTest: result.bundle!.card.intervalCoverageOnTest,
    });
    expect(result.metrics!.interval.coveredOnTest).toBeGreaterThan(0.5);
    expect(result.bundle!.signature.inputs.map((input) => input.name)).toEqual([
      'size',
      'grade',
      'has_gps',
    ]);
  });

  it('gives the same metrics for the same data, preset and seed', async () => {
    const first = await runTraining(request());
    const second = await runTraining(request());
    expect(second.metrics).toEqual(first.metrics);
    expect(networkMembers(second.bundle!)[0]!.network.weightData).toBe(
      networkMembers(first.bundle!)[0]!.network.weightData,
    );
  });

  it('cancels between batches, returns the partial curve, and leaves no tensors behind', async () => {
    const before = tf.memory().numTensors;
    let epochs = 0;
    const result = await runTraining(
      request({ onProgress: () => epochs++, shouldStop: () => epochs >= 2 }),
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(result.status).toBe('cancelled');
    expect(result.curves).toHaveLength(2);
    expect(result.bundle).toBeUndefined();
  });

  it('fails with a clear message when the loss becomes NaN, and leaves no tensors behind', async () => {
    const base = request();
    const price = Float64Array.from({ length: base.frame.rowCount }, (_, i) =>
      i % 2 ? 1.5e308 : 1.7e308,
    );
    const frame = {
      ...base.frame,
      columns: { ...base.frame.columns, price: { kind: 'number' as const, values: price } },
    };
    const before = tf.memory().numTensors;
    const result = await runTraining({ ...base, frame });
    expect(tf.memory().numTensors).toBe(before);
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/diverged at epoch 1: the loss became NaN or infinite/);
    expect(result.bundle).toBeUndefined();
  });

  it('refuses a bad request with the check messages, before training', async () => {
    const result = await runTraining(request({ features: [] }));
    expect(result).toMatchObject({ status: 'failed', params: null, curves: [] });
    expect(result.message).toMatch(/No features are selected/);
  });

  it('stops the production preset when its time budget is used, keeping the best so far', async () => {
    const before = tf.memory().numTensors;
    // 30,000 rows: far more than 250 ms of work; too little time for a network, so trees only.
    const result = await runTraining(request({ preset: 'production', timeBudgetMs: 250 }, 30_000));
    expect(tf.memory().numTensors).toBe(before);
    expect(result.status).toBe('done');
    const members = result.bundle!.card.members!;
    expect(members.length).toBeGreaterThan(0);
    for (const member of members) {
      expect(member.kind).toBe('trees');
      expect(member.steps).toBeLessThan(3000);
    }
    expect(members.reduce((sum, member) => sum + member.weight, 0)).toBeCloseTo(1, 12);
    expect(result.curves).toEqual([]);
  });

  it('trains trees and a network in Production, blending them only when that beats each', async () => {
    const result = await runTraining(request({ preset: 'production', timeBudgetMs: 6_000 }, 2_000));
    expect(result.status).toBe('done');
    const { card, members } = result.bundle!;
    expect(card.members!.map((member) => member.label)).toEqual([
      'trees (log)',
      'trees (raw)',
      'network',
    ]);
    const kept = card.members!.filter((member) => member.weight > 0);
    // A member under 5% is dropped and the weights refitted without it.
    for (const member of kept) expect(member.weight).toBeGreaterThanOrEqual(0.05);
    expect(members.map((member) => member.label)).toEqual(kept.map((member) => member.label));
    expect(members.reduce((sum, member) => sum + member.weight, 0)).toBeCloseTo(1, 12);
    const bestMember = Math.min(...card.members!.map((member) => member.validation.rmse));
    if (kept.length > 1) {
      expect(result.params!.blend).toContain(' + ');
      expect(card.training.stopReason).toBe('blend');
    } else {
      expect(kept[0]!.validation.rmse).toBe(bestMember);
    }
    expect(card.test.rmse).toBeLessThan(card.baseline.rmse * 0.5);
    expect(card.intervalCoverageOnTest).toBeGreaterThan(0.6);
  });
});

describe('networkImportance', () => {
  beforeAll(useWasmBackend);

  it('ranks the inputs of a trained network on its TEST rows, leaving no tensors behind', async () => {
    const training = request();
    const { bundle } = await runTraining(training);
    const before = tf.memory().numTensors;
    const importance = await networkImportance(bundle!, training.frame, 1);
    expect(tf.memory().numTensors).toBe(before);
    expect(importance.rowCount).toBe(120);
    expect(importance.features[0]!.feature).toBe('size');
    expect(importance.features[0]!.rmseIncrease).toBeGreaterThan(importance.rmse);
  });
});
