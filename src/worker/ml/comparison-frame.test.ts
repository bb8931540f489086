import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../core/data/ingest/table';
import type { Signature } from '../../core/model/signature';
import {
  findSignatureGaps,
  frameForSignature,
  targetValues,
  testRowsWithTarget,
} from './comparison-frame';

const kept = { rows: new Int32Array(0), cells: [], isComplete: true };
const table: DataTable = {
  rowCount: 11,
  columns: [
    {
      name: 'year',
      type: 'number',
      values: Float64Array.from({ length: 11 }, (_, i) => 2010 + i),
      kept,
    },
    {
      name: 'brand',
      type: 'category',
      codes: Int32Array.from({ length: 11 }, (_, i) => (i === 5 ? -1 : i % 2)),
      levels: ['Audi', 'BMW'],
    },
    { name: 'note', type: 'text', codes: new Int32Array(11), levels: ['ok'] },
    {
      name: 'price',
      type: 'number',
      values: Float64Array.from({ length: 11 }, (_, i) => (i === 10 ? Number.NaN : 100 * i)),
      kept,
    },
  ],
};

function signature(inputs: Signature['inputs']): Signature {
  return { target: { name: 'price', min: 0, max: 1000, mean: 500 }, inputs };
}

describe('comparison frame', () => {
  it('takes TEST rows (i % 5 == 0) with a finite target', () => {
    const rows = testRowsWithTarget(table, 'price');
    expect(Array.from(rows)).toEqual([0, 5]);
    expect(Array.from(targetValues(table, 'price', rows))).toEqual([0, 500]);
  });

  it('names missing columns and text columns read as numbers', () => {
    const gaps = findSignatureGaps(
      table,
      signature([
        { name: 'mileage', type: 'number', min: 0, max: 1, median: 0, isInteger: true },
        { name: 'note', type: 'number', min: 0, max: 1, median: 0, isInteger: true },
        { name: 'year', type: 'category', levels: ['2010'], mostCommon: '2010' },
      ]),
    );
    expect(gaps).toEqual({ missing: ['mileage'], mistyped: ['"note" (text)'] });
  });

  it('frames rows as the signature reads them, numbers as levels where it wants categories', () => {
    const frame = frameForSignature(
      table,
      signature([
        { name: 'year', type: 'category', levels: ['2010', '2015'], mostCommon: '2010' },
        { name: 'brand', type: 'category', levels: ['Audi', 'BMW'], mostCommon: 'Audi' },
      ]),
      Int32Array.of(0, 5),
    );
    expect(frame.rowCount).toBe(2);
    expect(frame.columns.year).toEqual({ kind: 'category', values: ['2010', '2015'] });
    expect(frame.columns.brand).toEqual({ kind: 'category', values: ['Audi', null] });
  });
});
