/**
 * Test fixtures for the dataset stores (no test runner imports, so any test may use them). They
 * belong with the other fixtures in `src/test-support/` and can move there.
 */
import { emptyQuirkCounts, type IngestReport } from '../core/data/ingest/report';
import type { CodedColumn, DataTable, NumericColumn } from '../core/data/ingest/table';
import type { NewDatasetMeta } from '../storage/dataset-types';

/** An ingest report that agrees with `table` (types as inferred, nothing odd read). */
export function fixtureReport(table: DataTable): IngestReport {
  const issue = () => ({ count: 0, lines: [] });
  return {
    rowCount: table.rowCount,
    columnCount: table.columns.length,
    byteCount: 1234,
    encoding: 'utf-8',
    hasBom: false,
    delimiter: ';',
    lineEnding: 'crlf',
    renamedColumns: [],
    shortRows: issue(),
    longRows: issue(),
    trailingEmptyCells: 0,
    malformedQuotes: issue(),
    blankLines: 0,
    replacedCharacters: 0,
    columns: table.columns.map((column) => ({
      name: column.name,
      headerName: column.name,
      type: column.type,
      inferredType: column.type,
      missing: 0,
      quirks: emptyQuirkCounts(),
      unparsedExamples: [],
    })),
  };
}

/**
 * A deterministic 9-column table: numbers with NaN and -0, a boolean, a column with kept raw
 * cells, and 4 coded columns (Cyrillic levels, 5,000 levels, a date) with missing codes.
 */
export function fixtureTable(rowCount: number, seed = 1): DataTable {
  let state = seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const numeric = (name: string, make: (row: number) => number): NumericColumn => ({
    name,
    type: 'number',
    values: Float64Array.from({ length: rowCount }, (_, row) => make(row)),
    kept: { rows: new Int32Array(0), cells: [], isComplete: true },
  });
  const coded = (name: string, levels: string[], missingEvery: number): CodedColumn => ({
    name,
    type: 'category',
    codes: Int32Array.from({ length: rowCount }, (_, row) =>
      row % missingEvery === 7 ? -1 : Math.floor(random() * levels.length),
    ),
    levels,
  });
  const price = numeric('price', (row) => (row % 97 === 3 ? Number.NaN : random() * 1e5));
  if (rowCount > 5) price.values[5] = -0;
  const area = numeric('area', (row) => row % 50);
  const keptRows = rowCount > 3 ? [3, Math.floor(rowCount / 2), rowCount - 1] : [];
  const keptCells = ['45-65', 'abc', 'inf'].slice(0, keptRows.length);
  area.kept = { rows: Int32Array.from(keptRows), cells: keptCells, isComplete: false };
  const ids = Array.from({ length: 5000 }, (_, i) => `car-${i}`);
  return {
    rowCount,
    columns: [
      price,
      numeric('carat', () => random() * 5),
      { ...numeric('is_new', (row) => (row % 3 === 0 ? Number.NaN : row % 2)), type: 'boolean' },
      numeric('year', (row) => 1990 + (row % 35)),
      area,
      coded('cut', ['Fair', 'Good', 'Ideal'], 50),
      coded('город', ['Москва', 'Санкт-Петербург', 'São Paulo'], 40),
      coded('model', ids, 1000),
      { ...coded('listed', ['2024-01-01', '2024-02-01'], 30), type: 'date' },
    ],
  };
}

/** What `saveDataset` needs for `table`, target `price`. */
export function fixtureMeta(
  id: string,
  table: DataTable,
  extra: { name?: string; createdAt?: string } = {},
): NewDatasetMeta {
  return {
    id,
    name: extra.name ?? id,
    fileName: `${id}.csv`,
    sizeBytes: 2048,
    ingestReport: fixtureReport(table),
    target: 'price',
    createdAt: extra.createdAt,
  };
}

/**
 * The first difference between two tables, or null when they are equal: typed arrays compared
 * byte for byte (so NaN payloads and -0 count), levels and kept cells element by element.
 */
export function tableDifference(actual: DataTable, expected: DataTable): string | null {
  if (actual.rowCount !== expected.rowCount) {
    return `rowCount ${actual.rowCount} ≠ ${expected.rowCount}`;
  }
  if (actual.columns.length !== expected.columns.length) return 'column count differs';
  for (const [index, column] of expected.columns.entries()) {
    const other = actual.columns[index]!;
    const where = `column ${index} "${column.name}"`;
    if (other.name !== column.name || other.type !== column.type) return `${where}: name or type`;
    const [left, right] =
      'values' in column
        ? [(other as NumericColumn).values, column.values]
        : [(other as CodedColumn).codes, column.codes];
    if (!sameBytes(left, right)) return `${where}: data`;
    const extras = (c: typeof column) => JSON.stringify('values' in c ? keptOf(c) : c.levels);
    if (extras(other) !== extras(column)) return `${where}: levels or kept cells`;
  }
  return null;
}

function keptOf(column: NumericColumn) {
  return { ...column.kept, rows: [...column.kept.rows] };
}

function sameBytes(a: Float64Array | Int32Array, b: Float64Array | Int32Array): boolean {
  const left = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const right = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  return left.length === right.length && left.every((byte, i) => byte === right[i]);
}
