import type { MlApi } from '../worker/ml/api';
import { createMlService, DEFAULT_BULK_LIMITS } from '../worker/ml/ml-service';
import { readShippedBundle } from './shipped-model';
import { openTestDb } from './test-db';

/** The heavy worker's API with the shipped model and a fresh fake-indexeddb database. */
export function createTestMlService(limits = DEFAULT_BULK_LIMITS): MlApi {
  const bundle = readShippedBundle();
  const db = openTestDb();
  return createMlService({
    source: { loadActiveBundle: async () => ({ bundle, version: 1 }) },
    openDb: () => db,
    limits,
  });
}
