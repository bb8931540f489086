import { releaseBuffer } from '../core/data/ingest/release';
import type { DataColumn, DataTable } from '../core/data/ingest/table';
import { chunksToColumn, columnLength, columnToWrite, type ColumnWrite } from './column-chunks';
import type {
  DatasetMeta,
  NewDatasetMeta,
  SaveDatasetOptions,
  SaveDatasetResult,
} from './dataset-types';
import {
  columnKeyRange,
  DATASET_STORES,
  datasetKeyRange,
  finishDatasetWrite,
  removeUnfinishedDataset,
  startDatasetWrite,
  writeColumn,
} from './dataset-store';
import type { EstimoDb } from './db';
import { commitWrite, describeBytes, notStored } from './write-transaction';

export type {
  ColumnReplacement,
  DatasetMeta,
  DatasetMetaPatch,
  NewDatasetMeta,
  SaveDatasetOptions,
  SaveDatasetResult,
} from './dataset-types';
export { renameDataset, replaceDatasetColumn, updateDatasetMeta } from './dataset-edits';

/**
 * Stores a dataset version: each column's record and chunks in a transaction of their own, then
 * its metadata last, so the dataset is listed only once complete. One transaction for all would
 * keep every chunk of a large table pending in the browser until it commits, a second copy of
 * the table in memory. A failure (full storage) removes the columns already written, so nothing
 * is left half-written and earlier datasets stay as they were. When `meta.id` is already stored
 * nothing is rewritten and the stored metadata comes back with `status: 'exists'`.
 * `onColumnSaved(index)` runs once a column is committed: a caller done with the table can free
 * that column there, so the table leaves memory as it enters storage.
 * Throws `STORAGE_QUOTA` when storage is full, and when the table's columns disagree on length.
 */
export async function saveDataset(
  db: EstimoDb,
  table: DataTable,
  meta: NewDatasetMeta,
  options: SaveDatasetOptions = {},
): Promise<SaveDatasetResult> {
  const writes = table.columns.map((column, index) => {
    if (columnLength(column) !== table.rowCount) {
      throw new Error(
        `Column "${column.name}" has ${columnLength(column)} values, the table ${table.rowCount} rows.`,
      );
    }
    return columnToWrite(meta.id, index, column);
  });
  const stored = buildMeta(table, meta, writes);
  const describe = () => `dataset "${stored.name}" (${describeBytes(stored.storedBytes)})`;
  const existing = await startDatasetWrite(db, stored.id, describe);
  if (existing) return { status: 'exists', meta: existing };
  try {
    for (const write of writes) {
      await writeColumn(db, write, describe);
      options.onColumnSaved?.(write.record.columnIndex);
    }
    return await finishDatasetWrite(db, stored, writes, describe);
  } catch (error) {
    await removeUnfinishedDataset(db, stored.id).catch(() => undefined);
    throw error;
  }
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
 * levels), from one read transaction. Columns are read one after another, each chunk freed once
 * copied into its column, so reading holds about one column more than the table. Throws
 * `STORAGE_NOT_FOUND` when it is not stored.
 */
export async function loadDatasetTable(db: EstimoDb, id: string): Promise<DataTable> {
  const tx = db.transaction(DATASET_STORES);
  const range = datasetKeyRange(id);
  const [meta, records] = await Promise.all([
    tx.objectStore('datasets').get(id),
    tx.objectStore('datasetColumns').getAll(range),
  ]);
  if (!meta) throw notStored(`Dataset ${id}`);
  if (records.length !== meta.columns.length) {
    throw new Error(
      `Dataset ${id} has ${records.length} stored columns, expected ${meta.columns.length}.`,
    );
  }
  const columns: DataColumn[] = [];
  for (const record of records) {
    const chunks = await tx
      .objectStore('datasetChunks')
      .getAll(columnKeyRange(id, record.columnIndex));
    columns.push(chunksToColumn(record, chunks));
    for (const chunk of chunks) releaseBuffer(chunk);
  }
  await tx.done;
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
