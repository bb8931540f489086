import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/errors';
import { onStorageChange } from '../../storage/changes';
import { listDatasets, type DatasetMeta } from '../../storage/datasets';
import { openEstimoDb } from '../../storage/db';
import { deleteRun, listRuns, type RunRecord } from '../../storage/runs';

/** Stored datasets and top-level runs (trials are listed under their search), kept fresh. */
export function useRuns() {
  const [datasets, setDatasets] = useState<DatasetMeta[] | null>(null);
  const [runs, setRuns] = useState<RunRecord[]>([]);
  const [trials, setTrials] = useState<RunRecord[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const db = await openEstimoDb();
      const [storedDatasets, storedRuns] = await Promise.all([listDatasets(db), listRuns(db)]);
      setDatasets(storedDatasets);
      setRuns(storedRuns.filter((run) => run.parentId === null));
      setTrials(storedRuns.filter((run) => run.parentId !== null));
    } catch (failure) {
      setError(describeError(failure));
    }
  }, []);

  useEffect(() => {
    void reload();
    return onStorageChange((change) => {
      if (['runs', 'datasets', 'models'].includes(change.kind)) void reload();
    });
  }, [reload]);

  const remove = useCallback(
    async (id: string) => {
      await deleteRun(await openEstimoDb(), id);
      await reload();
    },
    [reload],
  );
  return { datasets, runs, trials, error, reload, remove };
}
