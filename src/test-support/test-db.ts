import 'fake-indexeddb/auto';
import { openEstimoDb } from '../storage/db';
import type { EstimoDb } from '../storage/db';

let count = 0;

/** A fresh, empty Estimo database in fake-indexeddb (a new name per call). */
export function openTestDb(): Promise<EstimoDb> {
  count++;
  return openEstimoDb({ name: `estimo-test-${count}-${Date.now()}` });
}
