import { describe, expect, it } from 'vitest';
import type { CodedColumn, DataTable, NumericColumn } from '../../core/data/ingest/table';
import { columnAs } from './batch-frame';
import { tablesToCsv } from './combined-csv';

const kept = { rows: new Int32Array(0), cells: [], isComplete: true };

function numbers(
  name: string,
  values: number[],
  type: 'number' | 'boolean' = 'number',
): NumericColumn {
  return { name, type, values: Float64Array.from(values), kept };
}

function coded(name: string, levels: string[], codes: number[]): CodedColumn {
  return { name, type: 'category', levels, codes: Int32Array.from(codes) };
}

describe('columnAs', () => {
  it('reads numbers as categories (text of the number) and categories as numbers when they parse', () => {
    expect(columnAs('category', numbers('year', [2015, Number.NaN]))).toEqual({
      kind: 'category',
      values: ['2015', null],
    });
    const parsed = columnAs('number', coded('engine', ['1,6', '2.0', 'NA'], [0, 1, -1, 2]));
    expect(parsed.kind).toBe('number');
    expect(Array.from(parsed.values as Float64Array)).toEqual([1.6, 2, Number.NaN, Number.NaN]);
  });

  it('keeps text that holds no number as a category, so the report names the wrong kind', () => {
    expect(columnAs('number', coded('mileage', ['low', 'high'], [0, 1]))).toEqual({
      kind: 'category',
      values: ['low', 'high'],
    });
  });
});

describe('tablesToCsv', () => {
  it('writes the chosen columns of each table in turn, matched case-insensitively, quoted', () => {
    const reference: DataTable = {
      rowCount: 2,
      columns: [
        coded('Brand', ['Audi', 'Ford, Inc'], [0, 1]),
        numbers('automatic', [1, 0], 'boolean'),
        numbers('price', [1000, Number.NaN]),
      ],
    };
    const batch: DataTable = {
      rowCount: 1,
      columns: [coded('brand', ['BMW'], [0]), numbers('price', [2500.5])],
    };
    expect(tablesToCsv([reference, batch], ['brand', 'automatic', 'price'])).toBe(
      'brand,automatic,price\nAudi,true,1000\n"Ford, Inc",false,\nBMW,,2500.5\n',
    );
  });
});
