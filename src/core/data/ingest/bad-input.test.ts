import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors';
import { CsvIngest } from './csv-ingest';
import { ingestCsvBytes, ingestCsvText } from './ingest-stream';

/** The AppError thrown by `run`, failing the test when there is none. */
function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('ingest of bad input', () => {
  it('says a file of 0 bytes is empty', () => {
    const error = errorOf(() => new CsvIngest().finish());
    expect(error.code).toBe('CSV_PARSE');
    expect(error.message).toMatch(/empty \(0 bytes\)/);
    expect(errorOf(() => ingestCsvBytes(new Uint8Array(0))).message).toMatch(/empty/);
  });

  it('says a file of blank lines has no header', () => {
    expect(errorOf(() => ingestCsvText('\n\r\n  \n')).message).toMatch(/empty: no header/);
  });

  it('names the columns of a header with no rows', () => {
    const error = errorOf(() => ingestCsvText('price,brand,model\n\n'));
    expect(error.message).toBe(
      'The file has a header (3 columns: price, brand, model) but no data rows.',
    );
  });

  it('refuses a binary file renamed .csv, saying why', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 8, 0, 1, 2, 3]);
    expect(errorOf(() => ingestCsvBytes(zip)).message).toMatch(/ZIP archive.*xlsx/);
    const withNul = new TextEncoder().encode('a,b\n1,2\n');
    const binary = new Uint8Array([...withNul, 0, 7, 1, 2]);
    expect(errorOf(() => ingestCsvBytes(binary)).message).toMatch(/NUL byte \(at byte 9\)/);
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? 1 + (i % 8) : 65));
    expect(errorOf(() => ingestCsvBytes(noise)).message).toMatch(/control characters/);
    expect(errorOf(() => ingestCsvText('a,b\n\0\0')).message).toMatch(/NUL/);
  });

  it('stops at a 10 MB cell, naming the column, the line and the 1,000,000 limit', () => {
    const huge = 'x'.repeat(10_000_000);
    const error = errorOf(() => ingestCsvText(`id,notes\n1,short\n2,"${huge}"\n`));
    expect(error.message).toMatch(/column "notes".*line 3.*1,000,000 characters/);
  });

  it('stops at a header of 5,000 columns, naming the 2,000 limit', () => {
    const header = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',');
    const error = errorOf(() => ingestCsvText(`${header}\n${'1,'.repeat(4999)}1\n`));
    expect(error.message).toBe('The header has 5,000 columns; the limit is 2,000 columns.');
  });

  it('reports a quote that is never closed', () => {
    const error = errorOf(() => ingestCsvText('a,b\n1,2\n3,"never closed\n4,5\n'));
    expect(error.message).toMatch(/column "b" of the row starting at line 3 is never closed/);
  });

  it('fails when most rows are wider than the header, naming the first lines', () => {
    const text = 'a,b\n1,2,3\n4,5,6\n7,8\n';
    const error = errorOf(() => ingestCsvText(text));
    expect(error.message).toMatch(
      /^2 of 3 rows have more cells than the header's 2 \(first at lines 2, 3\)/,
    );
  });

  it('keeps non-finite numbers out of the values and counts them', () => {
    const text = ['x', '1e999', '-inf', 'Infinity', ...Array(40).fill('2')].join('\n');
    const { table, report } = ingestCsvText(text);
    expect(report.columns[0]!.quirks.nonFinite).toBe(3);
    const values = table.columns[0]!.type === 'number' ? table.columns[0]!.values : null;
    expect([...values!].filter(Number.isFinite)).toHaveLength(40);
    expect([...values!].some((value) => value === Infinity || value === -Infinity)).toBe(false);
  });
});
