import { describe, expect, it } from 'vitest';
import { readShippedBundle } from '../test-support/shipped-model';
import { withFreshTestDb } from '../test-support/test-db';
import type { EstimoDb } from './db';
import {
  deleteRun,
  getRun,
  getRunBundle,
  listChildRuns,
  listRuns,
  saveRun,
  saveRunBundle,
  updateRun,
  type RunRecord,
} from './runs';

const NAME = 'runs-test';
let db: EstimoDb;

withFreshTestDb(NAME, (opened) => {
  db = opened;
});

const bundle = readShippedBundle();

const METRICS = { rmse: 540.5, mae: 270.25, mape: 7.5, r2: 0.98, count: 10788 };

function run(id: string, patch: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    parentId: null,
    datasetId: 'ds-1',
    datasetName: 'diamonds',
    target: 'price',
    features: ['carat', 'cut'],
    preset: 'fast',
    params: { epochs: 30, units: [64, 32] },
    seed: 42,
    backend: 'cpu',
    status: 'running',
    startedAt: '2024-05-01T10:00:00.000Z',
    durationMs: 0,
    curves: [],
    metrics: null,
    importance: null,
    message: null,
    modelVersion: null,
    ...patch,
  };
}

describe('runs', () => {
  it('saves, reads back and updates a run', async () => {
    await saveRun(db, run('r1'));
    expect(await getRun(db, 'r1')).toEqual(run('r1'));
    const curves = [{ epoch: 1, loss: 0.5, valLoss: 0.6, elapsedMs: 120 }];
    const done = await updateRun(db, 'r1', {
      status: 'done',
      curves,
      metrics: { test: METRICS, baseline: { ...METRICS, r2: 0 } },
      durationMs: 1500,
      message: undefined,
    });
    expect(done).toEqual({
      ...run('r1'),
      status: 'done',
      curves,
      durationMs: 1500,
      metrics: done.metrics,
    });
    expect(await getRun(db, 'r1')).toEqual(done);
    expect(done.metrics?.baseline.r2).toBe(0);
    await expect(updateRun(db, 'r9', { status: 'failed' })).rejects.toMatchObject({
      code: 'STORAGE_NOT_FOUND',
      message: 'Run r9 is not stored (it may have been deleted in another tab).',
    });
    expect(await getRun(db, 'r9')).toBeNull();
  });

  it('lists newest first, for all datasets or one', async () => {
    await saveRun(db, run('a', { startedAt: '2024-05-02T00:00:00.000Z' }));
    await saveRun(db, run('b', { startedAt: '2024-05-03T00:00:00.000Z', datasetId: 'ds-2' }));
    await saveRun(db, run('c', { startedAt: '2024-05-01T00:00:00.000Z' }));
    expect((await listRuns(db)).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect((await listRuns(db, { datasetId: 'ds-1' })).map((r) => r.id)).toEqual(['a', 'c']);
    expect(await listRuns(db, { datasetId: 'ds-none' })).toEqual([]);
  });

  it('deletes a search run with its trials and their bundles', async () => {
    await saveRun(db, run('search', { preset: 'search' }));
    await saveRun(db, run('t1', { parentId: 'search', startedAt: '2024-05-01T10:01:00.000Z' }));
    await saveRun(db, run('t2', { parentId: 'search', startedAt: '2024-05-01T10:02:00.000Z' }));
    await saveRun(db, run('other'));
    await saveRunBundle(db, 't1', bundle);
    expect((await listChildRuns(db, 'search')).map((r) => r.id)).toEqual(['t2', 't1']);
    expect(await deleteRun(db, 'search')).toBe(true);
    expect(await deleteRun(db, 'search')).toBe(false);
    expect((await listRuns(db)).map((r) => r.id)).toEqual(['other']);
    expect(await db.count('runBundles')).toBe(0);
  });
});

describe('run bundles', () => {
  it('keeps the trained bundle of a run exactly', async () => {
    await saveRun(db, run('r1', { status: 'done' }));
    expect(await getRunBundle(db, 'r1')).toBeNull();
    await saveRunBundle(db, 'r1', bundle);
    expect(await getRunBundle(db, 'r1')).toEqual(bundle);
  });

  it('refuses a bundle for a run that is not stored', async () => {
    await expect(saveRunBundle(db, 'ghost', bundle)).rejects.toMatchObject({
      code: 'STORAGE_NOT_FOUND',
    });
    expect(await db.count('runBundles')).toBe(0);
  });
});
