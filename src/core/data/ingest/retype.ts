import type { ColumnType } from '../column-typing';
import type { BuiltColumn } from './column-builder';
import type { ColumnIngestReport, IngestReport } from './report';
import { isNumericColumn, type DataColumn, type DataTable, type NumericColumn } from './table';
import { createColumnBuilder } from './table-builder';

/**
 * Re-reads a column as another type, from what ingest kept: the levels of a coded column, or
 * the numbers of a numeric column plus its kept raw cells (unparsed text, ranges, non-finite
 * words), so text that did not parse as a number comes back when the column becomes a category.
 * Numbers become text as JavaScript writes them (`2.0` → `2`), booleans as `true`/`false`.
 * `previous` carries over what re-typing cannot see again: the header name, the inferred type,
 * and trimmed spaces and placeholders.
 */
export function retypeColumn(
  column: DataColumn,
  type: ColumnType,
  previous?: ColumnIngestReport,
): BuiltColumn {
  const builder = createColumnBuilder({
    name: column.name,
    headerName: previous?.headerName ?? column.name,
    type,
    inferredType: previous?.inferredType ?? column.type,
  });
  if (isNumericColumn(column)) replayNumeric(column, (cell) => builder.push(cell));
  else for (const code of column.codes) builder.push(code < 0 ? '' : column.levels[code]!);
  const built = builder.finish();
  if (previous) {
    const quirks = built.report.quirks;
    quirks.straySpaces = Math.max(quirks.straySpaces, previous.quirks.straySpaces);
    quirks.placeholder = Math.max(quirks.placeholder, previous.quirks.placeholder);
  }
  return built;
}

function replayNumeric(column: NumericColumn, push: (cell: string) => void): void {
  const { values, kept } = column;
  const isBoolean = column.type === 'boolean';
  let next = 0;
  for (let row = 0; row < values.length; row++) {
    if (next < kept.rows.length && kept.rows[next] === row) {
      push(kept.cells[next++]!);
      continue;
    }
    const value = values[row]!;
    if (Number.isNaN(value)) push('');
    else if (isBoolean) push(value === 1 ? 'true' : 'false');
    else push(String(value));
  }
}

/**
 * Sets one column's type in an ingested table and its report, returning new objects (the
 * other columns are shared). Throws when the table has no such column.
 */
export function applyColumnType(
  table: DataTable,
  report: IngestReport,
  name: string,
  type: ColumnType,
): { table: DataTable; report: IngestReport } {
  const index = table.columns.findIndex((column) => column.name === name);
  if (index < 0) throw new Error(`The table has no column "${name}".`);
  const built = retypeColumn(table.columns[index]!, type, report.columns[index]);
  const columns = table.columns.slice();
  columns[index] = built.column;
  const reports = report.columns.slice();
  reports[index] = built.report;
  return { table: { ...table, columns }, report: { ...report, columns: reports } };
}
