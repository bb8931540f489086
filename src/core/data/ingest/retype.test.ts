import { describe, expect, it } from 'vitest';
import { ingestCsvText } from './ingest-stream';
import { applyColumnType, retypeColumn } from './retype';
import type { CodedColumn, NumericColumn } from './table';

const ROOMS = ['rooms', '3', '2-3', '--', '4', 'studio', ...Array(40).fill('2')].join('\n');

describe('retypeColumn', () => {
  it('turns a number column into a category without losing ranges or unparsed text', () => {
    const { table, report } = ingestCsvText(ROOMS);
    expect(report.columns[0]!.type).toBe('number');
    const { column, report: retyped } = retypeColumn(
      table.columns[0]!,
      'category',
      report.columns[0],
    );
    const coded = column as CodedColumn;
    const cells = [...coded.codes.slice(0, 5)].map((code) =>
      code < 0 ? null : coded.levels[code],
    );
    expect(cells).toEqual(['3', '2-3', null, '4', 'studio']);
    expect(retyped).toMatchObject({ type: 'category', inferredType: 'number', missing: 1 });
    expect(retyped.quirks.placeholder).toBe(1);
  });

  it('turns a category column into numbers, counting what does not parse', () => {
    const { table } = ingestCsvText('size\n"1,5"\n2\nbig\n', { columnTypes: { size: 'category' } });
    const { column, report } = retypeColumn(table.columns[0]!, 'number');
    expect([...(column as NumericColumn).values]).toEqual([1.5, 2, NaN]);
    expect(report.quirks).toMatchObject({ decimalComma: 1, unparsed: 1 });
    expect(report.unparsedExamples).toEqual([{ row: 2, cell: 'big' }]);
  });

  it('turns booleans into a true/false category and back', () => {
    const { table } = ingestCsvText('gps\nTrue\nFalse\n\n', { columnTypes: { gps: 'boolean' } });
    const category = retypeColumn(table.columns[0]!, 'category').column as CodedColumn;
    expect(category.levels).toEqual(['true', 'false']);
    const back = retypeColumn(category, 'boolean').column as NumericColumn;
    expect([...back.values]).toEqual([1, 0]);
  });
});

describe('applyColumnType', () => {
  it('replaces one column and its report, sharing the others', () => {
    const ingested = ingestCsvText('a,b\n1,x\n2,y\n', { columnTypes: { b: 'category' } });
    const { table, report } = applyColumnType(ingested.table, ingested.report, 'a', 'category');
    expect(table.columns[0]!.type).toBe('category');
    expect(table.columns[1]).toBe(ingested.table.columns[1]);
    expect(report.columns[0]!.type).toBe('category');
    expect(ingested.table.columns[0]!.type).toBe('number');
    expect(() => applyColumnType(table, report, 'nope', 'number')).toThrow(/no column "nope"/);
  });
});
