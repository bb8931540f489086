import { AppError } from '../../../lib/errors';
import { hasDecimalComma, writesDotThousands } from '../cell-values';
import { inferColumnType, type ColumnType } from '../column-typing';
import { BooleanColumnBuilder } from './boolean-builder';
import { CodedColumnBuilder } from './coded-builder';
import type { ColumnBuilder, ColumnSpec } from './column-builder';
import { normaliseHeader, type RenamedColumn } from './header';
import { formatCount } from './limits';
import { NumberColumnBuilder } from './number-builder';
import { emptyRowIssue, noteRowIssue, type ColumnIngestReport, type RowIssue } from './report';
import type { DataTable } from './table';
import type { RecordCells } from './record-cells';
import type { RecordSink } from './tokenizer';

/** How the table builder names, types and limits columns. */
export interface TableBuilderOptions {
  sampleRows: number;
  maxColumns: number;
  /** Types chosen by the person, by column name; they replace the inferred ones. */
  columnTypes: Record<string, ColumnType>;
  /** Called once with the final column names. */
  onHeader: (names: readonly string[]) => void;
}

/** The table and the row-level part of the ingest report. */
export interface BuiltTable {
  table: DataTable;
  columns: ColumnIngestReport[];
  renamedColumns: RenamedColumn[];
  shortRows: RowIssue;
  longRows: RowIssue;
  trailingEmptyCells: number;
  blankLines: number;
}

/**
 * Turns records into typed columns. The first record is the header; the next `sampleRows` rows
 * are held as text to infer each column's type, then replayed; after that every cell goes
 * straight into its column. Ragged rows: a short row is padded with missing cells; a long row's
 * extra cells are dropped (only counted when one of them is not empty). Both are reported.
 */
export class TableBuilder implements RecordSink {
  private header: { names: string[]; cells: string[]; renamed: RenamedColumn[] } | null = null;
  private sample: { cells: string[]; count: number; line: number }[] = [];
  private builders: ColumnBuilder[] | null = null;
  private rowCount = 0;
  private readonly shortRows = emptyRowIssue();
  private readonly longRows = emptyRowIssue();
  private trailingEmptyCells = 0;
  private blankLines = 0;

  constructor(private readonly options: TableBuilderOptions) {}

  get rows(): number {
    return this.rowCount + this.sample.length;
  }

  record(cells: RecordCells, count: number, line: number): void {
    if (count === 1 && cells.text(0).trim() === '') {
      this.blankLines++;
    } else if (this.builders !== null) {
      this.pushRow(cells, count, line);
    } else if (this.header === null) {
      this.readHeader(cells.toArray(count), count);
    } else {
      this.sample.push({ cells: cells.toArray(count), count, line });
      if (this.sample.length >= this.options.sampleRows) this.startColumns();
    }
  }

  finish(): BuiltTable {
    if (this.header === null) throw new AppError('CSV_PARSE', 'The file is empty: no header row.');
    if (this.builders === null && this.sample.length === 0) {
      const { names } = this.header;
      const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
      throw new AppError(
        'CSV_PARSE',
        `The file has a header (${names.length} columns: ${shown}) but no data rows.`,
      );
    }
    if (this.builders === null) this.startColumns();
    this.failOnMostlyLongRows();
    const built = this.builders!.map((builder) => builder.finish());
    const { shortRows, longRows, trailingEmptyCells, blankLines } = this;
    return {
      table: { rowCount: this.rowCount, columns: built.map((b) => b.column) },
      columns: built.map((b) => b.report),
      renamedColumns: this.header.renamed,
      ...{ shortRows, longRows, trailingEmptyCells, blankLines },
    };
  }

  private readHeader(cells: readonly string[], count: number): void {
    if (count > this.options.maxColumns) {
      throw new AppError(
        'CSV_PARSE',
        `The header has ${formatCount(count)} columns; the limit is ` +
          `${formatCount(this.options.maxColumns)} columns.`,
      );
    }
    const headerCells = cells.slice(0, count);
    this.header = { cells: headerCells, ...normaliseHeader(headerCells) };
    this.options.onHeader(this.header.names);
  }

  private startColumns(): void {
    const { names, cells: headerCells } = this.header!;
    const columns = names.map((_, j) => this.sample.map((row) => row.cells[j] ?? ''));
    const fileHasDecimalComma = columns.some((cells) => cells.some(hasDecimalComma));
    this.builders = names.map((name, j) => {
      const inferredType = inferColumnType(name, columns[j]!);
      const type = this.options.columnTypes[name] ?? inferredType;
      const dotThousands =
        type === 'number' && writesDotThousands(columns[j]!, fileHasDecimalComma);
      const headerName = headerCells[j]!;
      return createColumnBuilder({ name, headerName, type, inferredType, dotThousands });
    });
    for (const row of this.sample) this.pushSampleRow(row.cells, row.count, row.line);
    this.sample = [];
  }

  private pushSampleRow(cells: readonly string[], count: number, line: number): void {
    const builders = this.builders!;
    const width = builders.length;
    if (count !== width)
      this.noteRaggedRow((k) => cells[k]!, { count, stored: cells.length, line });
    for (let j = 0; j < width; j++) builders[j]!.push(j < count ? cells[j]! : '', line);
    this.rowCount++;
  }

  /** Pushes a row's cells to their columns: ranges of the text where they are, else strings. */
  private pushRow(cells: RecordCells, count: number, line: number): void {
    const builders = this.builders!;
    const width = builders.length;
    if (count !== width) {
      const stored = Math.min(count, cells.capacity);
      this.noteRaggedRow((k) => cells.text(k), { count, stored, line });
    }
    const { source, starts, ends, texts } = cells;
    for (let j = 0; j < width; j++) {
      const builder = builders[j]!;
      const text = j < count ? (texts[j] ?? null) : '';
      if (text !== null) builder.push(text, line);
      else builder.pushRange(source, starts[j]!, ends[j]!, line);
    }
    this.rowCount++;
  }

  private noteRaggedRow(
    cellAt: (k: number) => string,
    { count, stored, line }: { count: number; stored: number; line: number },
  ): void {
    const width = this.builders!.length;
    if (count < width) return noteRowIssue(this.shortRows, line);
    let isLong = stored < count;
    for (let k = width; k < stored && !isLong; k++) isLong = cellAt(k).trim() !== '';
    if (isLong) noteRowIssue(this.longRows, line);
    else this.trailingEmptyCells++;
  }

  /** Most rows wider than the header mean a wrong separator or a header missing names. */
  private failOnMostlyLongRows(): void {
    const { count, lines } = this.longRows;
    if (count < 2 || count * 2 <= this.rowCount) return;
    throw new AppError(
      'CSV_PARSE',
      `${formatCount(count)} of ${formatCount(this.rowCount)} rows have more cells than the ` +
        `header's ${this.builders!.length} (first at lines ${lines.slice(0, 5).join(', ')}). ` +
        'Check the separator and the quoting, or add the missing column names.',
    );
  }
}

/** The builder for a column of the given type. */
export function createColumnBuilder(spec: ColumnSpec): ColumnBuilder {
  if (spec.type === 'number') return new NumberColumnBuilder(spec);
  if (spec.type === 'boolean') return new BooleanColumnBuilder(spec);
  return new CodedColumnBuilder(spec);
}
