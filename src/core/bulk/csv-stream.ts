import Papa from 'papaparse';
import { AppError } from '../../lib/errors';
import { detectCsvDialect, firstLineEnd, type CsvDialect } from './csv-dialect';

/** Rows parsed from one slice of a CSV file. */
export interface CsvChunk {
  /** Raw cells; the file's first row (the header) is row 0 of the first chunk. */
  rows: string[][];
  /** 0-based index, within the file, of `rows[0]`. */
  firstRow: number;
  /** Bytes of the file read so far (for progress). */
  bytesRead: number;
  dialect: CsvDialect;
}

/** Options for {@link readCsvChunks}. */
export interface CsvStreamOptions {
  /** Bytes read per slice of the file; 4 MiB by default. */
  chunkBytes?: number;
  /** A row still open after this many characters means a quote never closes. */
  maxRowChars?: number;
}

const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
/** A row still open after this many characters is refused (see {@link runawayRow}). */
export const DEFAULT_MAX_ROW_CHARS = 8 * 1024 * 1024;

/** True once the first line and the character after its break are in (to tell CR from CRLF). */
export const hasWholeFirstLine = (text: string): boolean => {
  const end = firstLineEnd(text);
  return end >= 0 && end < text.length - 1;
};

const isBlankRow = (row: readonly string[]): boolean => row.length === 1 && row[0] === '';

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Streams a CSV file as chunks of rows, holding one slice and one unfinished row in memory.
 *
 * Why not `Papa.parse(file, { chunk })`: papaparse's file streamer decodes each byte slice on its
 * own, which breaks a multi-byte UTF-8 character cut at a slice boundary. Here one streaming
 * `TextDecoder` decodes the slices, and papaparse's `Parser` parses the text, leaving the last,
 * unfinished row for the next slice. Blank lines inside the file come out as `['']` rows (so no
 * row is lost and row numbers stay true); blank lines at the very end are not rows and are dropped.
 */
export async function* readCsvChunks(
  file: Blob,
  options: CsvStreamOptions = {},
): AsyncGenerator<CsvChunk, void, undefined> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const maxRowChars = options.maxRowChars ?? DEFAULT_MAX_ROW_CHARS;
  const decoder = new TextDecoder('utf-8');
  let state: { dialect: CsvDialect; parser: Papa.Parser } | null = null;
  let offset = 0;
  let pending = '';
  let heldBlankRows = 0;
  let hasBom = false;
  let nextRow = 0;
  while (offset < file.size) {
    const bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
    if (offset === 0) hasBom = hasUtf8Bom(bytes);
    offset = Math.min(file.size, offset + chunkBytes);
    const isLast = offset >= file.size;
    const text = pending + decoder.decode(bytes, { stream: !isLast });
    if (!state && !isLast && !hasWholeFirstLine(text)) {
      pending = text;
      if (pending.length > maxRowChars) throw runawayRow(0, maxRowChars);
      continue;
    }
    if (!state) {
      const dialect = detectCsvDialect(text, hasBom);
      const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.linebreak });
      state = { dialect, parser };
    }
    const result = state.parser.parse(text, 0, !isLast) as Papa.ParseResult<string[]>;
    pending = isLast ? '' : text.slice(result.meta.cursor);
    const rows = settleBlankRows(result.data, heldBlankRows, isLast);
    heldBlankRows = rows.held;
    if (pending.length > maxRowChars) throw runawayRow(nextRow + rows.rows.length, maxRowChars);
    if (rows.rows.length === 0 && !isLast) continue;
    yield { rows: rows.rows, firstRow: nextRow, bytesRead: offset, dialect: state.dialect };
    nextRow += rows.rows.length;
  }
}

/**
 * Puts blank rows held back from the previous slice in front, and holds back this slice's
 * trailing blank rows until a non-blank row follows (at the end of the file they are dropped).
 */
function settleBlankRows(
  parsed: string[][],
  heldBefore: number,
  isLast: boolean,
): { rows: string[][]; held: number } {
  let end = parsed.length;
  while (end > 0 && isBlankRow(parsed[end - 1]!)) end--;
  const trailing = parsed.length - end;
  if (end === 0) return { rows: [], held: isLast ? 0 : heldBefore + trailing };
  const held = Array.from({ length: heldBefore }, () => ['']);
  const body = end === parsed.length ? parsed : parsed.slice(0, end);
  return { rows: heldBefore > 0 ? held.concat(body) : body, held: isLast ? 0 : trailing };
}

/** The error for row `rowIndex` still open after `maxRowChars` characters (a quote never closed). */
export function runawayRow(rowIndex: number, maxRowChars: number): AppError {
  const limit =
    maxRowChars >= 2 ** 20
      ? `${Math.round(maxRowChars / 2 ** 20)} MB`
      : `${maxRowChars} characters`;
  return new AppError(
    'CSV_PARSE',
    `Row ${rowIndex} runs on for more than ${limit}: a quote (") opens a cell there and never ` +
      'closes. Fix that cell or remove the stray quote.',
  );
}
