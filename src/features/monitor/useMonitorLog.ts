import { useCallback, useEffect, useState } from 'react';
import { isReferenceProfile, type NumericReference } from '../../core/drift';
import { openEstimoDb } from '../../storage/db';
import { getChampionVersion } from '../../storage/champion';
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
  /**
   * The version whose predicted prices the price chart compares with its own training target:
   * the chosen version, else the champion, else the newest logged; null with neither.
   */
  chartVersion: number | null;
  /** The champion's version, null before one is registered. */
  championVersion: number | null;
  /** The training target's binned distribution of `chartVersion`, when it kept one. */
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
  const championVersion = await getChampionVersion(db);
  const chartVersion = version ?? championVersion ?? versions[0] ?? null;
  const record = chartVersion === null ? null : await getModelVersion(db, chartVersion);
  const profile = record?.referenceProfile;
  const matches = (entry: { modelVersion: number }) =>
    version === null || entry.modelVersion === version;
  return {
    predictions: allPredictions.filter(matches),
    bulkRuns: allRuns.filter(matches),
    versions,
    chartVersion,
    championVersion,
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
