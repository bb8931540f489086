import { CR, LF, QUOTE } from '../csv-bytes';
import { cellTooLongError, unclosedQuoteError, type CellPosition } from './ingest-errors';
import {
  RecordCells,
  type LineEndingCounts,
  type RecordSink,
  type TokenizerLimits,
} from './record-cells';
import { countLineBreaks } from './text-helpers';

export type { LineEndingCounts, RecordSink, TokenizerLimits } from './record-cells';

/**
 * A quote-aware CSV tokenizer (RFC 4180: `""` escapes a quote inside a quoted cell, which may
 * hold separators and line breaks) fed text in chunks of any size. Only the unfinished cell is
 * carried from one chunk to the next, so a record may be split anywhere, even inside a quoted
 * line break or between `\r` and `\n`. Records end at `\n`, `\r\n` or `\r`. Cells are handed
 * over as ranges of the text where possible (see {@link RecordCells}), not as strings.
 */
export class CsvTokenizer {
  private readonly cells: RecordCells;
  private count = 0;
  private pending = '';
  private isSkippingLf = false;
  private line = 1;
  private recordLine = 1;
  private isMalformedRecord = false;
  private isAfterDelimiter = false;
  /** Names for error messages, once the header is known. */
  columnNames: readonly string[] = [];
  readonly lineEndings: LineEndingCounts = { lf: 0, crlf: 0, cr: 0 };
  /** Lines of records holding text after a closing quote (`"a"b`), kept as written. */
  readonly malformedQuoteLines: number[] = [];

  constructor(
    private readonly delimiter: number,
    private readonly sink: RecordSink,
    readonly limits: TokenizerLimits,
  ) {
    this.cells = new RecordCells(limits.maxStoredCells);
  }

  /** Tokenizes the next chunk of text. */
  push(text: string): void {
    let rest = text;
    if (this.isSkippingLf && rest.length > 0) {
      this.isSkippingLf = false;
      if (rest.charCodeAt(0) === LF) {
        rest = rest.slice(1);
        this.lineEndings.cr--;
        this.lineEndings.crlf++;
      }
    }
    if (this.pending.length > 0) rest = this.finishPending(rest);
    this.scan(rest, false);
  }

  /**
   * Scans the cell carried over from the last chunk with `text` up to its first `\n`, and
   * returns the rest of `text` to scan. Joining the carried cell to the whole chunk would make
   * V8 copy the chunk into a new string when it is first read (a joined string is flattened).
   */
  private finishPending(text: string): string {
    const cut = text.indexOf('\n') + 1;
    const head = this.pending + (cut > 0 ? text.slice(0, cut) : text);
    this.pending = '';
    if (cut === 0) return head;
    this.scan(head, false);
    const carried = this.pending;
    this.pending = '';
    return carried.length > 0 ? carried + text.slice(cut) : text.slice(cut);
  }

  /** Ends the stream: completes the last record. Throws when a quoted cell is never closed. */
  finish(): void {
    const data = this.pending;
    this.pending = '';
    this.scan(data, true);
    if (this.isAfterDelimiter) this.emitText('');
    if (this.count > 0) this.endRecord();
  }

  private scan(data: string, isFinal: boolean): void {
    const length = data.length;
    this.cells.source = data;
    let at = 0;
    while (at < length) {
      if (this.count === 0) this.recordLine = this.line;
      const end =
        data.charCodeAt(at) === QUOTE
          ? this.readQuoted(data, at, isFinal)
          : this.readPlain(data, at, isFinal);
      if (end < 0) {
        this.keepPending(data.slice(at));
        break;
      }
      at = this.afterCell(data, end);
    }
    // Cells of an unfinished record would point into text that the next chunk replaces.
    if (this.count > 0) this.cells.detach(this.count);
  }

