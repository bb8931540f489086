import { useCallback, useEffect, useState } from 'react';
import { isReferenceProfile, type NumericReference } from '../../core/drift';
import { openEstimoDb } from '../../storage/db';
import { getModelVersion } from '../../storage/models';
import { listBulkRuns, listPredictions } from '../../storage/prediction-log';
import type { BulkRunRecord, PredictionRecord } from '../../storage/prediction-log';
import { useStoredData } from '../../ui/useStoredData';

/** Logged estimates read for the dashboard: the newest this many. */
export const SHOWN_PREDICTIONS = 5000;

/** What the dashboard shows for one model version (or all). */
export interface MonitorLog {
  predictions: PredictionRecord[];
  bulkRuns: BulkRunRecord[];
  /** Versions that appear in the log, newest first. */
  versions: number[];
  /** The training target's binned distribution of the chosen version, when it kept one. */
  target: NumericReference | null;
}

async function readLog(version: number | null): Promise<MonitorLog> {
  const db = await openEstimoDb();
  const [allPredictions, allRuns] = await Promise.all([
    listPredictions(db, { limit: SHOWN_PREDICTIONS }),
    listBulkRuns(db, { limit: 500 }),
  ]);
  const versions = [
    ...new Set([...allPredictions, ...allRuns].map((entry) => entry.modelVersion)),
  ].sort((a, b) => b - a);
  const chosen = version ?? versions[0] ?? null;
  const record = chosen === null ? null : await getModelVersion(db, chosen);
  const profile = record?.referenceProfile;
  const matches = (entry: { modelVersion: number }) =>
    version === null || entry.modelVersion === version;
  return {
    predictions: allPredictions.filter(matches),
    bulkRuns: allRuns.filter(matches),
    versions,
    target: isReferenceProfile(profile) ? profile.target : null,
  };
}

/** The prediction log for the dashboard, filtered to a version (null: all), kept fresh. */
export function useMonitorLog() {
  const [version, setVersion] = useState<number | null>(null);
  const read = useCallback(() => readLog(version), [version]);
  const stored = useStoredData(read, ['predictions', 'models', 'champion']);
  const { reload } = stored;
  useEffect(() => {
    void reload();
  }, [version, reload]);
  return { ...stored, version, setVersion };
}
