import Papa from 'papaparse';
import type { CsvDialect } from './csv-dialect';

/** Rows papaparse read from the rest of a window, and what to carry into the next one. */
export interface FallbackRows {
  rows: string[][];
  /** Window bytes from here on are carried (after `prefix`). */
  keepFrom: number;
  /** Text papaparse left unread (blank lines held back, the unfinished row), as UTF-8. */
  prefix: Uint8Array;
}

const isBlankRow = (row: readonly string[]): boolean => row.length === 1 && row[0] === '';

/** Where a trailing, unfinished UTF-8 sequence starts in `bytes[from, end)` (else `end`). */
export function completeUtf8End(bytes: Uint8Array, from: number, end: number): number {
  for (let back = 1; back <= 3 && end - back >= from; back++) {
    const byte = bytes[end - back]!;
    if (byte < 0x80) return end;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? end - back : end;
    }
  }
  return end;
}

/**
 * Reads `bytes[from, end)` with papaparse, as the whole file was read before the byte scanner:
 * the scanner stops at a record whose quotes it does not read the way papaparse does (a stray
 * quote, text after a closing quote), and papaparse's rules decide from there to the window's
 * end. The unfinished last row (unless `isFinal`) and blank rows before it are carried as text.
 */
export function readWithPapaparse(
  bytes: Uint8Array,
  window: { from: number; end: number; isFinal: boolean },
  dialect: CsvDialect,
): FallbackRows {
  const { from, end, isFinal } = window;
  const cut = isFinal ? end : completeUtf8End(bytes, from, end);
  const text = new TextDecoder().decode(bytes.subarray(from, cut));
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.linebreak });
  const result = parser.parse(text, 0, !isFinal) as Papa.ParseResult<string[]>;
  const rows = result.data;
  let blanks = 0;
  while (blanks < rows.length && isBlankRow(rows[rows.length - 1 - blanks]!)) blanks++;
  const kept = blanks > 0 ? rows.slice(0, rows.length - blanks) : rows;
  if (isFinal) return { rows: kept, keepFrom: end, prefix: new Uint8Array(0) };
  const pending = dialect.linebreak.repeat(blanks) + text.slice(result.meta.cursor);
  return { rows: kept, keepFrom: cut, prefix: new TextEncoder().encode(pending) };
}
