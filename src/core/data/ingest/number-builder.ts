import { NUMBER_QUIRK, readNumberCell } from '../cell-values';
import {
  copyString,
  KeptCells,
  noteUnparsed,
  startReport,
  type BuiltColumn,
  type ColumnBuilder,
  type ColumnSpec,
} from './column-builder';
import { GrowableFloat64 } from './growable';
import type { CellQuirkCounts } from './report';

const NON_FINITE_WORDS = new Set([
  'inf',
  '+inf',
  '-inf',
  'infinity',
  '+infinity',
  '-infinity',
  '∞',
]);

/**
 * Builds a number column: plain cells (`-12.5`) take a fast path; the rest (decimal commas,
 * thousands, currency, ranges, placeholders) are read as `readNumberCell` reads them, counted,
 * and remembered per distinct cell. Missing, unparsed and non-finite cells are NaN.
 */
export class NumberColumnBuilder implements ColumnBuilder {
  private readonly values = new GrowableFloat64();
  private readonly kept = new KeptCells();
  private readonly cache = new Map<string, MessyReading>();
  private readonly report;

  constructor(spec: ColumnSpec) {
    this.report = startReport(spec);
  }

  push(cell: string, line?: number): void {
    const value = cell.length === 0 ? Number.NaN : readPlainNumber(cell);
    if (value === value) this.values.push(value);
    else if (cell.length === 0) this.pushMissing();
    else this.pushMessy(cell, line);
  }

  finish(): BuiltColumn {
    const column = {
      name: this.report.name,
      type: 'number' as const,
      values: this.values.toArray(),
      kept: this.kept.finish(),
    };
    return { column, report: this.report };
  }

  private pushMissing(): void {
    this.values.push(Number.NaN);
    this.report.missing++;
  }

  private pushMessy(cell: string, line: number | undefined): void {
    let reading = this.cache.get(cell);
    if (reading === undefined) {
      reading = readMessyCell(cell);
      if (this.cache.size < MAX_CACHED_CELLS) this.cache.set(copyString(cell), reading);
    }
    const { value, flags } = reading;
    if (flags !== 0) {
      const quirks = this.report.quirks;
      for (const [flag, counter] of FLAG_COUNTERS) if (flags & flag) quirks[counter]++;
    }
    const row = this.values.length;
    if (value === null) {
      this.pushMissing();
    } else if (flags & NON_FINITE) {
      this.kept.keep(row, cell);
      this.pushMissing();
    } else if (Number.isNaN(value)) {
      noteUnparsed(this.report, cell, { row, line });
      this.kept.keep(row, cell);
      this.values.push(Number.NaN);
    } else {
      if (flags & NUMBER_QUIRK.range) this.kept.keep(row, cell);
      this.values.push(value);
    }
  }
}

/** How a cell off the fast path reads: its value (null = missing) and quirk flags. */
interface MessyReading {
  value: number | null;
  flags: number;
}

/** Flags beyond cell-values' NUMBER_QUIRK bits. */
const STRAY_SPACES = 1 << 8;
const NON_FINITE = 1 << 9;
/** Distinct messy cells remembered per column (`--`, `1,6`, `£12500`…). */
const MAX_CACHED_CELLS = 50_000;

/** Quirk flags and the report counters they feed. */
const FLAG_COUNTERS: [number, keyof CellQuirkCounts][] = [
  [NUMBER_QUIRK.decimalComma, 'decimalComma'],
  [NUMBER_QUIRK.thousands, 'thousands'],
  [NUMBER_QUIRK.currency, 'currency'],
  [NUMBER_QUIRK.range, 'range'],
  [NUMBER_QUIRK.placeholder, 'placeholder'],
  [STRAY_SPACES, 'straySpaces'],
  [NON_FINITE, 'nonFinite'],
];

/** Reads a cell that is not a plain decimal: messy conventions, placeholders, non-finite. */
function readMessyCell(cell: string): MessyReading {
  const trimmed = cell.trim();
  const spaces = trimmed.length === cell.length ? 0 : STRAY_SPACES;
  if (NON_FINITE_WORDS.has(trimmed.toLowerCase()))
    return { value: Number.NaN, flags: NON_FINITE | spaces };
  const comma = readDecimalComma(trimmed);
  if (comma === comma) return { value: comma, flags: NUMBER_QUIRK.decimalComma | spaces };
  const { value, quirks } = readNumberCell(trimmed);
  const isInfinite = value !== null && !Number.isNaN(value) && !Number.isFinite(value);
  return { value, flags: quirks | spaces | (isInfinite ? NON_FINITE : 0) };
}

/**
 * `[+-]digits,digits` as a decimal comma (`1,6`, `1234,56`), NaN otherwise. `1,234` is left to
 * `readNumberCell`, which reads one to three digits then three as a thousands separator.
 */
function readDecimalComma(cell: string): number {
  const comma = cell.indexOf(',');
  const decimals = cell.length - comma - 1;
  if (comma < 0 || decimals === 0 || decimals === 3) return Number.NaN;
  const dotted = `${cell.slice(0, comma)}.${cell.slice(comma + 1)}`;
  return dotted.includes(',') ? Number.NaN : readPlainNumber(dotted);
}

/**
 * The value of a plain decimal `[+-]digits[.digits]` (no exponent, no spaces), NaN otherwise.
 * Scanning first lets the common case skip the regular expressions of `readNumberCell`.
 */
export function readPlainNumber(cell: string): number {
  const length = cell.length;
  let at = 0;
  const first = cell.charCodeAt(0);
  if (first === 45 || first === 43) at = 1;
  let digits = 0;
  let hasDot = false;
  for (; at < length; at++) {
    const code = cell.charCodeAt(at);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 46 && !hasDot) hasDot = true;
    else return Number.NaN;
  }
  return digits > 0 ? Number(cell) : Number.NaN;
}
