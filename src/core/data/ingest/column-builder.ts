import type { ColumnType } from '../column-typing';
import { GrowableInt32 } from './growable';
import { emptyQuirkCounts, type ColumnIngestReport } from './report';
import type { DataColumn, KeptRawCells } from './table';

/** Receives one column's cells, in row order, and builds its typed column. */
export interface ColumnBuilder {
  /** Appends the next row's cell; `line` is where the row starts in the file, if known. */
  push(cell: string, line?: number): void;
  /** Appends the next row's cell `text[start, end)`, as `push` would (without cutting it out). */
  pushRange(text: string, start: number, end: number, line?: number): void;
  finish(): BuiltColumn;
}

/** A finished column and what ingest did to its cells. */
export interface BuiltColumn {
  column: DataColumn;
  report: ColumnIngestReport;
}

/** How a column is named and typed, given to its builder. */
export interface ColumnSpec {
  name: string;
  headerName: string;
  type: ColumnType;
  inferredType: ColumnType;
  /** Numbers: the sample wrote thousands with dots (`150.000`), so every cell is read that way. */
  dotThousands?: boolean;
}

const MAX_EXAMPLES = 5;

/** The report of a column being built; builders update its counters directly. */
export function startReport(spec: ColumnSpec): ColumnIngestReport {
  const { name, headerName, type, inferredType } = spec;
  const quirks = emptyQuirkCounts();
  return { name, headerName, type, inferredType, missing: 0, quirks, unparsedExamples: [] };
}

/** Counts an unparsed cell and keeps it as an example if it is among the first ones. */
export function noteUnparsed(
  report: ColumnIngestReport,
  cell: string,
  where: { row: number; line: number | undefined },
): void {
  report.quirks.unparsed++;
  report.missing++;
  if (report.unparsedExamples.length < MAX_EXAMPLES) {
    const { row, line } = where;
    report.unparsedExamples.push({ row, cell: copyString(cell), ...(line ? { line } : {}) });
  }
}

/** At most this many raw cells are kept per numeric column for re-typing. */
export const MAX_KEPT_CELLS = 100_000;

/** Raw cells of a numeric column that its numbers cannot give back (see {@link KeptRawCells}). */
export class KeptCells {
  private readonly rows = new GrowableInt32();
  private readonly cells: string[] = [];
  private isComplete = true;

  keep(row: number, cell: string): void {
    if (this.cells.length >= MAX_KEPT_CELLS) {
      this.isComplete = false;
      return;
    }
    this.rows.push(row);
    this.cells.push(copyString(cell));
  }

  finish(): KeptRawCells {
    return { rows: this.rows.toArray(), cells: this.cells, isComplete: this.isComplete };
  }
}

/**
 * A copy of `text` that does not share memory with the chunk it was cut from. V8 makes a slice
 * of 13+ characters a view on its parent string, so a kept level would keep its whole 64 KB
 * chunk alive (a file of unique ids would stay in memory whole). A JSON round trip gives one
 * flat string (about 48 bytes for an 18-character id, 190 ns); `(' ' + s).slice(1)` gives two.
 */
export function copyString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
