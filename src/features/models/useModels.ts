import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/errors';
import { announceStorageChange, onStorageChange, type StorageChange } from '../../storage/changes';
import { listChampionHistory, rollbackChampion, setChampion } from '../../storage/champion';
import { listDatasets } from '../../storage/datasets';
import { openEstimoDb } from '../../storage/db';
import type { AliasMove, ModelSummary } from '../../storage/model-types';
import { deleteModelVersion, getModelVersion, listModelSummaries } from '../../storage/models';
import { predictorClient } from '../../worker/predictor/client';
import { exportFileName } from './model-view';

/** What the Models page lists: every version, the champion's moves, the stored dataset ids. */
export interface RegistryView {
  versions: ModelSummary[];
  history: AliasMove[];
  datasetIds: ReadonlySet<string>;
}

async function readRegistry(): Promise<RegistryView> {
  const db = await openEstimoDb();
  let versions = await listModelSummaries(db);
  if (versions.length === 0) {
    // A first visit that starts here: loading the champion registers the shipped model.
    await predictorClient.loadActiveModel();
    versions = await listModelSummaries(db);
  }
  const [history, datasets] = await Promise.all([listChampionHistory(db), listDatasets(db)]);
  return { versions, history, datasetIds: new Set(datasets.map((dataset) => dataset.id)) };
}

function downloadJson(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The registry for the Models page, with promote, roll back, delete and export. Reloads when a
 * model or the champion changes in any tab or worker, and announces its own changes.
 */
export function useModels() {
  const [view, setView] = useState<RegistryView | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((count) => count + 1), []);

  useEffect(() => {
    let isCurrent = true;
    readRegistry().then(
      (next) => isCurrent && setView(next),
      (failure: unknown) => isCurrent && setMessage(describeError(failure)),
    );
    return () => {
      isCurrent = false;
    };
  }, [generation]);

  useEffect(
    () =>
      onStorageChange((change) => {
        if (change.kind === 'models' || change.kind === 'champion') reload();
      }),
    [reload],
  );

  const act = useCallback(
    async (action: () => Promise<StorageChange | string | null>) => {
      setMessage(null);
      try {
        const outcome = await action();
        if (typeof outcome === 'string') setMessage(outcome);
        else if (outcome) announceStorageChange(outcome);
      } catch (failure) {
        setMessage(describeError(failure));
      }
      reload();
    },
    [reload],
  );

  const promote = (version: number) =>
    act(async () => {
      await setChampion(await openEstimoDb(), version);
      return { kind: 'champion', version };
    });
  const rollBack = () =>
    act(async () => {
      const version = await rollbackChampion(await openEstimoDb());
      if (version === null) return 'There is no earlier champion to roll back to.';
      return { kind: 'champion', version };
    });
  const remove = (version: number) =>
    act(async () => {
      const isDeleted = await deleteModelVersion(await openEstimoDb(), version);
      return isDeleted ? { kind: 'models', version } : `Version ${version} was already deleted.`;
    });
  const exportVersion = (version: number) =>
    act(async () => {
      const record = await getModelVersion(await openEstimoDb(), version);
      if (!record) return `Version ${version} is no longer stored.`;
      downloadJson(JSON.stringify(record.bundle), exportFileName(version));
      return null;
    });

  return { view, message, reload, promote, rollBack, remove, exportVersion };
}
