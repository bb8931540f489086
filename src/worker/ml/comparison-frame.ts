import type { Frame, FrameColumn } from '../../core/data/frame';
import { isTestRow } from '../../core/data/holdout';
import { findColumn, isNumericColumn, type DataTable } from '../../core/data/ingest/table';
import type { Signature } from '../../core/model/signature';
import { pickRows } from '../../core/statistics';

/** What stops a table from feeding a signature: absent columns, and columns of the wrong kind. */
export interface SignatureGaps {
  /** Inputs (and the target) the table has no column for. */
  missing: string[];
  /** Number or boolean inputs (or the target) whose column holds text, as `"name" (type)`. */
  mistyped: string[];
}

/**
 * Checks that `table` has every input of `signature` and its target, and that inputs read as
 * numbers (and the target) are held as numbers. Category inputs read any column.
 */
export function findSignatureGaps(table: DataTable, signature: Signature): SignatureGaps {
  const gaps: SignatureGaps = { missing: [], mistyped: [] };
  const needs = [
    ...signature.inputs.map((input) => ({
      name: input.name,
      isNumeric: input.type !== 'category',
    })),
    { name: signature.target.name, isNumeric: true },
  ];
  for (const { name, isNumeric } of needs) {
    const column = findColumn(table, name);
    if (!column) gaps.missing.push(name);
    else if (isNumeric && !isNumericColumn(column))
      gaps.mistyped.push(`"${name}" (${column.type})`);
  }
  return gaps;
}

/**
 * The TEST rows of the holdout rule (`i % 5 == 0`) whose `target` is a finite number, in file
 * order. The target column must be numeric (see {@link findSignatureGaps}).
 */
export function testRowsWithTarget(table: DataTable, target: string): Int32Array {
  const column = findColumn(table, target);
  if (!column || !isNumericColumn(column)) return new Int32Array(0);
  const rows: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    if (isTestRow(i) && Number.isFinite(column.values[i]!)) rows.push(i);
  }
  return Int32Array.from(rows);
}

/** The target's values at `rows`, in the target's units (`[rows.length]`). */
export function targetValues(table: DataTable, target: string, rows: Int32Array): Float64Array {
  const column = findColumn(table, target);
  if (!column || !isNumericColumn(column)) throw new Error(`Column "${target}" is not numeric.`);
  return pickRows(column.values, rows);
}

/**
 * The rows `rows` of `table` framed as `signature` reads them: numbers and booleans as numbers,
 * categories as level text (numbers written as text, so a re-typed column still matches).
 * Call only when {@link findSignatureGaps} found nothing.
 */
export function frameForSignature(table: DataTable, signature: Signature, rows: Int32Array): Frame {
  const columns: Record<string, FrameColumn> = {};
  for (const input of signature.inputs) {
    const column = findColumn(table, input.name);
    if (!column) throw new Error(`Column "${input.name}" is not in the data.`);
    if (input.type !== 'category') {
      if (!isNumericColumn(column)) throw new Error(`Column "${input.name}" is not numeric.`);
      columns[input.name] = { kind: input.type, values: pickRows(column.values, rows) };
    } else if (isNumericColumn(column)) {
      const values = Array.from(rows, (row) => column.values[row]!);
      columns[input.name] = {
        kind: 'category',
        values: values.map((value) => (Number.isNaN(value) ? null : String(value))),
      };
    } else {
      const { codes, levels } = column;
      columns[input.name] = {
        kind: 'category',
        values: Array.from(rows, (row) => (codes[row]! >= 0 ? levels[codes[row]!]! : null)),
      };
    }
  }
  return { rowCount: rows.length, columns };
}
