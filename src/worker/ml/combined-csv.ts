import type { ColumnType } from '../../core/data/column-typing';
import { isNumericColumn, type DataColumn, type DataTable } from '../../core/data/ingest/table';
import type { Signature } from '../../core/model/signature';
import { columnKey } from './batch-frame';

/** The columns a retrain dataset keeps: the model's inputs and its target, in that order. */
export function retrainColumns(signature: Signature): string[] {
  return [...signature.inputs.map((input) => input.name), signature.target.name];
}

/** Types to read the retrain dataset with, so it frames exactly as the model reads it. */
export function retrainColumnTypes(signature: Signature): Record<string, ColumnType> {
  const types: Record<string, ColumnType> = { [signature.target.name]: 'number' };
  for (const input of signature.inputs) types[input.name] = input.type;
  return types;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function cellsOf(column: DataColumn | undefined, rowCount: number): string[] {
  if (!column) return new Array<string>(rowCount).fill('');
  if (isNumericColumn(column)) {
    const isBoolean = column.type === 'boolean';
    return Array.from(column.values, (value) => {
      if (Number.isNaN(value)) return '';
      return isBoolean ? String(value === 1) : String(value);
    });
  }
  return Array.from(column.codes, (code) => (code >= 0 ? column.levels[code]! : ''));
}

function findByKey(table: DataTable, name: string): DataColumn | undefined {
  return table.columns.find((column) => columnKey(column.name) === columnKey(name));
}

/**
 * One CSV (comma, `.` decimals, RFC 4180 quotes) of `columns` from each table in turn: the
 * training data first, then the batch, so the holdout rule still gives TEST rows from both.
 * Columns are matched case- and space-insensitively; a column a table lacks is left empty.
 */
export function tablesToCsv(tables: readonly DataTable[], columns: readonly string[]): string {
  const lines = [columns.map(quote).join(',')];
  for (const table of tables) {
    const cells = columns.map((name) => cellsOf(findByKey(table, name), table.rowCount));
    for (let row = 0; row < table.rowCount; row++) {
      lines.push(cells.map((column) => quote(column[row]!)).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
