import type { DataColumn } from '../core/data/ingest/table';
import { AppError } from '../lib/errors';
import { columnLength, columnToWrite } from './column-chunks';
import type { ColumnReplacement, DatasetMeta, DatasetMetaPatch } from './dataset-types';
import { DATASET_STORES, columnKeyRange, putColumn } from './dataset-store';
import type { EstimoDb } from './db';
import { commitWrite, describeBytes, issueAll, notStored } from './write-transaction';

/**
 * Changes a dataset's target, EDA report or name in place (fields left out or undefined stay),
 * and stamps `updatedAt`. Refuses an empty name and a target that is not one of its columns.
 * Throws `STORAGE_NOT_FOUND` when the dataset is gone.
 */
export async function updateDatasetMeta(
  db: EstimoDb,
  id: string,
  patch: DatasetMetaPatch,
): Promise<DatasetMeta> {
  const tx = db.transaction('datasets', 'readwrite');
  const describe = () => `the changes to dataset ${id}`;
  return commitWrite(tx, describe, async () => {
    const meta = await tx.store.get(id);
    if (!meta) throw notStored(`Dataset ${id}`);
    const updated: DatasetMeta = { ...meta, updatedAt: new Date().toISOString() };
    if (patch.name !== undefined) updated.name = checkedName(patch.name);
    if (patch.eda !== undefined) updated.eda = patch.eda;
    if (patch.target !== undefined) updated.target = checkedTarget(meta, patch.target);
    await tx.store.put(updated);
    return updated;
  });
}

/** Renames a dataset (trimmed); refuses an empty name. See {@link updateDatasetMeta}. */
export function renameDataset(db: EstimoDb, id: string, name: string): Promise<DatasetMeta> {
  return updateDatasetMeta(db, id, { name });
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new AppError('STORAGE_REFUSED', 'A dataset needs a name: the new name is empty.');
  }
  return trimmed;
}

function checkedTarget(meta: DatasetMeta, target: string | null): string | null {
  if (target === null || meta.columns.some((column) => column.name === target)) return target;
  throw new AppError(
    'STORAGE_REFUSED',
    `"${target}" is not a column of dataset "${meta.name}", so it cannot be the target.`,
  );
}

/**
 * Replaces one column's data after a person re-typed it: the column's chunks and record, and the
 * meta's `columns`, `typeEdits`, `ingestReport`, `eda` (and `target` when given), all in one
 * transaction. Refuses a column index out of range or a column whose length is not the row count.
 */
export async function replaceDatasetColumn(
  db: EstimoDb,
  id: string,
  columnIndex: number,
  column: DataColumn,
  change: ColumnReplacement,
): Promise<DatasetMeta> {
  const write = columnToWrite(id, columnIndex, column);
  const tx = db.transaction(DATASET_STORES, 'readwrite');
  const describe = () => `column "${column.name}" (${describeBytes(write.record.storedBytes)})`;
  return commitWrite(tx, describe, async () => {
    const meta = await tx.objectStore('datasets').get(id);
    if (!meta) throw notStored(`Dataset ${id}`);
    checkReplacement(meta, columnIndex, column);
    const old = await tx.objectStore('datasetColumns').get([id, columnIndex]);
    const updated = replacedMeta(meta, columnIndex, column, change);
    updated.storedBytes += write.record.storedBytes - (old?.storedBytes ?? 0);
    await tx.objectStore('datasetChunks').delete(columnKeyRange(id, columnIndex));
    await issueAll((track) => {
      putColumn(tx, write, track);
      track(tx.objectStore('datasets').put(updated));
    });
    return updated;
  });
}

function checkReplacement(meta: DatasetMeta, columnIndex: number, column: DataColumn): void {
  if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= meta.columns.length) {
    throw new AppError(
      'STORAGE_REFUSED',
      `Dataset "${meta.name}" has no column ${columnIndex} (it has ${meta.columns.length}).`,
    );
  }
  if (columnLength(column) !== meta.rowCount) {
    throw new AppError(
      'STORAGE_REFUSED',
      `Column "${column.name}" has ${columnLength(column)} values; dataset "${meta.name}" has ` +
        `${meta.rowCount} rows.`,
    );
  }
}

function replacedMeta(
  meta: DatasetMeta,
  columnIndex: number,
  column: DataColumn,
  change: ColumnReplacement,
): DatasetMeta {
  const columns = meta.columns.slice();
  columns[columnIndex] = { name: column.name, type: column.type };
  const typeEdits = { ...meta.typeEdits };
  if (change.typeEdit) typeEdits[change.typeEdit.column] = change.typeEdit.type;
  const updated: DatasetMeta = {
    ...meta,
    columns,
    typeEdits,
    ingestReport: change.ingestReport,
    eda: change.eda,
    updatedAt: new Date().toISOString(),
  };
  if (change.target !== undefined) updated.target = checkedTarget(updated, change.target);
  return updated;
}
