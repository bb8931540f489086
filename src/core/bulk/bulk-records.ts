/** Ways a scanned record departs from plain ASCII cells, as bit flags in {@link RecordTable.flags}. */
export const RECORD_FLAG = {
  /** Some cell was quoted (its content range excludes the quotes). */
  quoted: 1,
  /** Some quoted cell holds `""` (an escaped quote). */
  escaped: 2,
  /** Some byte is not ASCII (the record's text must be decoded). */
  nonAscii: 4,
  /** A CR or LF that is not the file's line break sits inside an unquoted cell. */
  looseBreak: 8,
  /** Some cell starts with a character that may make a spreadsheet run it as a formula. */
  riskyStart: 16,
} as const;

/**
 * First bytes of cells that may make a spreadsheet run them as a formula: `=`, `+`, `-`, `@`, tab,
 * space and the lead byte of U+00A0 (see `formula-escape.ts`, which has the final say).
 */
export const RISKY_FIRST_BYTES: readonly number[] = [9, 32, 43, 45, 61, 64, 0xc2];

/**
 * Records found in a window of bytes, column by column so nothing is allocated per record.
 * Record `r` spans bytes `[starts[r], ends[r])` (its line break excluded) and has
 * `cellCounts[r]` cells; cell `c` of it is number `firstCell[r] + c`, whose content is bytes
 * `[cellStarts[k], cellEnds[k])` (inside the quotes for a quoted cell). The arrays grow as
 * needed and are reused from window to window; only the first `count` records are valid.
 */
export interface RecordTable {
  count: number;
  cellTotal: number;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  firstCell: Int32Array;
  cellCounts: Int32Array;
  cellStarts: Int32Array;
  cellEnds: Int32Array;
}

/** An empty table with room for `records` records of ~16 cells before it grows. */
export function createRecordTable(records = 1024): RecordTable {
  return {
    count: 0,
    cellTotal: 0,
    starts: new Int32Array(records),
    ends: new Int32Array(records),
    flags: new Uint8Array(records),
    firstCell: new Int32Array(records),
    cellCounts: new Int32Array(records),
    cellStarts: new Int32Array(records * 16),
    cellEnds: new Int32Array(records * 16),
  };
}

function grown<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(size);
  next.set(array);
  return next;
}

/** Makes room for one more record. */
export function reserveRecord(table: RecordTable): void {
  if (table.count < table.starts.length) return;
  const size = table.starts.length * 2;
  table.starts = grown(table.starts, size);
  table.ends = grown(table.ends, size);
  table.flags = grown(table.flags, size);
  table.firstCell = grown(table.firstCell, size);
  table.cellCounts = grown(table.cellCounts, size);
}

/** Makes room for one more cell. */
export function reserveCell(table: RecordTable): void {
  if (table.cellTotal < table.cellStarts.length) return;
  const size = table.cellStarts.length * 2;
  table.cellStarts = grown(table.cellStarts, size);
  table.cellEnds = grown(table.cellEnds, size);
}

/** True for a record that is one empty cell: a blank line (or a lone `""`). */
export function isBlankRecord(table: RecordTable, record: number): boolean {
  const cell = table.firstCell[record]!;
  return table.cellCounts[record] === 1 && table.cellStarts[cell] === table.cellEnds[cell];
}

/** Scanned records over the bytes they were scanned from. */
export interface ScannedBytes {
  bytes: Uint8Array;
  table: RecordTable;
}

const decoder = new TextDecoder();

/** Cell `column` of `record` as text, unquoted (decoded with U+FFFD for bytes that are not UTF-8). */
export function cellText({ bytes, table }: ScannedBytes, record: number, column: number): string {
  const cell = table.firstCell[record]! + column;
  const text = decoder.decode(bytes.subarray(table.cellStarts[cell], table.cellEnds[cell]));
  return table.flags[record]! & RECORD_FLAG.escaped ? text.replaceAll('""', '"') : text;
}

/** Every cell of `record` as text, as papaparse would give them. */
export function recordCells(scanned: ScannedBytes, record: number): string[] {
  const cells = new Array<string>(scanned.table.cellCounts[record]!);
  for (let c = 0; c < cells.length; c++) cells[c] = cellText(scanned, record, c);
  return cells;
}
