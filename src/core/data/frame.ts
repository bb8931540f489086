import { isMissingCell, parseBooleanCell, parseNumberCell } from './cell-values';
import { inferColumnType, type ColumnType } from './column-typing';

/** A column ready for modelling. Numbers and booleans use NaN for missing; categories use null. */
export type FrameColumn =
  | { kind: 'number'; values: Float64Array }
  | { kind: 'boolean'; values: Float64Array }
  | { kind: 'category'; values: (string | null)[] };

/** A table held column by column: `columns[name].values` has `rowCount` entries. */
export interface Frame {
  rowCount: number;
  columns: Record<string, FrameColumn>;
}

/** Column kinds a model can take as input. */
export type FeatureKind = FrameColumn['kind'];

/** Maps an inferred column type to how a model reads it; null for columns a model skips. */
export function featureKindOf(type: ColumnType): FeatureKind | null {
  if (type === 'number' || type === 'boolean' || type === 'category') return type;
  return null;
}

/**
 * Builds a frame from raw string cells (`rows[i][j]` is row i, column j of `header`).
 * Cells that do not parse become missing; `kinds` decides how each named column is read.
 */
export function frameFromCells(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  kinds: Record<string, FeatureKind>,
): Frame {
  const columns: Record<string, FrameColumn> = {};
  header.forEach((name, j) => {
    const kind = kinds[name];
    if (kind)
      columns[name] = columnFromCells(
        kind,
        rows.map((row) => row[j] ?? ''),
      );
  });
  return { rowCount: rows.length, columns };
}

/**
 * Types every column of raw string cells by its name and cells ({@link inferColumnType}) and
 * builds the frame of those a model can read; `kinds` says which kind each kept column got.
 */
export function typedFrameFromCells(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): { frame: Frame; kinds: Record<string, FeatureKind> } {
  const kinds: Record<string, FeatureKind> = {};
  header.forEach((name, j) => {
    const kind = featureKindOf(
      inferColumnType(
        name,
        rows.map((row) => row[j] ?? ''),
      ),
    );
    if (kind) kinds[name] = kind;
  });
  return { frame: frameFromCells(header, rows, kinds), kinds };
}

/** Reads one column of raw cells as `kind`; cells that do not parse (or null) become missing. */
export function columnFromCells(kind: FeatureKind, cells: readonly (string | null)[]): FrameColumn {
  if (kind === 'category') {
    return { kind, values: cells.map((cell) => (cell === null ? null : normaliseLevel(cell))) };
  }
  const values = new Float64Array(cells.length);
  cells.forEach((cell, i) => {
    const parsed =
      cell === null ? null : kind === 'number' ? parseNumberCell(cell) : parseBooleanCell(cell);
    values[i] = parsed === null ? Number.NaN : Number(parsed);
  });
  return { kind, values };
}

/** Category levels are compared trimmed; an empty or placeholder cell is missing (null). */
export function normaliseLevel(cell: string): string | null {
  const trimmed = cell.trim();
  return isMissingCell(trimmed) ? null : trimmed;
}
