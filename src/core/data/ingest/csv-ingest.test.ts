import { describe, expect, it } from 'vitest';
import { CsvIngest, type IngestOptions, type IngestResult } from './csv-ingest';
import { ingestCsvBytes, ingestCsvText } from './ingest-stream';
import { findColumn, type CodedColumn, type NumericColumn } from './table';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const ingestInChunks = (bytes: Uint8Array, size: number, options: IngestOptions = {}) =>
  ingestCsvBytes(bytes, { ...options, chunkBytes: size });

const numbers = (result: IngestResult, name: string): number[] => [
  ...(findColumn(result.table, name) as NumericColumn).values,
];

const texts = (result: IngestResult, name: string): (string | null)[] => {
  const column = findColumn(result.table, name) as CodedColumn;
  return [...column.codes].map((code) => (code < 0 ? null : column.levels[code]!));
};

const SAMPLE = [
  'price,brand,has_gps,sold,listing_id,notes',
  '12500,Audi,True,2021-03-04,L1,"A bright car, ""like new"""',
  '9800.5,BMW,False,2021-03-05,L2,"two',
  'lines"',
  ',Audi,NA,2021-03-06,L3,plain',
].join('\r\n');

describe('CsvIngest', () => {
  it('fills typed columns: numbers and booleans as floats, text as codes and levels', () => {
    const columnTypes = { brand: 'category', notes: 'text' } as const;
    const result = ingestInChunks(utf8(SAMPLE), 1 << 16, { columnTypes });
    expect(result.table.rowCount).toBe(3);
    expect(result.report.columns.map((c) => c.type)).toEqual([
      'number',
      'category',
      'boolean',
      'date',
      'id',
      'text',
    ]);
    expect(numbers(result, 'price')).toEqual([12500, 9800.5, NaN]);
    expect(numbers(result, 'has_gps')).toEqual([1, 0, NaN]);
    const brand = findColumn(result.table, 'brand') as CodedColumn;
    expect([...brand.codes]).toEqual([0, 1, 0]);
    expect(brand.levels).toEqual(['Audi', 'BMW']);
    expect(texts(result, 'notes')).toEqual(['A bright car, "like new"', 'two\r\nlines', 'plain']);
    expect(result.report).toMatchObject({ delimiter: ',', lineEnding: 'crlf', encoding: 'utf-8' });
  });

  it('gives the same table, report and id for any chunking, even inside characters', () => {
    const text = `${SAMPLE}\r\nё 9,Цена 🚗,yes,2021-03-07,L4,"x,\ny"\r\n`;
    const reference = ingestInChunks(utf8(text), 1 << 16);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const result = ingestInChunks(utf8(text), size);
      expect(result).toEqual(reference);
    }
    expect(texts(reference, 'brand')[3]).toBe('Цена 🚗');
  });

  it('reads text chunks as it reads the same bytes, with the same dataset id', () => {
    const text = `${SAMPLE}\r\n🚗,Цена,yes,2021-03-07,L4,x\r\n`;
    const ingest = new CsvIngest();
    for (let at = 0; at < text.length; at += 3) ingest.pushText(text.slice(at, at + 3));
    const fromText = ingest.finish();
    const fromBytes = ingestInChunks(utf8(text), 4);
    expect(fromText.table).toEqual(fromBytes.table);
    expect(fromText.datasetId).toBe(fromBytes.datasetId);
    expect(fromText.report.encoding).toBe('text');
  });

  it('reads dots as thousands in a column that groups by dots where the file writes decimal commas', () => {
    const text = [
      'preis;km;hubraum',
      '12.500,50;150.000;1.600',
      '9.999,00;20.000;2.000',
      '7.250;5.500;1.400',
      '1,5;850;1.200',
    ].join('\n');
    const result = ingestCsvText(text);
    expect(numbers(result, 'preis')).toEqual([12500.5, 9999, 7250, 1.5]);
    expect(numbers(result, 'km')).toEqual([150000, 20000, 5500, 850]);
    expect(numbers(result, 'hubraum')).toEqual([1600, 2000, 1400, 1200]);
    expect(result.report.columns[1]!.quirks.thousands).toBe(3);
  });

  it('keeps dots as decimal points where nothing says they group thousands', () => {
    const engines = ingestCsvText(
      ['engine,price', '1.500,12000', '2.000,15000', '1.200,9000'].join('\n'),
    );
    expect(numbers(engines, 'engine')).toEqual([1.5, 2, 1.2]);
    const mixed = ingestCsvText(['km;note', '150.000;1,5', '0.5;2,5'].join('\n'));
    expect(numbers(mixed, 'km')).toEqual([150, 0.5]);
  });

  it('counts each messy convention per column and keeps examples of what did not parse', () => {
    const rows = ['"1,6"', '"1,234,567"', '" 7 "', '"R$ 1.500,00"', '45-65', '--', 'inf', '1e999'];
    const text = ['area', ...rows, 'abc', ...Array(50).fill('3')].join('\n');
    const result = ingestCsvText(text);
    const report = result.report.columns[0]!;
    expect(report.type).toBe('number');
    expect(report.quirks).toMatchObject({
      decimalComma: 2,
      thousands: 2,
      currency: 1,
      range: 1,
      placeholder: 1,
      straySpaces: 1,
      nonFinite: 2,
      unparsed: 1,
    });
    expect(report.missing).toBe(4);
    expect(report.unparsedExamples).toEqual([{ row: 8, line: 10, cell: 'abc' }]);
    expect(numbers(result, 'area').slice(0, 9)).toEqual([
      1.6,
      1234567,
      7,
      1500,
      55,
      NaN,
      NaN,
      NaN,
      NaN,
    ]);
  });

  it('counts boolean words, placeholders and stray spaces in text columns', () => {
    const text = 'ok,city\nTrue, Belo Horizonte \nno,Belo Horizonte\nyes,--\n';
    const result = ingestCsvText(text, { columnTypes: { ok: 'boolean' } });
    expect(result.report.columns[0]!.quirks.booleanWords).toBe(3);
    expect(texts(result, 'city')).toEqual(['Belo Horizonte', 'Belo Horizonte', null]);
    expect(result.report.columns[1]!.quirks).toMatchObject({ straySpaces: 1, placeholder: 1 });
  });

  it('reads semicolon, tab and pipe files, with a European decimal comma', () => {
    const result = ingestCsvText('a;b\n1,5;x\n2,25;y\n');
    expect(result.report.delimiter).toBe(';');
    expect(numbers(result, 'a')).toEqual([1.5, 2.25]);
    expect(ingestCsvText('a\tb\n1\t2\n').report.delimiter).toBe('\t');
    expect(ingestCsvText('a|b\n1|2\n', { delimiter: '|' }).table.columns).toHaveLength(2);
  });

  it('skips blank lines and counts them', () => {
    const result = ingestCsvText('a,b\n\n1,2\n   \n3,4\n\n');
    expect(result.table.rowCount).toBe(2);
    expect(result.report.blankLines).toBe(3);
  });

  it('pads short rows, drops extra cells of long rows, and reports their lines', () => {
    const text = ['a,b,c', '1,2,3', '4,5', '6,7,8,', '9,10,11,12', '13,14,15', '16'].join('\n');
    const result = ingestCsvText(text);
    expect(result.table.rowCount).toBe(6);
    expect(result.report.shortRows).toEqual({ count: 2, lines: [3, 7] });
    expect(result.report.longRows).toEqual({ count: 1, lines: [5] });
    expect(result.report.trailingEmptyCells).toBe(1);
    expect(numbers(result, 'c')).toEqual([3, NaN, 8, 11, 15, NaN]);
  });

  it('renames empty and repeated header names and reports it', () => {
    const result = ingestCsvText(',price,price\n0,1,2\n1,3,4\n');
    expect(result.table.columns.map((c) => c.name)).toEqual(['column_1', 'price', 'price_2']);
    expect(result.report.renamedColumns).toHaveLength(2);
    expect(result.report.columns[0]!.headerName).toBe('');
  });

  it('types an all-missing column as a category with every cell missing', () => {
    const result = ingestCsvText('a,b\n1,\n2,NA\n3,\n');
    expect(result.report.columns[1]).toMatchObject({ type: 'category', missing: 3 });
  });

  it('infers types from the sample rows and counts later cells that do not fit', () => {
    const lines = [
      'fuel_kwh',
      ...Array.from({ length: 30 }, (_, i) => String(i * 1.5)),
      'Electric',
    ];
    const result = ingestCsvText(lines.join('\n'), { sampleRows: 10 });
    expect(result.report.columns[0]).toMatchObject({ type: 'number', missing: 1 });
    expect(result.report.columns[0]!.unparsedExamples[0]).toMatchObject({ line: 32, row: 30 });
  });

  it('takes a type chosen by the person, keeping the inferred one in the report', () => {
    const result = ingestCsvText('zip,price\n01000,1\n02000,2\n', {
      columnTypes: { zip: 'category' },
    });
    expect(result.report.columns[0]).toMatchObject({ type: 'category', inferredType: 'number' });
    expect(texts(result, 'zip')).toEqual(['01000', '02000']);
  });
});
