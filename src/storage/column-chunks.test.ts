import { describe, expect, it } from 'vitest';
import type { CodedColumn, NumericColumn } from '../core/data/ingest/table';
import { CHUNK_ROWS, chunksToColumn, columnToChunks } from './column-chunks';

/** A NaN with a payload, as a file of raw bytes could hold: storage must keep its bits. */
function payloadNaN(): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, 0x7ff80000 + 0x1234);
  view.setUint32(4, 0xdeadbeef);
  return view.getFloat64(0);
}

function bytesOf(array: Float64Array | Int32Array): number[] {
  return [...new Uint8Array(array.buffer, array.byteOffset, array.byteLength)];
}

function numeric(values: number[]): NumericColumn {
  return {
    name: 'price',
    type: 'number',
    values: Float64Array.from(values),
    kept: { rows: Int32Array.from([1, 8]), cells: ['45-65', 'n/a?'], isComplete: false },
  };
}

describe('columnToChunks', () => {
  it('cuts 65,536-row chunks by default', () => {
    const write = columnToChunks('ds-1', 0, numeric(new Array<number>(CHUNK_ROWS + 1).fill(1)));
    expect(CHUNK_ROWS).toBe(65_536);
    expect(write.chunks.map((chunk) => chunk.byteLength)).toEqual([CHUNK_ROWS * 8, 8]);
    expect(write.record.chunkRows).toBe(CHUNK_ROWS);
  });

  it('round-trips a numeric column bit for bit across chunk edges', () => {
    const values = [1.5, -0, Number.NaN, payloadNaN(), 1e308, -5e-324, 0, 7, 8, 9];
    const column = numeric(values);
    const write = columnToChunks('ds-1', 2, column, 4);
    expect(write.chunks.map((chunk) => chunk.byteLength)).toEqual([32, 32, 16]);
    expect(write.record).toMatchObject({ datasetId: 'ds-1', columnIndex: 2, rowCount: 10 });
    expect(write.record.chunkCount).toBe(3);
    const back = chunksToColumn(write.record, write.chunks) as NumericColumn;
    expect(bytesOf(back.values)).toEqual(bytesOf(column.values));
    expect(Object.is(back.values[1], -0)).toBe(true);
    expect(back.kept).toEqual(column.kept);
    expect(back.type).toBe('number');
  });

  it('round-trips a coded column with its levels and missing codes', () => {
    const column: CodedColumn = {
      name: 'город',
      type: 'category',
      codes: Int32Array.from([0, 1, -1, 2, 0, 1, -1]),
      levels: ['Москва', 'Belo Horizonte', 'São Paulo'],
    };
    const write = columnToChunks('ds-2', 0, column, 3);
    expect(write.record.levels).toEqual(column.levels);
    expect(write.record.kept).toBeNull();
    expect(chunksToColumn(write.record, write.chunks)).toEqual(column);
  });

  it('copies the data, so later changes to the table do not reach the stored chunks', () => {
    const big = new Int32Array(100);
    const column = numeric([1, 2, 3]);
    column.kept.rows = big.subarray(10, 12);
    const write = columnToChunks('ds-1', 0, column);
    column.values[0] = 99;
    expect(new Float64Array(write.chunks[0]!)[0]).toBe(1);
    expect(write.record.kept?.rows.buffer.byteLength).toBe(8);
  });

  it('stores an empty column as no chunks and reads it back empty', () => {
    const write = columnToChunks('ds-1', 0, numeric([]));
    expect(write.chunks).toEqual([]);
    const back = chunksToColumn(write.record, write.chunks) as NumericColumn;
    expect(back.values.length).toBe(0);
  });

  it('estimates stored bytes from the data and the text it keeps', () => {
    const write = columnToChunks('ds-1', 0, numeric([1, 2, 3]));
    // 3 × 8 value bytes + 2 × 4 kept row bytes + 2 bytes × 9 characters of kept cells.
    expect(write.record.storedBytes).toBe(24 + 8 + 18);
  });

  it('refuses chunks that do not add up to the record', () => {
    const write = columnToChunks('ds-1', 0, numeric([1, 2, 3, 4, 5]), 2);
    expect(() => chunksToColumn(write.record, write.chunks.slice(0, 2))).toThrow(
      'Column "price" of dataset ds-1 has 2 stored chunks, expected 3.',
    );
    const short = [write.chunks[0]!, write.chunks[1]!, new ArrayBuffer(0)];
    expect(() => chunksToColumn(write.record, short)).toThrow('do not hold its 5 rows');
  });
});
