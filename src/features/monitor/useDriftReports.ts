import { openEstimoDb } from '../../storage/db';
import { listDriftReports } from '../../storage/drift-reports';
import { useStoredData } from '../../ui/useStoredData';
import type { MonitorReport } from '../../worker/ml/api';

const readReports = async () => listDriftReports<MonitorReport>(await openEstimoDb());

/** Saved drift reports (every tab's), newest first, re-read when one is saved. */
export function useDriftReports() {
  return useStoredData(readReports, ['drift']);
}
