import { useCallback, useState } from 'react';
import { describeError } from '../../lib/errors';
import { listDatasets } from '../../storage/datasets';
import { openEstimoDb } from '../../storage/db';
import { deleteRun, listRuns } from '../../storage/runs';
import { useStoredData } from '../../ui/useStoredData';

async function readRuns() {
  const db = await openEstimoDb();
  const [datasets, runs] = await Promise.all([listDatasets(db), listRuns(db)]);
  return {
    datasets,
    runs: runs.filter((run) => run.parentId === null),
    trials: runs.filter((run) => run.parentId !== null),
  };
}

const WATCHED = ['runs', 'datasets', 'models'] as const;

/** Stored datasets and top-level runs (trials are listed under their search), kept fresh. */
export function useRuns() {
  const { data, error, reload } = useStoredData(readRuns, WATCHED);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = useCallback(
    async (id: string) => {
      try {
        await deleteRun(await openEstimoDb(), id);
      } catch (failure) {
        setDeleteError(describeError(failure));
      }
      await reload();
    },
    [reload],
  );
  return {
    datasets: data?.datasets ?? null,
    runs: data?.runs ?? [],
    trials: data?.trials ?? [],
    error: error ?? deleteError,
    reload,
    remove,
  };
}
