import type { IntervalCoverage, RegressionMetrics } from '../core/model/metrics';
import type { ModelBundle } from '../core/model/model-bundle';
import type { EstimoDb } from './db';
import { commitWrite, describeBytes, notStored } from './write-transaction';

/** One point of a loss curve: losses in the model's (normalised) space, time since start. */
export interface RunCurvePoint {
  epoch: number;
  loss: number;
  valLoss: number;
  elapsedMs: number;
}

/** A training run as the Train page records it (experiment tracking). */
export interface RunRecord {
  id: string;
  /** The search run a trial belongs to; null for a top-level run. */
  parentId: string | null;
  datasetId: string;
  /** The dataset's name when the run started (the dataset may be renamed or deleted later). */
  datasetName: string;
  target: string;
  features: string[];
  preset: 'fast' | 'production' | 'search';
  params: Record<string, unknown>;
  seed: number;
  /** TF.js backend that trained it (`webgl`, `wasm`, `cpu`). */
  backend: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  /** ISO 8601. */
  startedAt: string;
  durationMs: number;
  curves: RunCurvePoint[];
  /** Holdout metrics in the target's own units, beside the predict-the-mean baseline. */
  metrics: {
    test: RegressionMetrics;
    baseline: RegressionMetrics;
    /** The estimate interval's coverage on TEST (absent in runs stored before it was kept). */
    interval?: IntervalCoverage;
  } | null;
  /** Permutation importance: increase of the test error when a feature is shuffled. */
  importance: { feature: string; increase: number }[] | null;
  /** Why it failed or stopped, for people. */
  message: string | null;
  /** The registered model version trained by this run, once registered. */
  modelVersion: number | null;
}

/** The trained bundle of a finished run, kept until it is registered. */
export interface RunBundleRecord {
  runId: string;
  bundle: ModelBundle;
  /** ISO 8601. */
  savedAt: string;
}

/** Stores a run, replacing any run with the same id. */
export async function saveRun(db: EstimoDb, run: RunRecord): Promise<void> {
  const tx = db.transaction('runs', 'readwrite');
  await commitWrite(
    tx,
    () => `run ${run.id}`,
    () => tx.store.put(run),
  );
}

/**
 * Changes fields of a stored run (say, its status, curves and metrics at the end) in one
 * read-write transaction and returns the run as stored. Throws `STORAGE_NOT_FOUND` when gone.
 */
export async function updateRun(
  db: EstimoDb,
  id: string,
  patch: Partial<Omit<RunRecord, 'id'>>,
): Promise<RunRecord> {
  const tx = db.transaction('runs', 'readwrite');
  return commitWrite(
    tx,
    () => `the changes to run ${id}`,
    async () => {
      const run = await tx.store.get(id);
      if (!run) throw notStored(`Run ${id}`);
      const updated: RunRecord = { ...run };
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) Object.assign(updated, { [key]: value });
      }
      await tx.store.put(updated);
      return updated;
    },
  );
}

function newestFirst(a: RunRecord, b: RunRecord): number {
  if (a.startedAt === b.startedAt) return 0;
  return a.startedAt < b.startedAt ? 1 : -1;
}

/** One run, or null when it is not stored. */
export async function getRun(db: EstimoDb, id: string): Promise<RunRecord | null> {
  return (await db.get('runs', id)) ?? null;
}

/** Stored runs, newest first (by `startedAt`); only those of `datasetId` when given. */
export async function listRuns(
  db: EstimoDb,
  filter: { datasetId?: string } = {},
): Promise<RunRecord[]> {
  if (filter.datasetId === undefined) {
    return (await db.getAllFromIndex('runs', 'by-startedAt')).reverse();
  }
  const runs = await db.getAllFromIndex('runs', 'by-datasetId', filter.datasetId);
  return runs.sort(newestFirst);
}

/** The trial runs of a search run, newest first. */
export async function listChildRuns(db: EstimoDb, parentId: string): Promise<RunRecord[]> {
  const runs = await db.getAllFromIndex('runs', 'by-parentId', parentId);
  return runs.sort(newestFirst);
}

/**
 * Deletes a run, its trial runs and their kept bundles in one transaction; registered model
 * versions stay. Resolves false when the run was not stored.
 */
export async function deleteRun(db: EstimoDb, id: string): Promise<boolean> {
  const tx = db.transaction(['runs', 'runBundles'], 'readwrite');
  return commitWrite(
    tx,
    () => `the deletion of run ${id}`,
    async () => {
      const runs = tx.objectStore('runs');
      const isStored = (await runs.count(id)) > 0;
      const children = await runs.index('by-parentId').getAllKeys(id);
      for (const runId of [id, ...children]) {
        await Promise.all([runs.delete(runId), tx.objectStore('runBundles').delete(runId)]);
      }
      return isStored;
    },
  );
}

/**
 * Keeps the trained bundle of a run so it can be registered later (registering moves it into
 * the registry). Throws `STORAGE_NOT_FOUND` when the run is not stored, `STORAGE_QUOTA` when full.
 */
export async function saveRunBundle(
  db: EstimoDb,
  runId: string,
  bundle: ModelBundle,
): Promise<void> {
  const tx = db.transaction(['runs', 'runBundles'], 'readwrite');
  const describe = () =>
    `the model of run ${runId} (${describeBytes(JSON.stringify(bundle).length)})`;
  await commitWrite(tx, describe, async () => {
    if ((await tx.objectStore('runs').count(runId)) === 0) throw notStored(`Run ${runId}`);
    await tx.objectStore('runBundles').put({ runId, bundle, savedAt: new Date().toISOString() });
  });
}

/** The kept bundle of a run, or null when there is none (never saved, or registered since). */
export async function getRunBundle(db: EstimoDb, runId: string): Promise<ModelBundle | null> {
  return (await db.get('runBundles', runId))?.bundle ?? null;
}
