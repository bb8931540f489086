import {
  isNumericColumn,
  type CodedColumnType,
  type DataColumn,
  type NumericColumnType,
} from '../core/data/ingest/table';
import type { StoredColumn } from './dataset-types';

/**
 * Rows per stored chunk: 65,536 rows are 512 KiB of Float64 values or 256 KiB of Int32 codes,
 * small enough for one structured clone and few enough puts to save 1M rows in ~16 per column.
 */
export const CHUNK_ROWS = 65_536;

/**
 * A column ready to be written: its record, and its data, which is cut into chunk copies only
 * as each chunk is put (see {@link chunkOf}), so that a save never holds a second copy of it.
 */
export interface ColumnWrite {
  record: StoredColumn;
  data: Float64Array | Int32Array;
}

/** Number of entries of a column: values of a numeric column, codes of a coded one. */
export function columnLength(column: DataColumn): number {
  return isNumericColumn(column) ? column.values.length : column.codes.length;
}

/**
 * The record of a column cut into chunks of `chunkRows` rows (Float64 values or Int32 codes, raw
 * bytes): what the chunks cannot hold (levels, kept raw cells, copied), and the chunk layout.
 */
export function columnToWrite(
  datasetId: string,
  columnIndex: number,
  column: DataColumn,
  chunkRows: number = CHUNK_ROWS,
): ColumnWrite {
  const data = isNumericColumn(column) ? column.values : column.codes;
  const levels = isNumericColumn(column) ? null : column.levels.slice();
  const kept = isNumericColumn(column)
    ? {
        rows: column.kept.rows.slice(),
        cells: column.kept.cells.slice(),
        isComplete: column.kept.isComplete,
      }
    : null;
  const textChars = sumLengths(levels ?? []) + sumLengths(kept?.cells ?? []);
  const record: StoredColumn = {
    datasetId,
    columnIndex,
    name: column.name,
    type: column.type,
    rowCount: data.length,
    chunkRows,
    chunkCount: Math.ceil(data.length / chunkRows),
    levels,
    kept,
    storedBytes: data.byteLength + (kept?.rows.byteLength ?? 0) + 2 * textChars,
  };
  return { record, data };
}

/**
 * Chunk `chunkIndex` of a column as a buffer of its own (a copy of those rows' bytes): storing a
 * view would structured-clone the view's whole buffer, that is the whole column.
 */
export function chunkOf({ record, data }: ColumnWrite, chunkIndex: number): ArrayBuffer {
  const start = chunkIndex * record.chunkRows;
  return data.slice(start, start + record.chunkRows).buffer as ArrayBuffer;
}

/** A column's record and all its chunks at once (copies); see {@link columnToWrite}. */
export function columnToChunks(
  datasetId: string,
  columnIndex: number,
  column: DataColumn,
  chunkRows: number = CHUNK_ROWS,
): { record: StoredColumn; chunks: ArrayBuffer[] } {
  const write = columnToWrite(datasetId, columnIndex, column, chunkRows);
  const chunks = Array.from({ length: write.record.chunkCount }, (_, k) => chunkOf(write, k));
  return { record: write.record, chunks };
}

function sumLengths(texts: readonly string[]): number {
  let total = 0;
  for (const text of texts) total += text.length;
  return total;
}

/**
 * Rebuilds a column from its record and its chunks in chunk order, exactly (bytes are copied, so
 * NaN, -0 and codes come back as written). Throws when the chunks do not add up to the record.
 */
export function chunksToColumn(record: StoredColumn, chunks: readonly ArrayBuffer[]): DataColumn {
  if (chunks.length !== record.chunkCount) {
    throw new Error(
      `Column "${record.name}" of dataset ${record.datasetId} has ${chunks.length} stored chunks, ` +
        `expected ${record.chunkCount}.`,
    );
  }
  if (record.levels === null) {
    const values = assemble(record, chunks, Float64Array);
    const kept = record.kept ?? { rows: new Int32Array(0), cells: [], isComplete: true };
    return { name: record.name, type: record.type as NumericColumnType, values, kept };
  }
  const codes = assemble(record, chunks, Int32Array);
  return { name: record.name, type: record.type as CodedColumnType, codes, levels: record.levels };
}

function assemble<T extends Float64Array | Int32Array>(
  record: StoredColumn,
  chunks: readonly ArrayBuffer[],
  Kind: { new (length: number): T; new (buffer: ArrayBuffer): T },
): T {
  const data = new Kind(record.rowCount);
  let offset = 0;
  for (const buffer of chunks) {
    const chunk = new Kind(buffer);
    if (offset + chunk.length > data.length) break;
    data.set(chunk, offset);
    offset += chunk.length;
  }
  if (offset !== record.rowCount) {
    throw new Error(
      `Column "${record.name}" of dataset ${record.datasetId} has stored chunks that do not ` +
        `hold its ${record.rowCount} rows.`,
    );
  }
  return data;
}
