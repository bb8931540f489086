import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeEstimoDb, DB_NAME, DB_VERSION, openEstimoDb } from './db';

const NAME = 'db-test';

/** Every store of version 1: key path (null when out of line), auto increment, indexes. */
const VERSION_1 = {
  aliasHistory: { keyPath: 'id', autoIncrement: true, indexes: { 'by-alias': 'alias' } },
  aliases: { keyPath: 'alias', autoIncrement: false, indexes: {} },
  bulkRuns: { keyPath: 'id', autoIncrement: true, indexes: { 'by-at': 'at' } },
  counters: { keyPath: null, autoIncrement: false, indexes: {} },
  datasetChunks: { keyPath: null, autoIncrement: false, indexes: {} },
  datasetColumns: { keyPath: ['datasetId', 'columnIndex'], autoIncrement: false, indexes: {} },
  datasets: { keyPath: 'id', autoIncrement: false, indexes: { 'by-createdAt': 'createdAt' } },
  driftReports: { keyPath: 'id', autoIncrement: false, indexes: { 'by-createdAt': 'createdAt' } },
  modelArtifacts: { keyPath: 'version', autoIncrement: false, indexes: {} },
  modelVersions: { keyPath: 'version', autoIncrement: false, indexes: {} },
  predictions: { keyPath: 'id', autoIncrement: true, indexes: { 'by-at': 'at' } },
  runBundles: { keyPath: 'runId', autoIncrement: false, indexes: {} },
  runs: {
    keyPath: 'id',
    autoIncrement: false,
    indexes: {
      'by-datasetId': 'datasetId',
      'by-parentId': 'parentId',
      'by-startedAt': 'startedAt',
    },
  },
};

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(async () => {
  await closeEstimoDb(NAME);
  vi.unstubAllGlobals();
});

describe('openEstimoDb', () => {
  it('creates every store and index of version 1 from nothing', async () => {
    const db = await openEstimoDb({ name: NAME });
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(1);
    const names = [...db.objectStoreNames];
    expect(names).toEqual(Object.keys(VERSION_1).sort());
    const tx = db.transaction(names);
    const actual = Object.fromEntries(
      names.map((name) => {
        const store = tx.objectStore(name);
        const indexes = Object.fromEntries(
          [...store.indexNames].map((index) => [index, store.index(index).keyPath]),
        );
        return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
      }),
    );
    expect(actual).toEqual(VERSION_1);
  });

  it('uses the app name by default and caches one connection per name', async () => {
    expect(DB_NAME).toBe('estimo');
    const first = openEstimoDb({ name: NAME });
    expect(openEstimoDb({ name: NAME })).toBe(first);
    const db = await first;
    expect(db.name).toBe(NAME);
    await closeEstimoDb(NAME);
    const reopened = await openEstimoDb({ name: NAME });
    expect(reopened).not.toBe(db);
  });

  it('closes and forgets its connection when a newer version needs the database', async () => {
    const onBlocking = vi.fn();
    const db = await openEstimoDb({ name: NAME, onBlocking });
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(NAME, DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(onBlocking).toHaveBeenCalledTimes(1);
    expect(upgraded.version).toBe(DB_VERSION + 1);
    expect(() => db.transaction('datasets')).toThrow();
    upgraded.close();
    // The old connection was forgotten: opening again tries afresh (and meets the newer version).
    await expect(openEstimoDb({ name: NAME })).rejects.toMatchObject({ name: 'VersionError' });
  });
});
