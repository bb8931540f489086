import { CR, LF, QUOTE } from '../data/csv-bytes';
import {
  createRecordTable,
  isBlankRecord,
  RECORD_FLAG,
  reserveCell,
  RISKY_FIRST_BYTES,
  reserveRecord,
  type RecordTable,
} from './bulk-records';
import type { CsvDialect } from './csv-dialect';

/** Byte classes of the plain-cell loop. */
const ORDINARY = 0;
const SEPARATOR = 1;
const LINE_BYTE = 2;
const QUOTE_BYTE = 3;
const NON_ASCII = 4;
/** Scan outcomes below zero: the record runs past the window, or needs papaparse's rules. */
const INCOMPLETE = -1;
const IRREGULAR = -2;

/** Where a scan stopped. */
export interface ScanResult {
  /** Bytes from here on were not taken into the table: carry them into the next window. */
  keepFrom: number;
  /** Start of a record the scanner leaves to papaparse (a quote in an unusual place), or -1. */
  irregularAt: number;
  /** Start of the record still open at the window's end (the window's end when none is). */
  openFrom: number;
}

/**
 * Splits windows of CSV bytes into records without making a string per cell. It reads what
 * papaparse reads the same way: cells split at the separator, records at the file's line break,
 * a quoted cell (a quote first) ends at a quote followed by the separator or the line break, and
 * `""` inside it is a quote. Anything else that involves a quote (a stray quote in a cell, text
 * after a closing quote, a quote never closed) stops the scan at that record: the caller hands
 * the rest of the window to papaparse, so such files read exactly as before.
 */
export class RecordScanner {
  readonly table: RecordTable = createRecordTable();
  private readonly classes = new Uint8Array(256);
  private readonly isRiskyFirst = new Uint8Array(256);
  private readonly delimiter: number;
  private readonly breakByte: number;
  private readonly isCrlf: boolean;
  private bytes: Uint8Array = new Uint8Array(0);
  private end = 0;
  private isFinal = false;
  private flags = 0;

  constructor(dialect: CsvDialect) {
    this.delimiter = dialect.delimiter.charCodeAt(0);
    this.isCrlf = dialect.linebreak === '\r\n';
    this.breakByte = dialect.linebreak === '\n' ? LF : CR;
    this.classes.fill(NON_ASCII, 128);
    this.classes[LF] = LINE_BYTE;
    this.classes[CR] = LINE_BYTE;
    this.classes[QUOTE] = QUOTE_BYTE;
    this.classes[this.delimiter] = SEPARATOR;
    for (const byte of RISKY_FIRST_BYTES) this.isRiskyFirst[byte] = 1;
    this.isRiskyFirst[this.delimiter] = 0;
  }

  /** Scans `bytes[from, end)`; `isFinal` when the file ends there. Fills {@link table}. */
  scan(bytes: Uint8Array, from: number, end: number, isFinal: boolean): ScanResult {
    this.bytes = bytes;
    this.end = end;
    this.isFinal = isFinal;
    this.table.count = 0;
    this.table.cellTotal = 0;
    let at = from;
    while (at < end) {
      const next = this.scanRecord(at);
      if (next === IRREGULAR) return { keepFrom: at, irregularAt: at, openFrom: end };
      if (next === INCOMPLETE)
        return { keepFrom: this.holdBlankRecords(at), irregularAt: -1, openFrom: at };
      at = next;
    }
    const keepFrom = this.holdBlankRecords(end);
    return { keepFrom: isFinal ? end : keepFrom, irregularAt: -1, openFrom: end };
  }

  /**
   * Takes blank records at the end of the table back out (papaparse's blank lines at the end of
   * a file are not rows; in the middle they are), returning where the first of them starts.
   */
  private holdBlankRecords(stop: number): number {
    const table = this.table;
    let keepFrom = stop;
    while (table.count > 0 && isBlankRecord(table, table.count - 1)) {
      table.count--;
      keepFrom = table.starts[table.count]!;
      table.cellTotal = table.firstCell[table.count]!;
    }
    return keepFrom;
  }

