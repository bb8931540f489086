import { describe, expect, it } from 'vitest';
import { ingestCsvText } from '../data/ingest';
import { frameFromTable, suggestFeatures } from './table-frame';

/** 30 rows: an index, a category, a number with a gap, a boolean, a date, a constant, a price. */
function pricingCsv(): string {
  const lines = ['row_id,grade,size,has_gps,listed,colour,empty,price'];
  for (let i = 0; i < 30; i++) {
    const size = i === 4 ? '' : String(1 + (i % 7));
    const grade = i === 2 ? 'NA' : ['lux', 'std', 'eco'][i % 3];
    const listed = `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(`${i},${grade},${size},${i % 2 ? 'True' : 'False'},${listed},red,,${100 + i * 3}`);
  }
  return lines.join('\n');
}

describe('frameFromTable', () => {
  const { table } = ingestCsvText(pricingCsv());

  it('turns category codes into level text and keeps numbers and booleans as numbers', () => {
    const frame = frameFromTable(table, ['grade', 'size', 'has_gps', 'price']);
    expect(frame.rowCount).toBe(30);
    expect(Object.keys(frame.columns)).toEqual(['grade', 'size', 'has_gps', 'price']);
    const grade = frame.columns.grade!;
    expect(grade.kind).toBe('category');
    expect(grade.values.slice(0, 4)).toEqual(['lux', 'std', null, 'lux']);
    const size = frame.columns.size!;
    expect(size.kind).toBe('number');
    expect(Number.isNaN(size.values[4])).toBe(true);
    expect(frame.columns.has_gps).toMatchObject({ kind: 'boolean' });
    expect(Array.from(frame.columns.has_gps!.values.slice(0, 3) as Float64Array)).toEqual([
      0, 1, 0,
    ]);
  });

  it('refuses id, text and date columns by name and type, and unknown columns', () => {
    expect(() => frameFromTable(table, ['row_id'])).toThrow(/"row_id" is typed id/);
    expect(() => frameFromTable(table, ['listed'])).toThrow(/"listed" is typed date/);
    expect(() => frameFromTable(table, ['nope'])).toThrow(/"nope" is not in the data/);
  });

  it('reads an id column once it is typed a category', () => {
    const { table: retyped } = ingestCsvText(pricingCsv(), { columnTypes: { row_id: 'category' } });
    const frame = frameFromTable(retyped, ['row_id']);
    expect(frame.columns.row_id!.values.slice(0, 2)).toEqual(['0', '1']);
  });
});

describe('suggestFeatures', () => {
  it('offers number, boolean and category columns except the target, id, date, constant and empty ones', () => {
    const { table } = ingestCsvText(pricingCsv());
    expect(suggestFeatures(table, 'price')).toEqual(['grade', 'size', 'has_gps']);
    expect(suggestFeatures(table, 'size')).toEqual(['grade', 'has_gps', 'price']);
  });
});
