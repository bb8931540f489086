import type { Frame, FrameColumn } from '../data/frame';
import { isNumericColumn, type DataColumn, type DataTable } from '../data/ingest/table';

/** Column types a model reads as inputs; id-like, text and date columns are left out. */
const FEATURE_TYPES = new Set<DataColumn['type']>(['number', 'boolean', 'category']);

/** True when a column of this type can be a model input (number, boolean or category). */
export function isFeatureType(type: DataColumn['type']): boolean {
  return FEATURE_TYPES.has(type);
}

/**
 * Builds the modelling frame of `columns` (features and target) from an ingested table: numbers
 * and booleans stay numbers (NaN missing; the typed arrays are shared, not copied), category codes
 * become their level text (null missing). Throws naming a column that is absent, or whose type
 * (id, text, date) a model cannot read: re-type it as a category to use it.
 */
export function frameFromTable(table: DataTable, columns: readonly string[]): Frame {
  const frameColumns: Record<string, FrameColumn> = {};
  for (const name of columns) {
    const column = table.columns.find((candidate) => candidate.name === name);
    if (!column) throw new Error(`Column "${name}" is not in the data.`);
    frameColumns[name] = frameColumnOf(column);
  }
  return { rowCount: table.rowCount, columns: frameColumns };
}

function frameColumnOf(column: DataColumn): FrameColumn {
  if (isNumericColumn(column)) return { kind: column.type, values: column.values };
  if (column.type !== 'category') {
    throw new Error(
      `Column "${column.name}" is typed ${column.type}; a model reads numbers, booleans and categories. Re-type it as a category to use it.`,
    );
  }
  const { codes, levels } = column;
  const values = new Array<string | null>(codes.length);
  for (let i = 0; i < codes.length; i++) values[i] = codes[i]! >= 0 ? levels[codes[i]!]! : null;
  return { kind: 'category', values };
}

/**
 * Features worth offering for `target`: every number, boolean and category column except the
 * target, in table order, skipping id-like, text and date columns, and columns that are all
 * missing or hold a single value (they cannot move a price).
 */
export function suggestFeatures(table: DataTable, target: string): string[] {
  return table.columns
    .filter((column) => column.name !== target && isFeatureType(column.type))
    .filter((column) => distinctValuesUpTo(column, 2) >= 2)
    .map((column) => column.name);
}

/** Distinct non-missing values of a column, counting no further than `limit`. */
export function distinctValuesUpTo(column: DataColumn, limit: number): number {
  const seen = new Set<number>();
  const values = isNumericColumn(column) ? column.values : column.codes;
  for (let i = 0; i < values.length && seen.size < limit; i++) {
    const value = values[i]!;
    const isMissing = isNumericColumn(column) ? Number.isNaN(value) : value < 0;
    if (!isMissing) seen.add(value);
  }
  return seen.size;
}