  /** Scans the record at `start`; returns where the next one starts, or a negative outcome. */
  private scanRecord(start: number): number {
    const table = this.table;
    reserveRecord(table);
    const record = table.count;
    table.starts[record] = start;
    table.firstCell[record] = table.cellTotal;
    this.flags = 0;
    let at = start;
    for (;;) {
      reserveCell(table);
      const stop =
        this.bytes[at] === QUOTE && at < this.end ? this.scanQuoted(at) : this.scanPlain(at);
      if (stop < 0) {
        table.cellTotal = table.firstCell[record]!;
        return stop;
      }
      if (stop < this.end && this.bytes[stop] === this.delimiter) {
        at = stop + 1;
        continue;
      }
      table.ends[record] = stop;
      table.flags[record] = this.flags;
      table.cellCounts[record] = table.cellTotal - table.firstCell[record]!;
      table.count++;
      return stop === this.end ? stop : stop + (this.isCrlf ? 2 : 1);
    }
  }

  /** Scans an unquoted cell; returns the index of its separator or line break (or the end). */
  private scanPlain(from: number): number {
    const { bytes, classes, end } = this;
    if (from < end && this.isRiskyFirst[bytes[from]!] === 1) this.flags |= RECORD_FLAG.riskyStart;
    let at = from;
    for (; at < end; at++) {
      const kind = classes[bytes[at]!];
      if (kind === ORDINARY) continue;
      if (kind === SEPARATOR) break;
      if (kind === NON_ASCII) {
        this.flags |= RECORD_FLAG.nonAscii;
        continue;
      }
      if (kind === QUOTE_BYTE) return IRREGULAR;
      const isBreak = this.breakAt(at);
      if (isBreak > 0) break;
      if (isBreak < 0) return INCOMPLETE;
      this.flags |= RECORD_FLAG.looseBreak;
    }
    if (at === end && !this.isFinal) return INCOMPLETE;
    this.pushCell(from, at);
    return at;
  }

  /** Scans a quoted cell opening at `from`; returns the index just past its closing quote. */
  private scanQuoted(from: number): number {
    const { bytes, end } = this;
    this.flags |= RECORD_FLAG.quoted;
    const first = bytes[from + 1]!;
    if (from + 1 < end && (this.isRiskyFirst[first] === 1 || first === LF || first === CR)) {
      this.flags |= RECORD_FLAG.riskyStart;
    }
    let at = from + 1;
    for (;;) {
      const close = bytes.indexOf(QUOTE, at);
      if (close < 0 || close >= end) return this.isFinal ? IRREGULAR : INCOMPLETE;
      if (close + 1 === end) {
        if (!this.isFinal) return INCOMPLETE;
        this.pushCell(from + 1, close);
        return end;
      }
      const next = bytes[close + 1];
      if (next === QUOTE) {
        this.flags |= RECORD_FLAG.escaped;
        at = close + 2;
        continue;
      }
      const isBreak = next === this.delimiter ? 1 : this.breakAt(close + 1);
      if (isBreak < 0) return INCOMPLETE;
      if (isBreak === 0) return IRREGULAR;
      this.pushCell(from + 1, close);
      return close + 1;
    }
  }

  /** 1 when the file's line break starts at `at`, 0 when not, -1 when the window ends too soon. */
  private breakAt(at: number): number {
    const byte = this.bytes[at];
    if (byte !== this.breakByte) return 0;
    if (!this.isCrlf) return 1;
    if (at + 1 < this.end) return this.bytes[at + 1] === LF ? 1 : 0;
    return this.isFinal ? 0 : -1;
  }

  private pushCell(start: number, end: number): void {
    const table = this.table;
    table.cellStarts[table.cellTotal] = start;
    table.cellEnds[table.cellTotal] = end;
    table.cellTotal++;
  }
}
