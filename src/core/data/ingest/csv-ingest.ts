import { AppError } from '../../../lib/errors';
import type { ColumnType } from '../column-typing';
import { ByteDecoder } from './byte-decoder';
import { ContentHasher, datasetIdOf, TextHasher } from './content-hash';
import { detectDelimiter, type Delimiter } from './dialect';
import { binaryFileError } from './ingest-errors';
import {
  DEFAULT_LIMITS,
  DEFAULT_SAMPLE_ROWS,
  MAX_DECODE_BYTES,
  SNIFF_LENGTH,
  type IngestLimits,
} from './limits';
import type { IngestReport } from './report';
import { describeBinary, sniffEncoding } from './sniff';
import type { DataTable } from './table';
import { TableBuilder } from './table-builder';
import { CsvTokenizer } from './tokenizer';
import { describeLineEnding, joinBytes } from './text-helpers';

/** Choices a person (or a re-ingest) can make; everything is detected when left out. */
export interface IngestOptions {
  /** Column types by column name (after renaming), replacing the inferred types. */
  columnTypes?: Record<string, ColumnType>;
  delimiter?: Delimiter;
  /** Rows at the top used to infer types (1,000). */
  sampleRows?: number;
  limits?: Partial<IngestLimits>;
}

/** A finished ingest: the typed table, what was done to it, and its content id. */
export interface IngestResult {
  table: DataTable;
  report: IngestReport;
  /** FNV-1a 64 of the file's bytes (of the UTF-8 text for text input), 16 hex digits. */
  contentHash: string;
  /** `ds-<contentHash>`: the same file always gets the same id. */
  datasetId: string;
}

/**
 * Incremental CSV ingest: feed byte chunks (`pushBytes`, from `File.stream()`) or text chunks
 * (`pushText`), then `finish()`. Chunks may split rows, quoted cells and characters anywhere.
 * Cells go straight into typed columns (no object per row). Every problem is an `AppError`
 * with code `CSV_PARSE` naming the line, column or limit.
 */
export class CsvIngest {
  private readonly hasher = new ContentHasher();
  private readonly textHasher = new TextHasher(this.hasher);
  private readonly limits: IngestLimits;
  private readonly rows: TableBuilder;
  private sniffed: Uint8Array[] | null = [];
  private sniffedBytes = 0;
  private decoder: ByteDecoder | null = null;
  private mode: 'bytes' | 'text' | null = null;
  private hasBom = false;
  private textSample = '';
  private tokenizer: CsvTokenizer | null = null;
  private delimiter: Delimiter | null = null;

  constructor(private readonly options: IngestOptions = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.rows = new TableBuilder({
      sampleRows: options.sampleRows ?? DEFAULT_SAMPLE_ROWS,
      maxColumns: this.limits.maxColumns,
      columnTypes: options.columnTypes ?? {},
      onHeader: (names) => {
        if (this.tokenizer) this.tokenizer.columnNames = names;
      },
    });
  }

  /** Data rows read so far (for progress). */
  get rowCount(): number {
    return this.rows.rows;
  }

  /** Bytes given so far (for progress against `File.size`). */
  get byteCount(): number {
    return this.hasher.length;
  }

  /** Adds the next bytes of the file. */
  pushBytes(chunk: Uint8Array): void {
    this.useMode('bytes');
    this.hasher.update(chunk);
    if (this.sniffed !== null) {
      this.sniffedBytes += chunk.length;
      const isEnough = this.sniffedBytes >= SNIFF_LENGTH;
      // Kept past this call only while too short: then copied, in case the caller reuses it.
      this.sniffed.push(isEnough ? chunk : chunk.slice());
      if (isEnough) this.startDecoding();
      return;
    }
    for (let at = 0; at < chunk.length; at += MAX_DECODE_BYTES) {
      this.pushDecoded(this.decoder!.decode(chunk.subarray(at, at + MAX_DECODE_BYTES)));
    }
  }

