import { NUMBER_QUIRK, readNumberCell, type NumberConvention } from '../cell-values';
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
  private readonly convention: NumberConvention;

  constructor(spec: ColumnSpec) {
    this.report = startReport(spec);
    this.convention = { dotThousands: spec.dotThousands === true };
  }

  push(cell: string, line?: number): void {
    this.pushRange(cell, 0, cell.length, line);
  }

  pushRange(text: string, start: number, end: number, line?: number): void {
    const value =
      start === end || (this.convention.dotThousands && hasDot(text, start, end))
        ? Number.NaN
        : readPlainRange(text, start, end);
    if (value === value) this.values.push(value);
    else if (start === end) this.pushMissing();
    else this.pushMessy(text.slice(start, end), line);
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
      reading = readMessyCell(cell, this.convention);
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
function readMessyCell(cell: string, convention: NumberConvention): MessyReading {
  const trimmed = cell.trim();
  const spaces = trimmed.length === cell.length ? 0 : STRAY_SPACES;
  if (NON_FINITE_WORDS.has(trimmed.toLowerCase()))
    return { value: Number.NaN, flags: NON_FINITE | spaces };
  const comma = readDecimalComma(trimmed);
  if (comma === comma) return { value: comma, flags: NUMBER_QUIRK.decimalComma | spaces };
  const { value, quirks } = readNumberCell(trimmed, convention);
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

/** Integers up to here, and every partial sum before them, are exact in a double. */
const MAX_EXACT_MANTISSA = 2 ** 53 - 1;
/** Powers of ten that a double holds exactly (10⁰ … 10²²). */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of a plain decimal `[+-]digits[.digits]` (no exponent, no spaces), NaN otherwise.
 * Scanning first lets the common case skip the regular expressions of `readNumberCell`.
 */
export function readPlainNumber(cell: string): number {
  return readPlainRange(cell, 0, cell.length);
}

/**
 * {@link readPlainNumber} of `text[start, end)` (not empty). The digits are summed as they are
 * scanned: while that integer stays below 2⁵³ it is exact, and so is 10^decimals up to 10²², so
 * one division gives the correctly rounded value, the same double as `Number(cell)` (Clinger's
 * fast path). Longer cells go to `Number`.
 */
function readPlainRange(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  let at = first === 45 || first === 43 ? start + 1 : start;
  let digits = 0;
  let decimals = -1;
  let mantissa = 0;
  for (; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      digits++;
      mantissa = mantissa * 10 + (code - 48);
      if (decimals >= 0) decimals++;
    } else if (code === 46 && decimals < 0) decimals = 0;
    else return Number.NaN;
  }
  if (digits === 0) return Number.NaN;
  if (mantissa > MAX_EXACT_MANTISSA || decimals > 22) return Number(text.slice(start, end));
  const value = decimals > 0 ? mantissa / EXACT_POWERS_OF_TEN[decimals]! : mantissa;
  return first === 45 ? -value : value;
}

/** True when text[start, end) holds a dot. */
function hasDot(text: string, start: number, end: number): boolean {
  const at = text.indexOf('.', start);
  return at >= 0 && at < end;
}
