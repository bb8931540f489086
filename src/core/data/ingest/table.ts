import type { ColumnType } from '../column-typing';

/** Column types held as numbers: `values[i]` is row i, NaN when missing. */
export type NumericColumnType = Extract<ColumnType, 'number' | 'boolean'>;

/** Column types held as dictionary codes of their (trimmed) text. */
export type CodedColumnType = Exclude<ColumnType, NumericColumnType>;

/**
 * Raw cells of a numeric column that its numbers cannot give back: text that did not parse,
 * ranges (`45-65`, stored as 55) and non-finite words. Kept so a person can re-type the column
 * (for example to a category) without losing them. `rows` is ascending.
 */
export interface KeptRawCells {
  rows: Int32Array;
  cells: string[];
  /** False when more cells qualified than the limit allowed; later ones were not kept. */
  isComplete: boolean;
}

/** A number (1/0 for booleans) per row; NaN is missing. Non-finite cells are stored as NaN. */
export interface NumericColumn {
  name: string;
  type: NumericColumnType;
  values: Float64Array;
  kept: KeptRawCells;
}

/**
 * A text-like column, dictionary encoded: `levels[codes[i]]` is row i's trimmed text, code -1 is
 * missing (empty cell or a placeholder such as `NA`). Levels are in order of first appearance.
 */
export interface CodedColumn {
  name: string;
  type: CodedColumnType;
  codes: Int32Array;
  levels: string[];
}

/** One typed column of an ingested table. */
export type DataColumn = NumericColumn | CodedColumn;

/**
 * A table held column by column, with no object per row. Every column has `rowCount` entries.
 * Only plain data and typed arrays: it can be cloned or transferred to and from a worker.
 */
export interface DataTable {
  rowCount: number;
  columns: DataColumn[];
}

/** True when the column holds numbers (number or boolean). */
export function isNumericColumn(column: DataColumn): column is NumericColumn {
  return column.type === 'number' || column.type === 'boolean';
}

/** The column named `name`, or undefined. */
export function findColumn(table: DataTable, name: string): DataColumn | undefined {
  return table.columns.find((column) => column.name === name);
}

/** The typed arrays of a table, for `transfer()` across a worker boundary. */
export function tableBuffers(table: DataTable): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of table.columns) {
    const arrays = isNumericColumn(column) ? [column.values, column.kept.rows] : [column.codes];
    for (const array of arrays) buffers.add(array.buffer as ArrayBuffer);
  }
  return [...buffers];
}
