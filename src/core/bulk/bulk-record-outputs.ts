import { CR, LF, QUOTE } from '../data/csv-bytes';
import type { OutputBuffer } from './bulk-output';
import { cellText, RECORD_FLAG, RISKY_FIRST_BYTES, type ScannedBytes } from './bulk-records';
import { isFormulaRisk } from './formula-escape';

/** First bytes of cell contents that may be formulas (a quoted cell may also start with CR or LF). */
const isRiskyFirst = new Uint8Array(256);
for (const byte of [...RISKY_FIRST_BYTES, LF, CR]) isRiskyFirst[byte] = 1;

/** How a record's cells reach the output. */
export const OUTPUT_MODE = {
  /** Through the CSV formatter, as text (odd widths, stray line breaks, formulas, bad UTF-8). */
  text: 0,
  /** As the record's own bytes. */
  raw: 1,
  /** Cell by cell from the bytes: quotes kept only where the formatter would put them. */
  cells: 2,
} as const;

/**
 * Tells how each record can be written so the output is what the CSV formatter would write for
 * its cells: as its own bytes when no cell is quoted, cell by cell when some are, and as text
 * when it has a different width than the header, a stray line break, bytes that are not UTF-8,
 * or a cell a spreadsheet could run as a formula. Records not written as text also have cells
 * whose bytes are what papaparse gives, so their model cells can be read straight from bytes.
 */
export class RecordOutputs {
  private readonly strictDecoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    private readonly width: number,
    private readonly delimiter: number,
  ) {}

  /** The {@link OUTPUT_MODE} of `record`. */
  modeOf(scanned: ScannedBytes, record: number): number {
    const table = scanned.table;
    if (table.cellCounts[record] !== this.width) return OUTPUT_MODE.text;
    const flags = table.flags[record]!;
    if (flags === 0) return OUTPUT_MODE.raw;
    if (flags & RECORD_FLAG.looseBreak) return OUTPUT_MODE.text;
    if (flags & RECORD_FLAG.nonAscii && !this.isUtf8(scanned, record)) return OUTPUT_MODE.text;
    if (flags & RECORD_FLAG.riskyStart && this.hasFormulaCell(scanned, record)) {
      return OUTPUT_MODE.text;
    }
    return flags & RECORD_FLAG.quoted ? OUTPUT_MODE.cells : OUTPUT_MODE.raw;
  }

  /** Writes a record of mode `cells`: each cell's content, quoted (as in the file) if it must be. */
  writeCells(output: OutputBuffer, { bytes, table }: ScannedBytes, record: number): void {
    const first = table.firstCell[record]!;
    const recordStart = table.starts[record]!;
    for (let c = 0; c < table.cellCounts[record]!; c++) {
      if (c > 0) output.byte(this.delimiter);
      const start = table.cellStarts[first + c]!;
      const end = table.cellEnds[first + c]!;
      const isQuoted = start > recordStart && bytes[start - 1] === QUOTE;
      if (isQuoted && this.needsQuotes(bytes, start, end)) output.copy(bytes, start - 1, end + 1);
      else output.copy(bytes, start, end);
    }
  }

  /** As the formatter decides: a quote, a line break or the separator (escaped `""` kept as is). */
  private needsQuotes(bytes: Uint8Array, start: number, end: number): boolean {
    for (let at = start; at < end; at++) {
      const code = bytes[at];
      if (code === QUOTE || code === LF || code === CR || code === this.delimiter) return true;
    }
    return false;
  }

  private isUtf8({ bytes, table }: ScannedBytes, record: number): boolean {
    try {
      this.strictDecoder.decode(bytes.subarray(table.starts[record], table.ends[record]));
      return true;
    } catch {
      return false;
    }
  }

  private hasFormulaCell(scanned: ScannedBytes, record: number): boolean {
    const { bytes, table } = scanned;
    const first = table.firstCell[record]!;
    for (let c = 0; c < table.cellCounts[record]!; c++) {
      const start = table.cellStarts[first + c]!;
      if (start === table.cellEnds[first + c] || isRiskyFirst[bytes[start]!] !== 1) continue;
      if (isFormulaRisk(cellText(scanned, record, c))) return true;
    }
    return false;
  }
}
