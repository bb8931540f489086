import { describe, expect, it } from 'vitest';
import { ingestCsvText } from '../data/ingest/ingest-stream';
import { countDuplicateRows, duplicateCounts } from './duplicates';

const TEXT = [
  'city,area,price',
  'Rio,70,3300',
  ' Rio ,70.0,3300',
  'Rio,70,3400',
  'Rio,,3300',
  'Rio,,3300',
  'Sao Paulo,70,3300',
].join('\n');

describe('countDuplicateRows', () => {
  it('counts rows equal to an earlier one after parsing (trimmed text, 70 = 70.0, missing = missing)', () => {
    const { table } = ingestCsvText(TEXT, { columnTypes: { city: 'category' } });
    expect(countDuplicateRows(table)).toBe(2);
  });

  it('can leave the target out, counting rows that differ only in price', () => {
    const { table } = ingestCsvText(TEXT, { columnTypes: { city: 'category' } });
    expect(duplicateCounts(table, 'price')).toEqual({ count: 2, ignoringLast: 3 });
  });

  it('tells apart rows whose columns are only swapped', () => {
    const { table } = ingestCsvText('a,b\n1,2\n2,1\n0,0\n-0,0\n');
    expect(countDuplicateRows(table)).toBe(1);
  });
});
