import { isMissingCell, parseBooleanCell } from '../cell-values';
import {
  KeptCells,
  noteUnparsed,
  startReport,
  type BuiltColumn,
  type ColumnBuilder,
  type ColumnSpec,
} from './column-builder';
import { GrowableFloat64 } from './growable';

/** What a raw cell means in a boolean column (low two bits), plus flags; cached per cell. */
const FALSE = 0;
const TRUE = 1;
const MISSING = 2;
const UNPARSED = 3;
const WORD = 4;
const STRAY_SPACES = 8;
const PLACEHOLDER = 16;
const MAX_CACHED_CELLS = 1000;

/**
 * Builds a boolean column as 1/0 with NaN for missing. Reads words (`True`, `yes`, `нет`, counted
 * as boolean words) and `1`/`0`; anything else is unparsed, kept raw and missing.
 */
export class BooleanColumnBuilder implements ColumnBuilder {
  private readonly values = new GrowableFloat64();
  private readonly kept = new KeptCells();
  private readonly cache = new Map<string, number>();
  private readonly report;

  constructor(spec: ColumnSpec) {
    this.report = startReport(spec);
  }

  push(cell: string, line?: number): void {
    let entry = this.cache.get(cell);
    if (entry === undefined) {
      entry = readBooleanCell(cell);
      if (this.cache.size < MAX_CACHED_CELLS) this.cache.set(cell, entry);
    }
    const reading = entry & 3;
    const quirks = this.report.quirks;
    if (entry & WORD) quirks.booleanWords++;
    if (entry & STRAY_SPACES) quirks.straySpaces++;
    if (entry & PLACEHOLDER) quirks.placeholder++;
    if (reading === UNPARSED) {
      const row = this.values.length;
      noteUnparsed(this.report, cell, { row, line });
      this.kept.keep(row, cell);
    } else if (reading === MISSING) {
      this.report.missing++;
    }
    this.values.push(reading <= TRUE ? reading : Number.NaN);
  }

  pushRange(text: string, start: number, end: number, line?: number): void {
    this.push(text.slice(start, end), line);
  }

  finish(): BuiltColumn {
    const column = {
      name: this.report.name,
      type: 'boolean' as const,
      values: this.values.toArray(),
      kept: this.kept.finish(),
    };
    return { column, report: this.report };
  }
}

function readBooleanCell(cell: string): number {
  const trimmed = cell.trim();
  const spaces = trimmed.length === cell.length ? 0 : STRAY_SPACES;
  const word = parseBooleanCell(trimmed);
  if (word !== null) return (word ? TRUE : FALSE) | WORD | spaces;
  if (trimmed === '1' || trimmed === '0') return Number(trimmed) | spaces;
  if (isMissingCell(trimmed)) return MISSING | spaces | (trimmed === '' ? 0 : PLACEHOLDER);
  return UNPARSED | spaces;
}
