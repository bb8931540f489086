import type { DataTable } from '../core/data/ingest/table';
import { chunksToColumn, columnLength, columnToChunks, type ColumnWrite } from './column-chunks';
import type { DatasetMeta, NewDatasetMeta, SaveDatasetResult } from './dataset-types';
import { DATASET_STORES, datasetKeyRange, putColumn } from './dataset-store';
import type { EstimoDb } from './db';
import { commitWrite, describeBytes, issueAll, notStored } from './write-transaction';

export type {
  ColumnReplacement,
  DatasetMeta,
  DatasetMetaPatch,
  NewDatasetMeta,
  SaveDatasetResult,
} from './dataset-types';
export { renameDataset, replaceDatasetColumn, updateDatasetMeta } from './dataset-edits';

/**
 * Stores a dataset version: its metadata, each column's record and its chunks, in one
 * transaction, so a failure (full storage) leaves nothing half-written. When `meta.id` is already
 * stored nothing is rewritten and the stored metadata comes back with `status: 'exists'`.
 * Throws `STORAGE_QUOTA` when storage is full, and when the table's columns disagree on length.
 */
export async function saveDataset(
  db: EstimoDb,
  table: DataTable,
  meta: NewDatasetMeta,
): Promise<SaveDatasetResult> {
  const writes = table.columns.map((column, index) => {
    if (columnLength(column) !== table.rowCount) {
      throw new Error(
        `Column "${column.name}" has ${columnLength(column)} values, the table ${table.rowCount} rows.`,
      );
    }
    return columnToChunks(meta.id, index, column);
  });
  const stored = buildMeta(table, meta, writes);
  const tx = db.transaction(DATASET_STORES, 'readwrite');
  const describe = () => `dataset "${stored.name}" (${describeBytes(stored.storedBytes)})`;
  return commitWrite(tx, describe, async () => {
    const existing = await tx.objectStore('datasets').get(stored.id);
    if (existing) return { status: 'exists', meta: existing };
    await issueAll((track) => {
      track(tx.objectStore('datasets').put(stored));
      for (const write of writes) putColumn(tx, write, track);
    });
    return { status: 'created', meta: stored };
  });
}

function buildMeta(table: DataTable, meta: NewDatasetMeta, writes: ColumnWrite[]): DatasetMeta {
  const now = meta.createdAt ?? new Date().toISOString();
  return {
    id: meta.id,
    name: meta.name,
    fileName: meta.fileName,
    sizeBytes: meta.sizeBytes,
    rowCount: table.rowCount,
    columns: table.columns.map((column) => ({ name: column.name, type: column.type })),
    target: meta.target ?? null,
    createdAt: now,
    updatedAt: now,
    storedBytes: writes.reduce((sum, write) => sum + write.record.storedBytes, 0),
    ingestReport: meta.ingestReport,
    eda: meta.eda ?? null,
    typeEdits: { ...meta.typeEdits },
  };
}

/**
 * Reads a stored dataset back as a table, exactly as saved (typed arrays, NaN, kept raw cells,
 * levels), from one read transaction. Throws `STORAGE_NOT_FOUND` when it is not stored.
 */
export async function loadDatasetTable(db: EstimoDb, id: string): Promise<DataTable> {
  const tx = db.transaction(DATASET_STORES);
  const range = datasetKeyRange(id);
  const [meta, records, buffers] = await Promise.all([
    tx.objectStore('datasets').get(id),
    tx.objectStore('datasetColumns').getAll(range),
    tx.objectStore('datasetChunks').getAll(range),
    tx.done,
  ]);
  if (!meta) throw notStored(`Dataset ${id}`);
  let next = 0;
  const columns = records.map((record) => {
    const chunks = buffers.slice(next, next + record.chunkCount);
    next += record.chunkCount;
    return chunksToColumn(record, chunks);
  });
  if (columns.length !== meta.columns.length) {
    throw new Error(
      `Dataset ${id} has ${columns.length} stored columns, expected ${meta.columns.length}.`,
    );
  }
  return { rowCount: meta.rowCount, columns };
}

/** Every stored dataset's metadata, newest first (by `createdAt`). */
export async function listDatasets(db: EstimoDb): Promise<DatasetMeta[]> {
  const metas = await db.getAllFromIndex('datasets', 'by-createdAt');
  return metas.reverse();
}

/** One dataset's metadata, or null when it is not stored. */
export async function getDataset(db: EstimoDb, id: string): Promise<DatasetMeta | null> {
  return (await db.get('datasets', id)) ?? null;
}

/**
 * Deletes a dataset's metadata, column records and chunks in one transaction. Runs and model
 * versions that name it keep their lineage. Resolves false when it was not stored.
 */
export async function deleteDataset(db: EstimoDb, id: string): Promise<boolean> {
  const tx = db.transaction(DATASET_STORES, 'readwrite');
  return commitWrite(
    tx,
    () => `the deletion of dataset ${id}`,
    async () => {
      const range = datasetKeyRange(id);
      const isStored = (await tx.objectStore('datasets').count(id)) > 0;
      await Promise.all([
        tx.objectStore('datasets').delete(id),
        tx.objectStore('datasetColumns').delete(range),
        tx.objectStore('datasetChunks').delete(range),
      ]);
      return isStored;
    },
  );
}
