import type { IDBPTransaction } from 'idb';
import type { ColumnWrite } from './column-chunks';
import type { EstimoSchema } from './db';

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

/** Issues the puts of a column's record and chunks, without awaiting them (see `issueAll`). */
export function putColumn(
  tx: DatasetWriteTx,
  write: ColumnWrite,
  track: (request: Promise<unknown>) => void,
): void {
  const { datasetId, columnIndex } = write.record;
  track(tx.objectStore('datasetColumns').put(write.record));
  const chunks = tx.objectStore('datasetChunks');
  write.chunks.forEach((buffer, chunkIndex) => {
    track(chunks.put(buffer, [datasetId, columnIndex, chunkIndex]));
  });
}
