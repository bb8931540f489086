import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { AppError } from '../lib/errors';
import type { DatasetMeta, StoredColumn } from './dataset-types';
import type { DriftReportRecord } from './drift-reports';
import type {
  AliasRecord,
  StoredAliasMove,
  StoredModel,
  StoredModelArtifacts,
} from './model-types';
import type { StoredBulkRun, StoredPrediction } from './prediction-log';
import type { RunBundleRecord, RunRecord } from './runs';

/** The one IndexedDB database of the app. */
export const DB_NAME = 'estimo';

/**
 * The schema version. Raise it by one for each schema change and add an `oldVersion < N` step to
 * {@link upgradeSchema}; never edit a shipped step (pages of the old version may still be open).
 */
export const DB_VERSION = 1;

/** Every store, its key and its indexes (see DESIGN.md, Architecture). */
export interface EstimoSchema extends DBSchema {
  datasets: { key: string; value: DatasetMeta; indexes: { 'by-createdAt': string } };
  /** Per-column records, keyed `[datasetId, columnIndex]`. */
  datasetColumns: { key: [string, number]; value: StoredColumn };
  /**
   * Column data as raw bytes (Float64 values or Int32 codes) of up to `CHUNK_ROWS` rows, keyed
   * `[datasetId, columnIndex, chunkIndex]` (out of line), so one key range holds a dataset.
   */
  datasetChunks: { key: [string, number, number]; value: ArrayBuffer };
  runs: {
    key: string;
    value: RunRecord;
    indexes: { 'by-datasetId': string; 'by-startedAt': string; 'by-parentId': string };
  };
  /** Trained bundles of runs not yet registered, keyed by run id. */
  runBundles: { key: string; value: RunBundleRecord };
  /** A version's light part (no weights, no reference profile), keyed by version. */
  modelVersions: { key: number; value: StoredModel };
  /** A version's heavy part: network weights and reference profile, keyed by version. */
  modelArtifacts: { key: number; value: StoredModelArtifacts };
  aliases: { key: string; value: AliasRecord };
  aliasHistory: { key: number; value: StoredAliasMove; indexes: { 'by-alias': string } };
  /** Monotonic counters, such as the last model version handed out (never reused). */
  counters: { key: string; value: number };
  predictions: { key: number; value: StoredPrediction; indexes: { 'by-at': number } };
  bulkRuns: { key: number; value: StoredBulkRun; indexes: { 'by-at': number } };
  driftReports: { key: string; value: DriftReportRecord; indexes: { 'by-createdAt': string } };
}

/** An open connection to the Estimo database. */
export type EstimoDb = IDBPDatabase<EstimoSchema>;

/** How to open the database; the callbacks of the first call for a name are the ones used. */
export interface OpenEstimoDbOptions {
  /** Database name; tests pass their own. Defaults to {@link DB_NAME}. */
  name?: string;
  /**
   * A newer version of the app wants to upgrade the database: this connection is already closed
   * and forgotten when this runs. The page should ask the person to reload.
   */
  onBlocking?: () => void;
  /**
   * Another tab holds an older version open. When given, it is told (with a `STORAGE_BLOCKED`
   * error to show) and opening waits for that tab to close; otherwise opening rejects with it.
   */
  onBlocked?: (error: AppError) => void;
}

const connections = new Map<string, Promise<EstimoDb>>();

/**
 * Opens (creating or upgrading) the database, once per name per JavaScript context: the page and
 * each worker call this for their own connection and share the cached one afterwards.
 */
export function openEstimoDb(options: OpenEstimoDbOptions = {}): Promise<EstimoDb> {
  const name = options.name ?? DB_NAME;
  const cached = connections.get(name);
  if (cached) return cached;
  const connection: Promise<EstimoDb> = connect(name, options, () => forget(name, connection));
  connections.set(name, connection);
  connection.catch(() => forget(name, connection));
  return connection;
}

/** Closes and forgets the cached connection of `name` (tests; deleting the database). */
export async function closeEstimoDb(name: string = DB_NAME): Promise<void> {
  const connection = connections.get(name);
  if (!connection) return;
  connections.delete(name);
  const db = await connection.catch(() => null);
  db?.close();
}

function forget(name: string, connection: Promise<EstimoDb>): void {
  if (connections.get(name) === connection) connections.delete(name);
}

function connect(
  name: string,
  options: OpenEstimoDbOptions,
  onGone: () => void,
): Promise<EstimoDb> {
  return new Promise<EstimoDb>((resolve, reject) => {
    let opened: EstimoDb | null = null;
    let isAbandoned = false;
    openDB<EstimoSchema>(name, DB_VERSION, {
      upgrade: (db, oldVersion) => upgradeSchema(db, oldVersion),
      blocked: () => {
        const error = blockedError();
        if (options.onBlocked) return options.onBlocked(error);
        isAbandoned = true;
        reject(error);
      },
      blocking: () => {
        onGone();
        opened?.close();
        options.onBlocking?.();
      },
      terminated: onGone,
    }).then((db) => {
      opened = db;
      if (isAbandoned) db.close();
      else resolve(db);
    }, reject);
  });
}

function blockedError(): AppError {
  return new AppError(
    'STORAGE_BLOCKED',
    'Estimo is open in another tab with an older version of its storage. ' +
      'Close or reload the other Estimo tabs to continue.',
  );
}

/**
 * Brings a database at `oldVersion` (0 when new) up to {@link DB_VERSION}, one cumulative step
 * per version, inside the upgrade transaction.
 */
export function upgradeSchema(db: EstimoDb, oldVersion: number): void {
  if (oldVersion < 1) createVersion1(db);
}

function createVersion1(db: EstimoDb): void {
  db.createObjectStore('datasets', { keyPath: 'id' }).createIndex('by-createdAt', 'createdAt');
  db.createObjectStore('datasetColumns', { keyPath: ['datasetId', 'columnIndex'] });
  db.createObjectStore('datasetChunks');
  const runs = db.createObjectStore('runs', { keyPath: 'id' });
  runs.createIndex('by-datasetId', 'datasetId');
  runs.createIndex('by-startedAt', 'startedAt');
  runs.createIndex('by-parentId', 'parentId');
  db.createObjectStore('runBundles', { keyPath: 'runId' });
  db.createObjectStore('modelVersions', { keyPath: 'version' });
  db.createObjectStore('modelArtifacts', { keyPath: 'version' });
  db.createObjectStore('aliases', { keyPath: 'alias' });
  db.createObjectStore('aliasHistory', { keyPath: 'id', autoIncrement: true }).createIndex(
    'by-alias',
    'alias',
  );
  db.createObjectStore('counters');
  const logs = ['predictions', 'bulkRuns'] as const;
  for (const log of logs) {
    db.createObjectStore(log, { keyPath: 'id', autoIncrement: true }).createIndex('by-at', 'at');
  }
  db.createObjectStore('driftReports', { keyPath: 'id' }).createIndex('by-createdAt', 'createdAt');
}
