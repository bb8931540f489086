import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../core/random';
import { getRunBundle, listRuns } from '../../storage/runs';
import { openTestDb } from '../../test-support/test-db';
import { useWasmBackend } from '../../test-support/tf-backend';
import { createDatasetService } from './dataset-service';
import { RunRegistry } from './run-registry';
import type { TrainProgressEvent, TrainRequest } from './training-api';
import { createTrainingService } from './training-service';

/** price = 1000 + 300·size + 500 if brand is b, with a little noise; `noise` is irrelevant. */
function listingsCsv(rows: number): string {
  const random = createRandom(3);
  const lines = ['size,brand,noise,price'];
  for (let i = 0; i < rows; i++) {
    const size = 1 + Math.round(random() * 90) / 10;
    const brand = ['a', 'b', 'c'][i % 3]!;
    const price = 1000 + 300 * size + (brand === 'b' ? 500 : 0) + (random() - 0.5) * 20;
    lines.push(`${size},${brand},${random().toFixed(3)},${price.toFixed(2)}`);
  }
  return lines.join('\n');
}

async function setUp() {
  const db = openTestDb();
  const runs = new RunRegistry();
  const datasets = createDatasetService(() => db, runs);
  const training = createTrainingService(() => db, runs);
  const ingested = await datasets.ingestDataset(
    { runId: 'ingest', file: new File([listingsCsv(600)], 'listings.csv') },
    () => undefined,
  );
  if (ingested.status !== 'done') throw new Error(JSON.stringify(ingested));
  const request = (runId: string): TrainRequest => ({
    runId,
    datasetId: ingested.dataset.id,
    target: 'price',
    features: ['size', 'brand', 'noise'],
    preset: 'fast',
    seed: 11,
  });
  return { db, runs, training, request };
}

describe('training service', () => {
  beforeAll(useWasmBackend);

  it('trains Fast, records the run with metrics and importance, and keeps its model', async () => {
    const { db, training, request } = await setUp();
    const tensorsBefore = tf.memory().numTensors;
    const events: TrainProgressEvent[] = [];
    const outcome = await training.train(request('run-a'), (event) => events.push(event));
    expect(outcome.run.status).toBe('done');
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    const metrics = outcome.run.metrics!;
    expect(metrics.test.rmse).toBeLessThan(metrics.baseline.rmse / 3);
    expect(outcome.run.curves.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ runId: 'run-a', epoch: 0 });
    const importance = outcome.run.importance!;
    expect(importance[0]!.feature).toBe('size');
    expect(importance.find((entry) => entry.feature === 'noise')!.increase).toBeLessThan(
      importance[0]!.increase / 10,
    );
    const stored = await listRuns(await db);
    expect(stored.map((run) => [run.id, run.status])).toEqual([['run-a', 'done']]);
    expect((await getRunBundle(await db, 'run-a'))?.signature.target.name).toBe('price');
  });

  it('gives the same metrics for the same data, preset and seed', async () => {
    const { training, request } = await setUp();
    const first = await training.train(request('run-1'), () => undefined);
    const second = await training.train(request('run-2'), () => undefined);
    expect(second.run.metrics).toEqual(first.run.metrics);
  });

  it('a cancelled run is kept as cancelled with no model, and leaks no tensors', async () => {
    const { db, runs, training, request } = await setUp();
    const tensorsBefore = tf.memory().numTensors;
    // Cancelled at the network's first epoch, after the trees (fast on this small table).
    const outcome = await training.train({ ...request('run-c'), preset: 'production' }, (event) => {
      if (event.member === 'network') void runs.cancel('run-c');
    });
    expect(outcome.run.status).toBe('cancelled');
    expect(outcome.run.curves.length).toBeGreaterThan(0);
    expect(await getRunBundle(await db, 'run-c')).toBeNull();
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  it('a bad request fails with a message and is recorded', async () => {
    const { training, request } = await setUp();
    const outcome = await training.train(
      { ...request('run-bad'), target: 'brand' },
      () => undefined,
    );
    expect(outcome.run.status).toBe('failed');
    expect(outcome.run.message).toMatch(/brand/);
  });
});
