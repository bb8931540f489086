import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setChampion } from '../storage/champion';
import type { EstimoDb } from '../storage/db';
import { listModelSummaries, registerModelVersion } from '../storage/models';
import { readShippedBundle } from '../test-support/shipped-model';
import { openTestDb } from '../test-support/test-db';
import { ensureRegistry, loadChampionBundle, readChampionVersion } from './champion-source';

const shipped = readShippedBundle();

let db: EstimoDb;
const fetchShippedModel = vi.fn(async () => shipped);

beforeEach(async () => {
  db = await openTestDb();
  fetchShippedModel.mockClear();
});

describe('loadChampionBundle', () => {
  it('registers the shipped model as version 1 and champion on a first visit, once', async () => {
    const first = await loadChampionBundle({ openDb: async () => db, fetchShippedModel });
    expect(first).toEqual({ bundle: shipped, version: 1, note: null });
    expect(fetchShippedModel).toHaveBeenCalledTimes(1);
    const again = await loadChampionBundle({ openDb: async () => db, fetchShippedModel });
    expect(again.version).toBe(1);
    expect(fetchShippedModel).toHaveBeenCalledTimes(1);
    const versions = await listModelSummaries(db);
    expect(versions.map((row) => [row.version, row.source, row.isChampion])).toEqual([
      [1, 'shipped', true],
    ]);
  });

  it('serves whatever version is champion now', async () => {
    await loadChampionBundle({ openDb: async () => db, fetchShippedModel });
    const renamed = { ...shipped, name: 'imported copy' };
    const { version } = await registerModelVersion(db, { bundle: renamed, source: 'import' });
    await setChampion(db, version);
    const champion = await loadChampionBundle({ openDb: async () => db, fetchShippedModel });
    expect(champion).toMatchObject({ version: 2, note: null, bundle: { name: 'imported copy' } });
    expect(await readChampionVersion(async () => db)).toBe(2);
  });

  it('falls back to the shipped model with a note when storage cannot be opened', async () => {
    const openDb = () => Promise.reject(new Error('The user denied permission to access storage'));
    const fallback = await loadChampionBundle({ openDb, fetchShippedModel });
    expect(fallback.version).toBe(1);
    expect(fallback.bundle).toBe(shipped);
    expect(fallback.note).toContain('denied permission');
    expect(fallback.note).toContain('shipped model serves estimates');
    expect(await readChampionVersion(openDb)).toBeNull();
  });

  it('makes the registry before a first registration, so a trained model is never version 1', async () => {
    await ensureRegistry(db, fetchShippedModel);
    await ensureRegistry(db, fetchShippedModel);
    expect(fetchShippedModel).toHaveBeenCalledTimes(1);
    const { version } = await registerModelVersion(db, { bundle: shipped, source: 'run' });
    expect(version).toBe(2);
    expect(await readChampionVersion(async () => db)).toBe(1);
  });
});
