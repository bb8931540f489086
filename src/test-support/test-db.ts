import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { closeEstimoDb, openEstimoDb } from '../storage/db';
import type { EstimoDb } from '../storage/db';

let count = 0;

/** A fresh, empty Estimo database in fake-indexeddb (a new name per call). */
export function openTestDb(): Promise<EstimoDb> {
  count++;
  return openEstimoDb({ name: `estimo-test-${count}-${Date.now()}` });
}

/**
 * Gives each test of the file a new, empty IndexedDB (its own fake factory) opened as `name`,
 * handed to `onOpen`; afterwards restores mocks, closes the database and the global factory.
 */
export function withFreshTestDb(name: string, onOpen: (db: EstimoDb) => void): void {
  beforeEach(async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    onOpen(await openEstimoDb({ name }));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await closeEstimoDb(name);
    vi.unstubAllGlobals();
  });
}
