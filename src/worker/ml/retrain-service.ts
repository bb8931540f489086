import type { DataTable } from '../../core/data/ingest/table';
import { findColumn, isNumericColumn } from '../../core/data/ingest/table';
import { releaseProxy } from 'comlink';
import { describeError } from '../../lib/errors';
import { announceStorageChange } from '../../storage/changes';
import { getChampion, setChampion } from '../../storage/champion';
import { getDataset, loadDatasetTable, type DatasetMeta } from '../../storage/datasets';
import type { RunRecord } from '../../storage/runs';
import type { EstimoDb } from '../../storage/db';
import type { ModelVersionRecord } from '../../storage/model-types';
import { getModelVersion } from '../../storage/models';
import type { MlApi } from './api';
import { compareOnBatch } from './batch-comparison';
import { readBatchTable } from './batch-frame';
import { retrainColumns, retrainColumnTypes, tablesToCsv } from './combined-csv';
import type { RetrainOutcome, RetrainPhase, RetrainProgress, RetrainRequest } from './monitor-api';

/** The heavy-worker methods a retrain drives, so it reuses ingest, training and registering. */
export type RetrainDeps = Pick<MlApi, 'ingestDataset' | 'train' | 'registerRun'>;

type Refusal = { ok: false; message: string };
type Report = (phase: RetrainPhase, training?: RetrainProgress['training']) => void;

/** The batch's own rows with an actual price, or why it cannot train a model. */
function checkBatch(table: DataTable, target: string, fileName: string): Refusal | null {
  const column = findColumn(table, target);
  if (!column) {
    return {
      ok: false,
      message: `"${fileName}" has no "${target}" column: a retrain needs actual prices.`,
    };
  }
  if (!isNumericColumn(column)) {
    return { ok: false, message: `Column "${target}" of "${fileName}" holds text, not prices.` };
  }
  return null;
}

/** The retrain's training file: the champion's training rows and the batch, or the batch. */
async function trainingFile(
  db: EstimoDb,
  request: RetrainRequest,
  champion: ModelVersionRecord,
  batch: DataTable,
): Promise<File | Refusal> {
  if (request.data === 'batch-only') return request.file;
  const datasetId = champion.datasetId;
  const meta = datasetId ? await getDataset(db, datasetId) : null;
  if (!datasetId || !meta) {
    return {
      ok: false,
      message: `The champion (version ${champion.version}) has no stored training data to add the batch to; retrain on the batch alone.`,
    };
  }
  const reference = await loadDatasetTable(db, datasetId);
  const csv = tablesToCsv([reference, batch], retrainColumns(champion.bundle.signature));
  const base = request.file.name.replace(/\.[^.]*$/, '');
  return new File([csv], `${meta.name} + ${base}.csv`, { type: 'text/csv' });
}

/** One retrain's request, helpers and the champion it challenges. */
interface RetrainContext {
  db: EstimoDb;
  request: RetrainRequest;
  deps: RetrainDeps;
  report: Report;
  champion: ModelVersionRecord;
}

/** Reads the batch and stores the training dataset version (training data + batch, or batch). */
async function storeDataset(
  context: RetrainContext,
): Promise<{ batch: DataTable; dataset: DatasetMeta } | Refusal> {
  const { db, request, deps, champion } = context;
  const { signature } = champion.bundle;
  const batch = await readBatchTable(request.file);
  const refusal = checkBatch(batch, signature.target.name, request.file.name);
  if (refusal) return refusal;
  const file = await trainingFile(db, request, champion, batch);
  if (!(file instanceof File)) return file;
  const columnTypes = retrainColumnTypes(signature);
  const runId = `${request.runId}-data`;
  const ingest = await deps.ingestDataset({ runId, file, columnTypes }, () => undefined);
  if (ingest.status === 'failed') return { ok: false, message: ingest.message };
  if (ingest.status !== 'done') return { ok: false, message: 'The dataset was not stored.' };
  announceStorageChange({ kind: 'datasets' });
  return { batch, dataset: ingest.dataset };
}

/** Trains the champion's features and target on the dataset with the Production preset. */
async function trainOn(context: RetrainContext, datasetId: string): Promise<RunRecord | Refusal> {
  const { request, deps, report, champion } = context;
  const { signature } = champion.bundle;
  const outcome = await deps.train(
    {
      runId: request.runId,
      datasetId,
      target: signature.target.name,
      features: signature.inputs.map((input) => input.name),
      preset: 'production',
      seed: request.seed ?? 1,
    },
    (event) => report('training', event),
  );
  const { run } = outcome;
  if (run.status === 'done') return run;
  return { ok: false, message: `Training ${run.status}: ${run.message ?? 'no model was made.'}` };
}

/** Registers the run, compares it with the champion on the batch and promotes when asked. */
async function propose(
  context: RetrainContext,
  trained: { batch: DataTable; dataset: DatasetMeta; run: RunRecord },
): Promise<RetrainOutcome> {
  const { db, request, deps, report, champion } = context;
  report('registering');
  const registered = await deps.registerRun(request.runId, 'never');
  if (!registered.ok) return registered;
  const { version } = registered.version;
  const challenger = await getModelVersion(db, version);
  if (!challenger) return { ok: false, message: `Version ${version} is no longer stored.` };
  report('comparing');
  const { batch, dataset, run } = trained;
  const source = { id: dataset.id, name: request.file.name };
  const comparison = await compareOnBatch(batch, { challenger, champion }, source);
  const isPromoted =
    request.promotion === 'auto' && comparison.ok && comparison.comparison.isChallengerBetter;
  if (isPromoted) {
    await setChampion(db, version);
    announceStorageChange({ kind: 'champion', version });
  }
  const summary = { ...registered.version, isChampion: isPromoted };
  const names = { datasetId: dataset.id, datasetName: dataset.name };
  return { ok: true, ...names, run, challenger: summary, comparison, isPromoted };
}

async function retrain(
  db: EstimoDb,
  request: RetrainRequest,
  deps: RetrainDeps,
  report: Report,
): Promise<RetrainOutcome> {
  const champion = await getChampion(db);
  if (!champion) return { ok: false, message: 'There is no champion to retrain.' };
  const context: RetrainContext = { db, request, deps, report, champion };
  report('dataset');
  const stored = await storeDataset(context);
  if ('ok' in stored) return stored;
  report('training');
  const run = await trainOn(context, stored.dataset.id);
  if ('ok' in run) return run;
  return propose(context, { ...stored, run });
}

/**
 * "Retrain with this data": stores a new dataset version (the champion's training data plus the
 * batch, or the batch alone), trains it with the Production preset, registers the challenger,
 * compares it with the champion on the batch's TEST rows and promotes it when asked to.
 */
export function createRetrainService(openDb: () => Promise<EstimoDb>, deps: RetrainDeps) {
  return {
    async retrainFromBatch(
      request: RetrainRequest,
      onProgress: (progress: RetrainProgress) => void,
    ): Promise<RetrainOutcome> {
      const report: Report = (phase, training = null) =>
        void Promise.resolve(onProgress({ runId: request.runId, phase, training })).catch(
          () => undefined,
        );
      try {
        return await retrain(await openDb(), request, deps, report);
      } catch (error) {
        return { ok: false, message: `The retrain stopped: ${describeError(error)}` };
      } finally {
        (onProgress as { [releaseProxy]?: () => void })[releaseProxy]?.();
      }
    },
  };
}
