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
import type { CodedColumnType } from './table';

const STRAY_SPACES = 1;
const PLACEHOLDER = 2;
/** Lookup entries hold `(code + 1) * 4 + flags`, so an entry below 4 is a missing cell. */
const CODE_UNIT = 4;

/** A column may hold at most this many distinct values (a JS Map holds at most 2²⁴ keys). */
export const MAX_LEVELS = 10_000_000;

/**
 * Builds a dictionary-encoded column (category, text, id, date). Cells are trimmed; empty cells and
 * placeholders (`NA`, `--`) are missing (code -1). A lookup from each distinct raw cell to its code
 * means a repeated cell costs one Map lookup.
 */
export class CodedColumnBuilder implements ColumnBuilder {
  private readonly lookup = new Map<string, number>();
  private readonly levels: string[] = [];
  private readonly codes = new GrowableInt32();
  private readonly report;

  constructor(spec: ColumnSpec) {
    this.report = startReport(spec);
  }

  push(cell: string): void {
    let entry = this.lookup.get(cell);
    if (entry === undefined) entry = this.learn(cell);
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
      entry = this.lookup.get(trimmed) ?? this.addLevel(trimmed);
      entry -= entry % CODE_UNIT;
    }
    entry |= spaces;
    this.lookup.set(copyString(cell), entry);
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
    this.lookup.set(kept, entry);
    return entry;
  }
}
