import { useCallback, useState } from 'react';
import type { ColumnType } from '../../core/data/column-typing';
import { describeError } from '../../lib/errors';
import { announceStorageChange } from '../../storage/changes';
import type { DatasetUpdate } from '../../worker/ml/api';
import { mlClient } from '../../worker/ml/client';

/**
 * A person's edits of a stored dataset (a column's type, the target), done in the heavy worker,
 * which re-reads the column and re-profiles the table. One at a time; `onDone` reloads the list.
 */
export function useDatasetEdits(onDone: () => Promise<void>) {
  const [isBusy, setIsBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const run = useCallback(
    async (edit: () => Promise<DatasetUpdate>) => {
      setIsBusy(true);
      setMessage(null);
      try {
        const update = await edit();
        if (update.ok) announceStorageChange({ kind: 'datasets' });
        else setMessage(update.message);
      } catch (error) {
        setMessage(describeError(error));
      } finally {
        await onDone();
        setIsBusy(false);
      }
    },
    [onDone],
  );

  const setColumnType = useCallback(
    (datasetId: string, column: string, type: ColumnType) =>
      run(() => mlClient.setColumnType({ datasetId, column, type })),
    [run],
  );
  const setTarget = useCallback(
    (datasetId: string, target: string | null) =>
      run(() => mlClient.setDatasetTarget(datasetId, target)),
    [run],
  );
  return { isBusy, message, setColumnType, setTarget };
}
