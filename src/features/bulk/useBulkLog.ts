import { openEstimoDb } from '../../storage/db';
import { listBulkRuns, type BulkRunRecord } from '../../storage/prediction-log';
import { useStoredData } from '../../ui/useStoredData';

/** Runs shown on the page: the newest of the log the heavy worker keeps in IndexedDB. */
const SHOWN_RUNS = 20;

const readRecentRuns = async () => (await listBulkRuns(await openEstimoDb())).slice(0, SHOWN_RUNS);

/** The logged bulk runs (every tab's), newest first, refreshed when a run is logged. */
export function useBulkLog(): readonly BulkRunRecord[] {
  return useStoredData(readRecentRuns, ['predictions']).data ?? [];
}
