import type { ColumnType } from '../column-typing';
import type { Delimiter } from './dialect';

/** How many cells of a column were read with each convention (see DESIGN.md, Data rules). */
export interface CellQuirkCounts {
  /** `1,6` read as 1.6. */
  decimalComma: number;
  /** `1,234,567`, `1.234,5` or `1 234`. */
  thousands: number;
  /** A currency sign or word was removed (`R$ 1.500`). */
  currency: number;
  /** `45-65` read as its midpoint 55. */
  range: number;
  /** A placeholder such as `--`, `NA` or `null` read as missing (empty cells are not counted). */
  placeholder: number;
  /** Leading or trailing spaces were trimmed. */
  straySpaces: number;
  /** A boolean read from a word (`True`, `yes`, `нет`). */
  booleanWords: number;
  /** `inf`, `-Infinity`, `1e999`: stored as missing. */
  nonFinite: number;
  /** Present but unreadable as the column's type: stored as missing. */
  unparsed: number;
}

/** A cell quoted in a report: its 0-based data row and, when known, the file line of that row. */
export interface CellExample {
  row: number;
  /** 1-based line of the file where the row starts (the header is line 1); absent after re-typing. */
  line?: number;
  cell: string;
}

/** What ingest did to one column. */
export interface ColumnIngestReport {
  /** The name used from now on (trimmed, made unique). */
  name: string;
  /** The header cell as written in the file. */
  headerName: string;
  type: ColumnType;
  /** The type inferred from the sample; differs from `type` after an override. */
  inferredType: ColumnType;
  /** Missing cells: empty, placeholder, unparsed or non-finite. */
  missing: number;
  quirks: CellQuirkCounts;
  /** Up to five unparsed cells, first ones first. */
  unparsedExamples: CellExample[];
}

/** Rows with one kind of problem: how many, and the file lines of the first ones. */
export interface RowIssue {
  count: number;
  /** 1-based file lines (the header is line 1) of up to the first 20 such rows. */
  lines: number[];
}

/** Everything ingest read on a person's behalf, for the Data page and the dataset version. */
export interface IngestReport {
  rowCount: number;
  columnCount: number;
  byteCount: number;
  /** `utf-8`, `utf-16le`, `utf-16be`, `windows-1251` or `windows-1252`; `text` for text input. */
  encoding: string;
  hasBom: boolean;
  delimiter: Delimiter;
  lineEnding: 'lf' | 'crlf' | 'cr' | 'none';
  /** Empty or repeated header names that were renamed (`column_2`, `price_2`). */
  renamedColumns: { index: number; from: string; to: string }[];
  /** Rows with fewer cells than the header: padded with missing. */
  shortRows: RowIssue;
  /** Rows with extra non-empty cells: the extra cells were dropped. */
  longRows: RowIssue;
  /** Rows whose extra cells were all empty (a trailing separator): dropped silently. */
  trailingEmptyCells: number;
  /** Text after a closing quote (`"a"b`): kept as written. */
  malformedQuotes: RowIssue;
  /** Empty lines, skipped. */
  blankLines: number;
  /** Bytes that were not valid in the detected encoding, read as U+FFFD. */
  replacedCharacters: number;
  /** One per column, in the order of the table's columns. */
  columns: ColumnIngestReport[];
}

/** Zero counts for a new column. */
export function emptyQuirkCounts(): CellQuirkCounts {
  return {
    decimalComma: 0,
    thousands: 0,
    currency: 0,
    range: 0,
    placeholder: 0,
    straySpaces: 0,
    booleanWords: 0,
    nonFinite: 0,
    unparsed: 0,
  };
}

/** An empty issue list that keeps the first `ROW_ISSUE_LINES` lines. */
export function emptyRowIssue(): RowIssue {
  return { count: 0, lines: [] };
}

const ROW_ISSUE_LINES = 20;

/** Counts one more row with the issue, keeping its line if it is among the first ones. */
export function noteRowIssue(issue: RowIssue, line: number): void {
  issue.count++;
  if (issue.lines.length < ROW_ISSUE_LINES) issue.lines.push(line);
}
