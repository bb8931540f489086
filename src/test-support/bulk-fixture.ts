import Papa from 'papaparse';
import type { RawInput } from '../core/model/input-record';
import { DIAMOND_FEATURES, readDiamonds } from './diamonds';

/** What a row of the bulk fixture must come out as. */
export type RowExpectation =
  { kind: 'priced'; item: RawInput; note: string | null } | { kind: 'error'; error: string };

/**
 * A stock list as a dealer might export it: the model's columns under other spellings and in
 * another order, extra columns to pass through (with a formula, quoted commas, negative numbers),
 * and bad rows. `rows[i]` comes out as `expected[i]`.
 */
export interface BulkFixture {
  header: string[];
  rows: string[][];
  expected: RowExpectation[];
}

const HEADER = [
  'stock_id',
  'Carat',
  'CUT',
  'Color',
  ' clarity ',
  'depth',
  'TABLE',
  'x',
  'y',
  'z',
  'paid',
  'remark',
];
/** Fixture column of each model input (the mapping a bulk run uses). */
export const BULK_FIXTURE_MAPPING: Record<string, number> = {
  carat: 1,
  cut: 2,
  color: 3,
  clarity: 4,
  depth: 5,
  table: 6,
  x: 7,
  y: 8,
  z: 9,
};
const REMARKS = [
  'plain',
  'quoted, with a comma',
  '=HYPERLINK("http://example.com/x","click")',
  '@SUM(1+1)',
  '+cmd',
  'say "hi"',
];

function fixtureRow(
  id: number,
  item: Record<string, string>,
  paid: string,
  remark: string,
): string[] {
  const row = new Array<string>(HEADER.length).fill('');
  row[0] = `S-${id}`;
  for (const [name, column] of Object.entries(BULK_FIXTURE_MAPPING)) row[column] = item[name] ?? '';
  row[10] = paid;
  row[11] = remark;
  return row;
}

/** Real diamonds from diamonds.csv (every 997th row), as raw cells by feature name. */
function realDiamonds(count: number): Record<string, string>[] {
  const { header, rows } = readDiamonds();
  return Array.from({ length: count }, (_, i) => {
    const row = rows[i * 997]!;
    return Object.fromEntries(DIAMOND_FEATURES.map((name) => [name, row[header.indexOf(name)]!]));
  });
}

/** Builds the fixture: `goodRows` real diamonds, then one row of each kind that needs a word. */
export function buildBulkFixture(goodRows = 12): BulkFixture {
  const diamonds = realDiamonds(goodRows + 4);
  const rows: string[][] = [];
  const expected: RowExpectation[] = [];
  diamonds.slice(0, goodRows).forEach((item, i) => {
    const paid = i % 2 === 0 ? '-5' : '-1.5';
    rows.push(fixtureRow(i + 1, item, paid, REMARKS[i % REMARKS.length]!));
    expected.push({ kind: 'priced', item, note: null });
  });
  const [a, b, c, d] = diamonds.slice(goodRows) as [
    Record<string, string>,
    ...Record<string, string>[],
  ];
  rows.push(fixtureRow(101, { ...a, carat: 'abc' }, '1', 'bad carat'));
  expected.push({ kind: 'error', error: 'Carat: "abc" is not a number' });
  rows.push(fixtureRow(102, { ...b!, depth: '' }, '2', 'no depth'));
  expected.push({
    kind: 'priced',
    item: { ...b!, depth: '' },
    note: 'depth: no value, priced as missing',
  });
  rows.push(fixtureRow(103, { ...c!, cut: 'Superb' }, '3', 'unseen cut'));
  expected.push({
    kind: 'priced',
    item: { ...c!, cut: 'Superb' },
    note: 'CUT "Superb" was not seen in training: priced as an unknown cut',
  });
  rows.push(fixtureRow(104, { ...d!, carat: 'NA' }, '4', 'placeholder'));
  expected.push({
    kind: 'priced',
    item: { ...d!, carat: 'NA' },
    note: 'Carat: no value ("NA"), priced as missing',
  });
  return { header: HEADER, rows, expected };
}

/**
 * The fixture as CSV text (cells written as they are: formulas unescaped) with a blank line
 * after the third row, which must come out as an error row of its own.
 */
export function bulkFixtureCsv(
  fixture: BulkFixture,
  delimiter = ',',
): { text: string; expected: RowExpectation[] } {
  const lines = Papa.unparse([fixture.header, ...fixture.rows], {
    delimiter,
    newline: '\r\n',
  }).split('\r\n');
  lines.splice(4, 0, '');
  const expected = [...fixture.expected];
  expected.splice(3, 0, { kind: 'error', error: 'Blank line: nothing to price.' });
  return { text: `${lines.join('\r\n')}\r\n`, expected };
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * The fixture as an XLSX workbook with two sheets: "Read me" (a note, no data) first, then
 * "Stock", where numeric cells are numbers and the rest text (the formula stays text).
 */
export async function bulkFixtureXlsx(fixture: BulkFixture): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const typed = fixture.rows.map((row) =>
    row.map((cell) => (NUMERIC.test(cell) ? Number(cell) : cell || null)),
  );
  return writeXlsxFile([
    { sheet: 'Read me', data: [['Stock list exported for pricing'], ['Prices in USD']] },
    { sheet: 'Stock', data: [fixture.header, ...typed] },
  ]).toBlob();
}
