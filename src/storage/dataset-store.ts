import type { IDBPTransaction } from 'idb';
import { releaseBuffer } from '../core/data/ingest/release';
import { chunkOf, type ColumnWrite } from './column-chunks';
import type { DatasetMeta } from './dataset-types';
import type { EstimoDb, EstimoSchema } from './db';
import { commitWrite, issueAll } from './write-transaction';

/** The stores a dataset lives in; writes to a dataset cover all three. */
export const DATASET_STORES = ['datasets', 'datasetColumns', 'datasetChunks'] as const;

/** A read-write transaction over {@link DATASET_STORES}. */
export type DatasetWriteTx = IDBPTransaction<EstimoSchema, typeof DATASET_STORES, 'readwrite'>;

/** Every key of a dataset's columns or chunks: `[id]` sorts before `[id, …]`, numbers before `[]`. */
export function datasetKeyRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id], [id, []]);
}

/** Every chunk key of one column of a dataset. */
export function columnKeyRange(id: string, columnIndex: number): IDBKeyRange {
  return IDBKeyRange.bound([id, columnIndex], [id, columnIndex, []]);
}

/**
 * Issues the puts of a column's record and chunks, without awaiting them (see `issueAll`). Each
 * chunk is copied just before its put and freed just after it (a put clones its value at once),
 * so a column's chunks never add up to a second copy of the column in this context.
 */
export function putColumn(
  tx: DatasetWriteTx,
  write: ColumnWrite,
  track: (request: Promise<unknown>) => void,
): void {
  const { datasetId, columnIndex, chunkCount } = write.record;
  track(tx.objectStore('datasetColumns').put(write.record));
  const chunks = tx.objectStore('datasetChunks');
  for (let chunkIndex = 0; chunkIndex < chunkCount; chunkIndex++) {
    const buffer = chunkOf(write, chunkIndex);
    track(chunks.put(buffer, [datasetId, columnIndex, chunkIndex]));
    releaseBuffer(buffer);
  }
}

/** What is being saved and its size, for a quota message (see `commitWrite`). */
type Describe = () => string;

/**
 * Starts saving dataset `id`: returns its metadata when it is already stored; otherwise removes
 * any column data a save that never finished left under that id, and returns null.
 */
export async function startDatasetWrite(
  db: EstimoDb,
  id: string,
  describe: Describe,
): Promise<DatasetMeta | null> {
  const tx = db.transaction(DATASET_STORES, 'readwrite');
  return commitWrite(tx, describe, async () => {
    const existing = await tx.objectStore('datasets').get(id);
    if (existing) return existing;
    await deleteColumnData(tx, id);
    return null;
  });
}

/** Writes one column's record and chunks in a transaction of their own. */
export async function writeColumn(db: EstimoDb, write: ColumnWrite, describe: Describe) {
  const tx = db.transaction(DATASET_STORES, 'readwrite');
  await commitWrite(tx, describe, () => issueAll((track) => putColumn(tx, write, track)));
}

/**
 * Ends a save by writing the metadata, the last thing written, so a dataset is listed only once
 * all its columns are stored: checks that every column record and chunk is there (another tab
 * could have removed them meanwhile). Returns the stored metadata when another tab finished
 * saving the same dataset (same id, same content) first.
 */
export async function finishDatasetWrite(
  db: EstimoDb,
  meta: DatasetMeta,
  writes: readonly ColumnWrite[],
  describe: Describe,
): Promise<{ status: 'created' | 'exists'; meta: DatasetMeta }> {
  const tx = db.transaction(DATASET_STORES, 'readwrite');
  return commitWrite(tx, describe, async () => {
    const existing = await tx.objectStore('datasets').get(meta.id);
    if (existing) return { status: 'exists', meta: existing };
    const range = datasetKeyRange(meta.id);
    const [columns, chunks] = await Promise.all([
      tx.objectStore('datasetColumns').count(range),
      tx.objectStore('datasetChunks').count(range),
    ]);
    const expectedChunks = writes.reduce((sum, write) => sum + write.record.chunkCount, 0);
    if (columns !== writes.length || chunks !== expectedChunks) {
      throw new Error(
        `Dataset ${meta.id} lost ${writes.length - columns} of its ${writes.length} columns and ` +
          `${expectedChunks - chunks} of its ${expectedChunks} chunks while being saved.`,
      );
    }
    await tx.objectStore('datasets').put(meta);
    return { status: 'created', meta };
  });
}

/** Removes the column data of a save that failed, unless the dataset's metadata is stored. */
export async function removeUnfinishedDataset(db: EstimoDb, id: string): Promise<void> {
  const tx = db.transaction(DATASET_STORES, 'readwrite');
  await commitWrite(
    tx,
    () => `the cleanup of dataset ${id}`,
    async () => {
      if (!(await tx.objectStore('datasets').get(id))) await deleteColumnData(tx, id);
    },
  );
}

async function deleteColumnData(tx: DatasetWriteTx, id: string): Promise<void> {
  const range = datasetKeyRange(id);
  await Promise.all([
    tx.objectStore('datasetColumns').delete(range),
    tx.objectStore('datasetChunks').delete(range),
  ]);
}
