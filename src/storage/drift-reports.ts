import type { EstimoDb } from './db';
import { commitWrite, describeBytes } from './write-transaction';

/**
 * A saved drift report. The payload's shape belongs to the drift code; storage keeps it as
 * given. `T` is not checked on reading: pass the type the payload was saved with.
 */
export interface DriftReportRecord<T = unknown> {
  id: string;
  /** ISO 8601. */
  createdAt: string;
  /** The model version whose reference profile the batch was compared with. */
  modelVersion: number;
  /** Shown to people, such as the uploaded file's name. */
  name: string;
  report: T;
}

/** Stores a drift report, replacing one with the same id. Throws `STORAGE_QUOTA` when full. */
export async function saveDriftReport<T>(
  db: EstimoDb,
  record: DriftReportRecord<T>,
): Promise<void> {
  const tx = db.transaction('driftReports', 'readwrite');
  await commitWrite(
    tx,
    () => `drift report "${record.name}" (${describeBytes(JSON.stringify(record).length)})`,
    () => tx.store.put(record),
  );
}

/** Every drift report, newest first (by `createdAt`). */
export async function listDriftReports<T = unknown>(db: EstimoDb): Promise<DriftReportRecord<T>[]> {
  const records = await db.getAllFromIndex('driftReports', 'by-createdAt');
  return (records as DriftReportRecord<T>[]).reverse();
}

/** One drift report, or null when it is not stored. */
export async function getDriftReport<T = unknown>(
  db: EstimoDb,
  id: string,
): Promise<DriftReportRecord<T> | null> {
  return ((await db.get('driftReports', id)) as DriftReportRecord<T> | undefined) ?? null;
}

/** Deletes a drift report; resolves false when it was not stored. */
export async function deleteDriftReport(db: EstimoDb, id: string): Promise<boolean> {
  const tx = db.transaction('driftReports', 'readwrite');
  return commitWrite(
    tx,
    () => `the deletion of drift report ${id}`,
    async () => {
      const isStored = (await tx.store.count(id)) > 0;
      await tx.store.delete(id);
      return isStored;
    },
  );
}
