import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/errors';
import { announceStorageChange, onStorageChange } from '../../storage/changes';
import {
  deleteDataset,
  listDatasets,
  renameDataset,
  type DatasetMeta,
} from '../../storage/datasets';
import { openEstimoDb } from '../../storage/db';
import { readStorageUsage, requestPersistentStorage } from '../../storage/storage-usage';

/** How much the browser lets this page store, and whether it may evict it. */
export interface StorageUsage {
  usageBytes: number;
  quotaBytes: number;
  isPersisted: boolean;
}

/**
 * The stored dataset versions (newest first) with rename and delete, the storage usage, and a
 * request for persistent storage on first use. Reloads when another tab or the worker changes
 * the datasets.
 */
export function useDatasets() {
  const [datasets, setDatasets] = useState<DatasetMeta[] | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const db = await openEstimoDb();
      setDatasets(await listDatasets(db));
      setUsage(await readStorageUsage());
    } catch (failure) {
      setError(describeError(failure));
    }
  }, []);

  useEffect(() => {
    void requestPersistentStorage()
      .catch(() => false)
      .then(reload);
    return onStorageChange((change) => {
      if (change.kind === 'datasets') void reload();
    });
  }, [reload]);

  const act = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        setError(null);
        await action();
        announceStorageChange({ kind: 'datasets' });
      } catch (failure) {
        setError(describeError(failure));
      }
      await reload();
    },
    [reload],
  );

  const rename = useCallback(
    (id: string, name: string) => act(async () => renameDataset(await openEstimoDb(), id, name)),
    [act],
  );
  const remove = useCallback(
    (id: string) => act(async () => deleteDataset(await openEstimoDb(), id)),
    [act],
  );
  return { datasets, usage, error, reload, rename, remove };
}
