import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { readShippedBundle } from '../test-support/shipped-model';
import { withFreshTestDb } from '../test-support/test-db';
import type { ModelBundle } from '../core/model/model-bundle';
import {
  getChampion,
  getChampionVersion,
  listChampionHistory,
  rollbackChampion,
  setChampion,
} from './champion';
import { DB_VERSION, type EstimoDb, type EstimoSchema } from './db';
import {
  deleteModelVersion,
  ensureShippedVersion,
  getModelVersion,
  listModelSummaries,
  registerModelVersion,
} from './models';
import { getRun, getRunBundle, saveRun, saveRunBundle, type RunRecord } from './runs';

const NAME = 'models-test';
let db: EstimoDb;

withFreshTestDb(NAME, (opened) => {
  db = opened;
});

const shipped = readShippedBundle();

function variant(name: string): ModelBundle {
  return { ...shipped, name };
}

async function registerTwo(): Promise<void> {
  await ensureShippedVersion(db, shipped, { columns: ['carat'] });
  await registerModelVersion(db, { bundle: variant('v2'), source: 'run', datasetId: 'ds-1' });
  await registerModelVersion(db, { bundle: variant('v3'), source: 'import' });
}

describe('the registry', () => {
  it('stores the shipped model as version 1 and champion on a first visit only', async () => {
    expect(await getChampion(db)).toBeNull();
    expect(await ensureShippedVersion(db, shipped, { columns: ['carat'] })).toBe('created');
    expect(await ensureShippedVersion(db, variant('later'))).toBe('exists');
    const champion = await getChampion(db);
    expect(champion).toMatchObject({
      version: 1,
      source: 'shipped',
      name: 'diamonds',
      runId: null,
    });
    expect(champion?.bundle).toEqual(shipped);
    expect(champion?.referenceProfile).toEqual({ columns: ['carat'] });
    expect((await listModelSummaries(db)).map((m) => m.version)).toEqual([1]);
    const history = await listChampionHistory(db);
    expect(history).toMatchObject([{ from: null, to: 1, reason: 'first-visit' }]);
  });

  it('stores the shipped model once when two tabs start together', async () => {
    // A second connection to the same database, as another tab would hold.
    const other = await openDB<EstimoSchema>(NAME, DB_VERSION);
    const results = await Promise.all([
      ensureShippedVersion(db, shipped),
      ensureShippedVersion(other, shipped),
    ]);
    expect(results.sort()).toEqual(['created', 'exists']);
    expect((await listModelSummaries(other)).map((m) => m.version)).toEqual([1]);
    expect(await getChampionVersion(other)).toBe(1);
    other.close();
  });

  it('numbers versions after every version ever handed out, even deleted ones', async () => {
    await registerTwo();
    expect(await deleteModelVersion(db, 3)).toBe(true);
    expect(await deleteModelVersion(db, 3)).toBe(false);
    const next = await registerModelVersion(db, { bundle: variant('v4'), source: 'import' });
    expect(next.version).toBe(4);
    await deleteModelVersion(db, 4);
    expect(
      (await registerModelVersion(db, { bundle: variant('v5'), source: 'import' })).version,
    ).toBe(5);
    expect((await listModelSummaries(db)).map((m) => m.version)).toEqual([5, 2, 1]);
  });

  it('lists summaries without weights, marking the champion', async () => {
    await registerTwo();
    const summaries = await listModelSummaries(db);
    expect(summaries.map((m) => [m.version, m.name, m.source, m.isChampion])).toEqual([
      [3, 'v3', 'import', false],
      [2, 'v2', 'run', false],
      [1, 'diamonds', 'shipped', true],
    ]);
    expect(summaries[1]).toMatchObject({
      datasetId: 'ds-1',
      card: shipped.card,
      signature: shipped.signature,
    });
    expect(Object.keys(summaries[0]!)).not.toContain('bundle');
    const stored = await db.get('modelVersions', 2);
    expect(Object.keys(stored!.bundle)).not.toContain('network');
    expect((await getModelVersion(db, 2))?.bundle).toEqual(variant('v2'));
    expect(await getModelVersion(db, 9)).toBeNull();
  });

  it('links a registered run: the run gets the version and its kept bundle moves to the registry', async () => {
    const run = { id: 'r1', datasetId: 'ds-1', status: 'done', modelVersion: null, startedAt: 'x' };
    await saveRun(db, run as unknown as RunRecord);
    await saveRunBundle(db, 'r1', variant('trained'));
    const record = await registerModelVersion(db, {
      bundle: variant('trained'),
      source: 'run',
      runId: 'r1',
      datasetId: 'ds-1',
    });
    expect(record).toMatchObject({
      version: 1,
      runId: 'r1',
      datasetId: 'ds-1',
      referenceProfile: null,
    });
    expect((await getRun(db, 'r1'))?.modelVersion).toBe(1);
    expect(await getRunBundle(db, 'r1')).toBeNull();
  });
});

describe('the champion', () => {
  it('is promoted, rolled back step by step, and never rolled back past the first', async () => {
    await registerTwo();
    await setChampion(db, 2);
    await setChampion(db, 3);
    await setChampion(db, 3);
    expect(await getChampionVersion(db)).toBe(3);
    expect((await getChampion(db))?.name).toBe('v3');
    expect(await rollbackChampion(db)).toBe(2);
    expect(await rollbackChampion(db)).toBe(1);
    expect(await rollbackChampion(db)).toBeNull();
    expect(await getChampionVersion(db)).toBe(1);
    const history = await listChampionHistory(db);
    expect(history.map((move) => [move.reason, move.from, move.to])).toEqual([
      ['rollback', 2, 1],
      ['rollback', 3, 2],
      ['promote', 2, 3],
      ['promote', 1, 2],
      ['first-visit', null, 1],
    ]);
  });

  it('rolls back over versions deleted since', async () => {
    await registerTwo();
    await setChampion(db, 2);
    await setChampion(db, 3);
    await expect(deleteModelVersion(db, 3)).rejects.toMatchObject({
      code: 'STORAGE_REFUSED',
      message:
        'Version 3 is the champion and serves estimates: promote another version first, then ' +
        'delete this one.',
    });
    expect(await deleteModelVersion(db, 2)).toBe(true);
    expect(await rollbackChampion(db)).toBe(1);
    expect((await listChampionHistory(db))[0]).toMatchObject({ from: 3, to: 1, undoes: [3, 2] });
  });

  it('goes back to the promoted version after a roll back and a new promotion', async () => {
    await registerTwo();
    await setChampion(db, 2);
    expect(await rollbackChampion(db)).toBe(1);
    await setChampion(db, 3);
    expect(await rollbackChampion(db)).toBe(1);
    expect(await rollbackChampion(db)).toBeNull();
  });

  it('refuses to point at a version that is not stored', async () => {
    await registerTwo();
    await expect(setChampion(db, 7)).rejects.toMatchObject({
      code: 'STORAGE_NOT_FOUND',
      message: 'Model version 7 is not stored (it may have been deleted in another tab).',
    });
    expect(await getChampionVersion(db)).toBe(1);
  });
});