  /** Adds the next text of the file (already decoded). */
  pushText(text: string): void {
    const isFirst = this.mode === null;
    this.useMode('text');
    this.textHasher.update(text);
    let rest = text;
    if (isFirst && rest.charCodeAt(0) === 0xfeff) {
      this.hasBom = true;
      rest = rest.slice(1);
    }
    if (this.textSample.length < SNIFF_LENGTH) {
      const at = rest.indexOf('\0');
      if (at >= 0 && this.textSample.length + at < SNIFF_LENGTH)
        throw binaryFileError('it contains a NUL character');
    }
    this.pushDecoded(rest);
  }

  /** Ends the file and returns the table; throws `CSV_PARSE` for an empty or broken file. */
  finish(): IngestResult {
    if (this.mode !== 'text') {
      if (this.sniffedBytes === 0 && this.decoder === null) {
        throw new AppError('CSV_PARSE', 'The file is empty (0 bytes).');
      }
      if (this.sniffed !== null) this.startDecoding();
      this.pushDecoded(this.decoder!.flush());
    }
    this.textHasher.flush();
    if (this.tokenizer === null) this.startTokenizing(true);
    this.tokenizer!.finish();
    const built = this.rows.finish();
    const contentHash = this.hasher.digest();
    const { table, columns, ...rowIssues } = built;
    const report: IngestReport = {
      rowCount: table.rowCount,
      columnCount: table.columns.length,
      byteCount: this.hasher.length,
      encoding: this.decoder?.encoding ?? 'text',
      hasBom: this.hasBom,
      delimiter: this.delimiter ?? ',',
      lineEnding: describeLineEnding(this.tokenizer!.lineEndings),
      ...rowIssues,
      malformedQuotes: {
        count: this.tokenizer!.malformedQuoteLines.length,
        lines: this.tokenizer!.malformedQuoteLines.slice(0, 20),
      },
      replacedCharacters: this.decoder?.replacedCharacters ?? 0,
      columns,
    };
    return { table, report, contentHash, datasetId: datasetIdOf(contentHash) };
  }

  private useMode(mode: 'bytes' | 'text'): void {
    if (this.mode !== null && this.mode !== mode) {
      throw new Error('CsvIngest takes either bytes or text, not both.');
    }
    this.mode = mode;
  }

  /** Sniffs the encoding and binary content on the first bytes, then decodes them. */
  private startDecoding(): void {
    const bytes = joinBytes(this.sniffed!, this.sniffedBytes);
    this.sniffed = null;
    const { encoding, bomLength } = sniffEncoding(bytes);
    const binary = describeBinary(bytes.subarray(0, SNIFF_LENGTH), encoding);
    if (binary !== null) throw binaryFileError(binary);
    this.hasBom = bomLength > 0;
    this.decoder = new ByteDecoder(encoding);
    const body = bytes.subarray(bomLength);
    for (let at = 0; at < body.length; at += MAX_DECODE_BYTES) {
      this.pushDecoded(this.decoder.decode(body.subarray(at, at + MAX_DECODE_BYTES)));
    }
  }

  private pushDecoded(text: string): void {
    if (this.tokenizer !== null) return this.tokenizer.push(text);
    this.textSample += text;
    if (this.textSample.length >= SNIFF_LENGTH) this.startTokenizing(false);
  }

  private startTokenizing(isWhole: boolean): void {
    const sample = this.textSample;
    this.textSample = '';
    const head = sample.slice(0, SNIFF_LENGTH);
    const isHeadWhole = isWhole && head.length === sample.length;
    this.delimiter = this.options.delimiter ?? detectDelimiter(head, isHeadWhole);
    this.tokenizer = new CsvTokenizer(this.delimiter.charCodeAt(0), this.rows, {
      maxCellChars: this.limits.maxCellChars,
      maxStoredCells: this.limits.maxColumns + 64,
    });
    this.tokenizer.push(sample);
  }
}
