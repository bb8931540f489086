import { describe, expect, it } from 'vitest';
import { withFreshTestDb } from '../test-support/test-db';
import type { EstimoDb } from './db';
import {
  DEFAULT_MAX_BULK_RUNS,
  DEFAULT_MAX_PREDICTIONS,
  listBulkRuns,
  listPredictions,
  logBulkRun,
  logPrediction,
  type BulkRunEntry,
  type PredictionEntry,
} from './prediction-log';

const NAME = 'log-test';
let db: EstimoDb;

withFreshTestDb(NAME, (opened) => {
  db = opened;
});

function prediction(at: number, value = 100): PredictionEntry {
  return {
    at,
    modelVersion: 1,
    inputs: { carat: '0,7', cut: 'Ideal' },
    value,
    low: 80,
    high: 130,
    latencyMs: 3.5,
  };
}

function bulkRun(at: number): BulkRunEntry {
  return {
    at,
    modelVersion: 2,
    fileName: 'stock.csv',
    state: 'done',
    rows: 1000,
    scored: 998,
    errors: 2,
    elapsedMs: 850,
    sample: [{ inputs: { carat: '1.1' }, value: 5230.5 }],
  };
}

describe('prediction log', () => {
  it('logs predictions and lists them newest first within a time window', async () => {
    for (const at of [1000, 3000, 2000, 4000]) await logPrediction(db, prediction(at, at / 10));
    expect((await listPredictions(db)).map((p) => p.at)).toEqual([4000, 3000, 2000, 1000]);
    expect((await listPredictions(db, { since: 2000, until: 4000 })).map((p) => p.at)).toEqual([
      3000, 2000,
    ]);
    expect((await listPredictions(db, { since: 3000 })).map((p) => p.at)).toEqual([4000, 3000]);
    expect((await listPredictions(db, { until: 2000 })).map((p) => p.at)).toEqual([1000]);
    expect((await listPredictions(db, { limit: 2 })).map((p) => p.at)).toEqual([4000, 3000]);
    expect(await listPredictions(db, { since: 5000, until: 5000 })).toEqual([]);
    const [latest] = await listPredictions(db, { limit: 1 });
    expect(latest).toEqual({ ...prediction(4000, 400), id: 4 });
  });

  it('drops the oldest entries past the cap and says how many', async () => {
    expect(DEFAULT_MAX_PREDICTIONS).toBe(50_000);
    for (const at of [5, 1, 4]) {
      expect(await logPrediction(db, prediction(at), { maxEntries: 3 })).toMatchObject({
        dropped: 0,
      });
    }
    expect(await logPrediction(db, prediction(6), { maxEntries: 3 })).toEqual({
      id: 4,
      dropped: 1,
    });
    expect((await listPredictions(db)).map((p) => p.at)).toEqual([6, 5, 4]);
    expect(await logPrediction(db, prediction(7), { maxEntries: 1 })).toEqual({
      id: 5,
      dropped: 3,
    });
    expect((await listPredictions(db)).map((p) => p.at)).toEqual([7]);
  });

  it('refuses an entry without a usable time', async () => {
    await expect(logPrediction(db, prediction(Number.NaN))).rejects.toMatchObject({
      code: 'STORAGE_REFUSED',
      message: 'A log entry needs a time; got NaN.',
    });
    expect(await db.count('predictions')).toBe(0);
  });
});

describe('bulk run log', () => {
  it('logs bulk runs with their sample and caps them separately', async () => {
    expect(DEFAULT_MAX_BULK_RUNS).toBe(500);
    await logPrediction(db, prediction(1));
    await logBulkRun(db, bulkRun(10), { maxEntries: 2 });
    await logBulkRun(db, bulkRun(30), { maxEntries: 2 });
    expect(await logBulkRun(db, bulkRun(20), { maxEntries: 2 })).toEqual({ id: 3, dropped: 1 });
    const runs = await listBulkRuns(db);
    expect(runs.map((r) => r.at)).toEqual([30, 20]);
    expect(runs[0]).toEqual({ ...bulkRun(30), id: 2 });
    expect(await db.count('predictions')).toBe(1);
  });
});