  /** Emits the plain cell starting at `start`; returns the terminator's index, -1 if unfinished. */
  private readPlain(data: string, start: number, isFinal: boolean): number {
    const delimiter = this.delimiter;
    let at = start;
    for (; at < data.length; at++) {
      const code = data.charCodeAt(at);
      if (code === delimiter || code === LF || code === CR) break;
    }
    if (at === data.length && !isFinal) return -1;
    this.emitRange(start, at);
    return at;
  }

  /** Emits the quoted cell starting at `start`; returns the terminator's index, -1 if unfinished. */
  private readQuoted(data: string, start: number, isFinal: boolean): number {
    let from = start + 1;
    let hasEscapes = false;
    let close = data.indexOf('"', from);
    while (close >= 0 && data.charCodeAt(close + 1) === QUOTE) {
      hasEscapes = true;
      from = close + 2;
      close = data.indexOf('"', from);
    }
    if (close < 0 || (close === data.length - 1 && !isFinal)) {
      if (isFinal) this.failUnclosedQuote(data.length - start);
      return -1;
    }
    let end = close + 1;
    const delimiter = this.delimiter;
    for (; end < data.length; end++) {
      const code = data.charCodeAt(end);
      if (code === delimiter || code === LF || code === CR) break;
    }
    if (end === data.length && !isFinal) return -1;
    this.line += countLineBreaks(data, start + 1, close);
    if (!hasEscapes && end === close + 1) {
      this.emitRange(start + 1, close);
      return end;
    }
    let value = data.slice(start + 1, close);
    if (hasEscapes) value = value.replaceAll('""', '"');
    if (end > close + 1) {
      value += data.slice(close + 1, end);
      this.isMalformedRecord = true;
    }
    this.emitText(value);
    return end;
  }

  /** Moves past the terminator at `end`; returns where the next cell starts. */
  private afterCell(data: string, end: number): number {
    if (end >= data.length) return end;
    const code = data.charCodeAt(end);
    if (code === this.delimiter) {
      this.isAfterDelimiter = true;
      return end + 1;
    }
    this.endRecord();
    this.line++;
    if (code === LF) {
      this.lineEndings.lf++;
      return end + 1;
    }
    if (end + 1 < data.length) {
      const isCrlf = data.charCodeAt(end + 1) === LF;
      this.lineEndings[isCrlf ? 'crlf' : 'cr']++;
      return isCrlf ? end + 2 : end + 1;
    }
    this.lineEndings.cr++;
    this.isSkippingLf = true;
    return end + 1;
  }

  /** Emits the cell `source[start, end)`. */
  private emitRange(start: number, end: number): void {
    if (end - start > this.limits.maxCellChars) this.failLongCell(end - start);
    this.isAfterDelimiter = false;
    if (this.count < this.limits.maxStoredCells) this.cells.setRange(this.count, start, end);
    this.count++;
  }

  /** Emits a cell whose value is not a range of the text (unescaped, or empty at the end). */
  private emitText(value: string): void {
    if (value.length > this.limits.maxCellChars) this.failLongCell(value.length);
    this.isAfterDelimiter = false;
    if (this.count < this.limits.maxStoredCells) this.cells.texts[this.count] = value;
    this.count++;
  }

  private endRecord(): void {
    if (this.isMalformedRecord) this.malformedQuoteLines.push(this.recordLine);
    this.isMalformedRecord = false;
    this.sink.record(this.cells, this.count, this.recordLine);
    this.count = 0;
  }

  private keepPending(rest: string): void {
    if (rest.length > this.limits.maxCellChars + 2) this.failLongCell(rest.length);
    this.pending = rest;
  }

  private position(): CellPosition {
    return { columnNames: this.columnNames, column: this.count, line: this.recordLine };
  }

  private failLongCell(length: number): never {
    throw cellTooLongError(this.position(), length, this.limits.maxCellChars);
  }

  private failUnclosedQuote(length: number): never {
    throw unclosedQuoteError(this.position(), length);
  }
}
