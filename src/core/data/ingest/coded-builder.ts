import { AppError } from '../../../lib/errors';
import { isMissingCell } from '../cell-values';
import {
  copyString,
  startReport,
  type BuiltColumn,
  type ColumnBuilder,
  type ColumnSpec,
} from './column-builder';
import { GrowableInt32 } from './growable';
import { RangeTable } from './range-table';
import type { CodedColumnType } from './table';

const STRAY_SPACES = 1;
const PLACEHOLDER = 2;
/** Lookup entries hold `(code + 1) * 4 + flags`, so an entry below 4 is a missing cell. */
const CODE_UNIT = 4;

/** A column may hold at most this many distinct values. */
export const MAX_LEVELS = 10_000_000;

/**
 * Builds a dictionary-encoded column (category, text, id, date). Cells are trimmed; empty cells and
 * placeholders (`NA`, `--`) are missing (code -1). A lookup from each distinct raw cell to its code
 * means a repeated cell costs one hash-table lookup, made on the cell's range of the text without
 * cutting it out as a string.
 */
export class CodedColumnBuilder implements ColumnBuilder {
  /** Raw cells and trimmed levels → `(code + 1) * 4 + flags`. */
  private readonly lookup = new RangeTable();
  private readonly levels: string[] = [];
  private readonly codes = new GrowableInt32();
  private readonly report;

  constructor(spec: ColumnSpec) {
    this.report = startReport(spec);
  }

  push(cell: string): void {
    this.pushRange(cell, 0, cell.length);
  }

  pushRange(text: string, start: number, end: number): void {
    let entry = this.lookup.get(text, start, end);
    if (entry < 0) entry = this.learn(text.slice(start, end));
    this.codes.push((entry >> 2) - 1);
    if (entry < CODE_UNIT) this.report.missing++;
    if (entry & STRAY_SPACES) this.report.quirks.straySpaces++;
    if (entry & PLACEHOLDER) this.report.quirks.placeholder++;
  }

  finish(): BuiltColumn {
    const column = {
      name: this.report.name,
      type: this.report.type as CodedColumnType,
      codes: this.codes.toArray(),
      levels: this.levels,
    };
    return { column, report: this.report };
  }

  private learn(cell: string): number {
    const trimmed = cell.trim();
    const spaces = trimmed.length === cell.length ? 0 : STRAY_SPACES;
    let entry: number;
    if (isMissingCell(trimmed)) {
      entry = trimmed === '' ? 0 : PLACEHOLDER;
    } else {
      entry = this.lookup.get(trimmed, 0, trimmed.length);
      if (entry < 0) entry = this.addLevel(trimmed);
      entry -= entry % CODE_UNIT;
    }
    entry |= spaces;
    if (spaces !== 0 || entry < CODE_UNIT) this.lookup.add(copyString(cell), entry);
    return entry;
  }

  private addLevel(level: string): number {
    if (this.levels.length >= MAX_LEVELS) {
      throw new AppError(
        'CSV_PARSE',
        `Column "${this.report.name}" has more than ${MAX_LEVELS.toLocaleString('en-US')} ` +
          'distinct values (the limit per column).',
      );
    }
    const kept = copyString(level);
    this.levels.push(kept);
    const entry = this.levels.length * CODE_UNIT;
    this.lookup.add(kept, entry);
    return entry;
  }
}
