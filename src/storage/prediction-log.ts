import { AppError } from '../lib/errors';
import type { EstimoDb } from './db';
import { commitWrite } from './write-transaction';

/** Predictions kept by default; the oldest go first past this. */
export const DEFAULT_MAX_PREDICTIONS = 50_000;
/** Bulk runs kept by default; the oldest go first past this. */
export const DEFAULT_MAX_BULK_RUNS = 500;

/** One estimate served on the Estimate page, for the Monitor page. */
export interface PredictionEntry {
  /** When it was served, epoch milliseconds. */
  at: number;
  modelVersion: number;
  /** The form's values, as typed. */
  inputs: Record<string, string>;
  /** The estimate and its interval, in the target's units. */
  value: number;
  low: number;
  high: number;
  latencyMs: number;
}

/** A logged prediction with its log id (insertion order). */
export interface PredictionRecord extends PredictionEntry {
  id: number;
}

/** One bulk scoring run, for the Monitor page. */
export interface BulkRunEntry {
  /** When it ended, epoch milliseconds. */
  at: number;
  modelVersion: number;
  fileName: string;
  state: 'done' | 'cancelled' | 'failed';
  rows: number;
  scored: number;
  errors: number;
  elapsedMs: number;
  /**
   * A few scored rows (keep it to about 1,000): inputs as read and the estimate, so the
   * prediction distribution and input drift can include bulk traffic.
   */
  sample: { inputs: Record<string, string>; value: number }[];
}

/** A logged bulk run with its log id. */
export interface BulkRunRecord extends BulkRunEntry {
  id: number;
}

/** Rows as added; the store assigns `id`. */
export type StoredPrediction = PredictionEntry & { id?: number };
/** Rows as added; the store assigns `id`. */
export type StoredBulkRun = BulkRunEntry & { id?: number };

/** The log id of the new entry and how many old entries the retention cap dropped. */
export interface LogResult {
  id: number;
  dropped: number;
}

type LogStore = 'predictions' | 'bulkRuns';

/**
 * Logs an estimate; past `maxEntries` (default 50,000) the oldest entries (by `at`) are deleted
 * in the same transaction and counted in `dropped`, so the page can say so.
 */
export function logPrediction(
  db: EstimoDb,
  entry: PredictionEntry,
  options: { maxEntries?: number } = {},
): Promise<LogResult> {
  return appendCapped(db, 'predictions', entry, options.maxEntries ?? DEFAULT_MAX_PREDICTIONS);
}

/** Logs a bulk run; past `maxEntries` (default 500) the oldest go, as in {@link logPrediction}. */
export function logBulkRun(
  db: EstimoDb,
  entry: BulkRunEntry,
  options: { maxEntries?: number } = {},
): Promise<LogResult> {
  return appendCapped(db, 'bulkRuns', entry, options.maxEntries ?? DEFAULT_MAX_BULK_RUNS);
}

async function appendCapped(
  db: EstimoDb,
  name: LogStore,
  entry: PredictionEntry | BulkRunEntry,
  maxEntries: number,
): Promise<LogResult> {
  if (!Number.isFinite(entry.at)) {
    throw new AppError('STORAGE_REFUSED', `A log entry needs a time; got ${entry.at}.`);
  }
  const tx = db.transaction(name, 'readwrite');
  return commitWrite(
    tx,
    () => `a ${name === 'predictions' ? 'prediction' : 'bulk run'} log entry`,
    async () => {
      const store = tx.objectStore(name);
      const id = await store.add(entry as StoredPrediction & StoredBulkRun);
      let excess = (await store.count()) - Math.max(1, maxEntries);
      let cursor = excess > 0 ? await store.index('by-at').openCursor() : null;
      let dropped = 0;
      for (; cursor && excess > 0; excess--, dropped++) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
      return { id, dropped };
    },
  );
}

/** A time window and a count limit for reading the log. */
export interface LogQuery {
  /** Epoch ms, inclusive. */
  since?: number;
  /** Epoch ms, exclusive. */
  until?: number;
  /** At most this many, the newest ones. */
  limit?: number;
}

/** Logged predictions in the window, newest first (at most `limit`, the newest). */
export async function listPredictions(
  db: EstimoDb,
  query: LogQuery = {},
): Promise<PredictionRecord[]> {
  return (await readLog(db, 'predictions', query)) as PredictionRecord[];
}

/** Logged bulk runs in the window, newest first (at most `limit`, the newest). */
export async function listBulkRuns(db: EstimoDb, query: LogQuery = {}): Promise<BulkRunRecord[]> {
  return (await readLog(db, 'bulkRuns', query)) as BulkRunRecord[];
}

async function readLog(
  db: EstimoDb,
  name: LogStore,
  query: LogQuery,
): Promise<(StoredPrediction | StoredBulkRun)[]> {
  const { since, until } = query;
  if (since !== undefined && until !== undefined && since >= until) return [];
  const range = timeRange(since, until);
  if (query.limit === undefined) return (await db.getAllFromIndex(name, 'by-at', range)).reverse();
  const tx = db.transaction(name);
  const rows: (StoredPrediction | StoredBulkRun)[] = [];
  let cursor = await tx.store.index('by-at').openCursor(range, 'prev');
  while (cursor && rows.length < query.limit) {
    rows.push(cursor.value);
    cursor = await cursor.continue();
  }
  return rows;
}

function timeRange(since?: number, until?: number): IDBKeyRange | null {
  if (since !== undefined && until !== undefined)
    return IDBKeyRange.bound(since, until, false, true);
  if (since !== undefined) return IDBKeyRange.lowerBound(since);
  if (until !== undefined) return IDBKeyRange.upperBound(until, true);
  return null;
}
