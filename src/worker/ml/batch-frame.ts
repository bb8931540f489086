import type { ReferenceProfile } from '../../core/drift';
import {
  columnFromCells,
  type FeatureKind,
  type Frame,
  type FrameColumn,
} from '../../core/data/frame';
import { ingestCsvStream } from '../../core/data/ingest';
import { isNumericColumn, type DataColumn, type DataTable } from '../../core/data/ingest/table';

/** A batch framed for a reference profile, and the batch columns left out. */
export interface BatchFrame {
  frame: Frame;
  /** Batch columns the model does not read. */
  extraColumns: string[];
  /** Every batch column, in file order (for messages). */
  batchColumns: string[];
}

/** Reads a CSV batch into typed columns (in the worker, not stored). */
export async function readBatchTable(file: File): Promise<DataTable> {
  const result = await ingestCsvStream(file.stream(), { totalBytes: file.size });
  return result.table;
}

/** Header names compared case- and space-insensitively, as the Bulk page matches columns. */
export function columnKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

function findBatchColumn(table: DataTable, name: string): DataColumn | undefined {
  const exact = table.columns.find((column) => column.name === name);
  return exact ?? table.columns.find((column) => columnKey(column.name) === columnKey(name));
}

/**
 * A batch column read as the model reads it. Numbers typed otherwise in the batch (a column of
 * "NA"s read as text, say) are parsed from their text; a column none of whose cells parse keeps
 * its batch kind, so the drift report names it as the wrong kind.
 */
export function columnAs(kind: FeatureKind, column: DataColumn): FrameColumn {
  if (isNumericColumn(column)) {
    if (kind !== 'category') return { kind, values: column.values };
    const values = Array.from(column.values, (value) =>
      Number.isNaN(value) ? null : String(value),
    );
    return { kind, values };
  }
  const { codes, levels } = column;
  const cells = Array.from(codes, (code) => (code >= 0 ? levels[code]! : null));
  const framed = columnFromCells(kind, cells);
  if (framed.kind === 'category') return framed;
  const hasText = cells.some((cell) => cell !== null);
  const hasParsed = framed.values.some((value) => !Number.isNaN(value));
  return hasText && !hasParsed ? { kind: 'category', values: cells } : framed;
}

/** Frames `table` for the reference's features and target (by name), listing the rest. */
export function frameForReference(table: DataTable, reference: ReferenceProfile): BatchFrame {
  const wanted = reference.target ? [...reference.features, reference.target] : reference.features;
  const columns: Record<string, FrameColumn> = {};
  const used = new Set<string>();
  for (const feature of wanted) {
    const column = findBatchColumn(table, feature.name);
    if (!column) continue;
    used.add(column.name);
    columns[feature.name] = columnAs(feature.kind, column);
  }
  const batchColumns = table.columns.map((column) => column.name);
  const extraColumns = batchColumns.filter((name) => !used.has(name));
  return { frame: { rowCount: table.rowCount, columns }, extraColumns, batchColumns };
}

/**
 * Frames logged inputs (the form's values as typed, or a bulk run's sampled rows) for the
 * reference's features; a feature no entry holds is left out (reported as missing).
 */
export function frameFromInputs(
  inputs: readonly Record<string, string>[],
  reference: ReferenceProfile,
): Frame {
  const columns: Record<string, FrameColumn> = {};
  for (const feature of reference.features) {
    if (!inputs.some((entry) => feature.name in entry)) continue;
    const cells = inputs.map((entry) => entry[feature.name] ?? null);
    columns[feature.name] = columnFromCells(feature.kind, cells);
  }
  return { rowCount: inputs.length, columns };
}
