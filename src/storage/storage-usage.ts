/** How much of its quota the origin uses, in bytes, and whether its data is kept under pressure. */
export interface StorageUsage {
  usageBytes: number;
  quotaBytes: number;
  /** True when the browser will not evict this origin's data to free space. */
  isPersisted: boolean;
}

/** The parts of StorageManager used here; `persist` exists on pages only, not in workers. */
interface StorageApi {
  estimate(): Promise<{ usage?: number; quota?: number }>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

function storageApi(): StorageApi | null {
  if (typeof navigator === 'undefined') return null;
  const storage = (navigator as { storage?: Partial<StorageApi> }).storage;
  return storage && typeof storage.estimate === 'function' ? (storage as StorageApi) : null;
}

/**
 * The origin's storage use and quota (the browser's estimate, in bytes) and whether it is
 * persisted, for the storage line of the app; null where the Storage API is missing.
 */
export async function readStorageUsage(): Promise<StorageUsage | null> {
  const storage = storageApi();
  if (!storage) return null;
  const [estimate, isPersisted] = await Promise.all([
    storage.estimate(),
    storage.persisted ? storage.persisted.call(storage) : Promise.resolve(false),
  ]);
  return {
    usageBytes: estimate.usage ?? 0,
    quotaBytes: estimate.quota ?? 0,
    isPersisted,
  };
}

/**
 * Asks the browser to keep this origin's data under storage pressure (datasets and models are
 * costly to rebuild). Resolves whether it is persisted; false where the API is missing (workers).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = storageApi();
  if (!storage?.persist) return false;
  if (storage.persisted && (await storage.persisted.call(storage))) return true;
  return storage.persist.call(storage);
}
