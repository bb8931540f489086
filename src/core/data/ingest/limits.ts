/**
 * Limits that keep a hostile or broken file from exhausting a tab's memory. Each error message
 * names the limit it hit. Options may lower them (tests) or raise them.
 */
export interface IngestLimits {
  /** Characters in one cell (1,000,000, about 1 MB of text). */
  maxCellChars: number;
  /** Columns in the header (2,000). */
  maxColumns: number;
}

/** The limits used unless options say otherwise. */
export const DEFAULT_LIMITS: IngestLimits = {
  maxCellChars: 1_000_000,
  maxColumns: 2_000,
};

/** Rows at the top of the file from which column types are inferred. */
export const DEFAULT_SAMPLE_ROWS = 1_000;

/** Bytes (and characters) read before sniffing the encoding and detecting the separator. */
export const SNIFF_LENGTH = 64 * 1024;

/**
 * Byte chunks (a browser's file stream hands over up to 1 MB and more) are cut to at most this
 * size before decoding, to bound the strings made: small strings die young, in V8's young
 * generation, instead of being promoted as large objects.
 */
export const MAX_DECODE_BYTES = 64 * 1024;

/** Formats a count for a message: `2,000`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
