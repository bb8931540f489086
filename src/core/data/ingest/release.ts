import { isNumericColumn, type DataColumn } from './table';

/** `ArrayBuffer.prototype.transfer` (ES2024), absent from the ES2022 library types. */
type DetachableBuffer = ArrayBuffer & { transfer?: (newByteLength?: number) => ArrayBuffer };

/**
 * Frees a typed array's memory now instead of at some later garbage collection, by detaching
 * its buffer (`transfer(0)`); the array then has length 0. Ingest and EDA drop arrays of tens
 * of MB (column blocks, sorted copies, row hashes) one after another, and V8 may keep several
 * of them until it next collects: releasing each at once keeps the peak near what is live.
 * Only call it on an array nothing else holds. A no-op where `transfer` is missing (Node 20)
 * and for shared buffers.
 */
export function releaseArray(array: ArrayBufferView): void {
  releaseBuffer(array.buffer);
}

/** {@link releaseArray} for a buffer: detaches it, freeing its memory at once where it can. */
export function releaseBuffer(buffer: ArrayBufferLike): void {
  const detachable = buffer as DetachableBuffer;
  if (typeof detachable.transfer !== 'function' || buffer.byteLength === 0) return;
  if (typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer) return;
  detachable.transfer(0);
}

/** Frees a column's typed arrays (see {@link releaseArray}); the column is unusable after. */
export function releaseColumn(column: DataColumn): void {
  if (isNumericColumn(column)) {
    releaseArray(column.values);
    releaseArray(column.kept.rows);
  } else {
    releaseArray(column.codes);
  }
}
