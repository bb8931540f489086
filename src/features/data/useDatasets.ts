import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/errors';
import { announceStorageChange } from '../../storage/changes';
import { deleteDataset, listDatasets, renameDataset } from '../../storage/datasets';
import { openEstimoDb } from '../../storage/db';
import { readStorageUsage, requestPersistentStorage } from '../../storage/storage-usage';
import { useStoredData } from '../../ui/useStoredData';

async function readDatasets() {
  const db = await openEstimoDb();
  return { datasets: await listDatasets(db), usage: await readStorageUsage() };
}

const WATCHED = ['datasets'] as const;

/**
 * The stored dataset versions (newest first) with rename and delete, the storage usage, and a
 * request for persistent storage on first use. Reloads when another tab or the worker changes
 * the datasets.
 */
export function useDatasets() {
  const { data, error: readError, reload } = useStoredData(readDatasets, WATCHED);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void requestPersistentStorage()
      .catch(() => false)
      .then(reload);
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
  return {
    datasets: data?.datasets ?? null,
    usage: data?.usage ?? null,
    error: error ?? readError,
    reload,
    rename,
    remove,
  };
}
