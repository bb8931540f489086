import { releaseProxy } from 'comlink';
import {
  applyColumnType,
  ingestCsvStream,
  releaseColumn,
  type IngestResult,
} from '../../core/data/ingest';
import { guessTarget, profileTable, type EdaReport } from '../../core/eda';
import { AppError, describeError } from '../../lib/errors';
import {
  getDataset,
  loadDatasetTable,
  replaceDatasetColumn,
  saveDataset,
  updateDatasetMeta,
  type DatasetMeta,
  type NewDatasetMeta,
  type SaveDatasetResult,
} from '../../storage/datasets';
import type { EstimoDb } from '../../storage/db';
import type { MlApi } from './api';
import type { IngestOutcome, IngestRequest, IngestTimings } from './dataset-api';
import { IngestMeter } from './ingest-meter';
import type { RunRegistry } from './run-registry';

type DatasetApi = Pick<MlApi, 'ingestDataset' | 'setDatasetTarget' | 'setColumnType'>;

/** `rents 2024.csv` → `rents 2024`. */
export function datasetNameOf(fileName: string): string {
  return fileName.replace(/\.(csv|tsv|txt)$/i, '').trim() || 'dataset';
}

/**
 * The dataset half of the heavy worker: ingest a file into typed columns, profile it and store
 * it, all here, so the page only ever receives the small report. A new dataset is stored
 * column by column with its metadata last (see `saveDataset`), other changes in one transaction
 * each, so a failure leaves earlier versions as they were.
 */
export function createDatasetService(
  openDb: () => Promise<EstimoDb>,
  runs: RunRegistry,
): DatasetApi {
  const update = async (
    id: string,
    change: (db: EstimoDb, meta: DatasetMeta) => Promise<DatasetMeta>,
  ) => {
    try {
      const db = await openDb();
      const meta = await getDataset(db, id);
      if (!meta) return { ok: false as const, message: 'This dataset is no longer stored.' };
      return { ok: true as const, dataset: await change(db, meta) };
    } catch (error) {
      return { ok: false as const, message: describeError(error) };
    }
  };

  return {
    async ingestDataset(request, onProgress) {
      const signal = runs.start(request.runId);
      const meter = new IngestMeter(request.runId, request.file.size, onProgress);
      try {
        return await ingest(request, { openDb, meter, signal });
      } catch (error) {
        if (signal.aborted) return { status: 'cancelled' };
        const message =
          error instanceof AppError ? error.message : `Reading stopped: ${describeError(error)}`;
        return { status: 'failed', message };
      } finally {
        runs.finish(request.runId);
        (onProgress as { [releaseProxy]?: () => void })[releaseProxy]?.();
      }
    },

    setDatasetTarget(id, target) {
      return update(id, async (db, meta) => {
        const table = await loadDatasetTable(db, id);
        const eda = profileTable(table, {
          target: target ?? undefined,
          ingestReport: meta.ingestReport,
        });
        return updateDatasetMeta(db, id, { target, eda });
      });
    },

    setColumnType({ datasetId, column, type }) {
      return update(datasetId, async (db, meta) => {
        const table = await loadDatasetTable(db, datasetId);
        const retyped = applyColumnType(table, meta.ingestReport, column, type);
        const index = table.columns.findIndex((candidate) => candidate.name === column);
        const target = meta.target === column && type !== 'number' ? null : meta.target;
        const eda = profileTable(retyped.table, {
          target: target ?? undefined,
          ingestReport: retyped.report,
        });
        return replaceDatasetColumn(db, datasetId, index, retyped.table.columns[index]!, {
          ingestReport: retyped.report,
          eda,
          target,
          typeEdit: { column, type },
        });
      });
    },
  };
}

interface IngestContext {
  openDb: () => Promise<EstimoDb>;
  meter: IngestMeter;
  signal: AbortSignal;
}

async function ingest(request: IngestRequest, context: IngestContext): Promise<IngestOutcome> {
  const { meter, signal } = context;
  const result: IngestResult = await ingestCsvStream(request.file.stream(), {
    signal,
    delimiter: request.delimiter,
    columnTypes: request.columnTypes,
    totalBytes: request.file.size,
    onProgress: (progress) => meter.reading(progress),
  });
  const readMs = meter.elapsedMs();
  const db = await context.openDb();
  const existing = await getDataset(db, result.datasetId);
  const timings = (profileMs: number, saveMs: number): IngestTimings => ({
    readMs,
    profileMs,
    saveMs,
    totalMs: meter.elapsedMs(),
  });
  if (existing) return { status: 'done', dataset: existing, isNew: false, timings: timings(0, 0) };
  meter.phase('profiling');
  const target = guessTarget(result.table);
  const eda = profileTable(result.table, {
    target: target ?? undefined,
    ingestReport: result.report,
  });
  const profileMs = meter.elapsedMs() - readMs;
  signal.throwIfAborted();
  meter.phase('saving');
  const saved = await store(db, result, { request, target, eda });
  const saveMs = meter.elapsedMs() - readMs - profileMs;
  return {
    status: 'done',
    dataset: saved.meta,
    isNew: saved.status === 'created',
    timings: timings(profileMs, saveMs),
  };
}

/**
 * Stores an ingested table with its profile. The table is not used afterwards: each column is
 * freed once stored, so a large table does not sit twice in memory (here and in the browser's
 * storage) while the rest is written.
 */
function store(
  db: EstimoDb,
  result: IngestResult,
  extra: { request: IngestRequest; target: string | null; eda: EdaReport },
): Promise<SaveDatasetResult> {
  const { file, columnTypes } = extra.request;
  const meta: NewDatasetMeta = {
    id: result.datasetId,
    name: datasetNameOf(file.name),
    fileName: file.name,
    sizeBytes: file.size,
    target: extra.target,
    ingestReport: result.report,
    eda: extra.eda,
    typeEdits: columnTypes ?? {},
  };
  const columns = result.table.columns;
  return saveDataset(db, result.table, meta, {
    onColumnSaved: (index) => releaseColumn(columns[index]!),
  });
}
