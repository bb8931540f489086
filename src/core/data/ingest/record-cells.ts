/**
 * The cells of one CSV record as the tokenizer hands them over, without a string per cell: a
 * cell is either a range `[starts[j], ends[j])` of `source`, the text being tokenized, or (when
 * its value is not such a range: a quoted cell with `""` escapes or text after its closing
 * quote, or a cell read before the current chunk) its own string in `texts[j]`. Reused for every
 * record: copy what you keep. Holds at most `capacity` cells.
 */
export class RecordCells {
  /** The text that ranged cells point into. */
  source = '';
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** A cell's own text, or null when it is a range of `source`. */
  readonly texts: (string | null)[];

  constructor(readonly capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.texts = new Array<string | null>(capacity).fill(null);
  }

  /** Cell `j`'s text (a new string for a ranged cell). */
  text(j: number): string {
    return this.texts[j] ?? this.source.slice(this.starts[j], this.ends[j]);
  }

  /** The first `count` cells (those stored) as strings. */
  toArray(count: number): string[] {
    return Array.from({ length: Math.min(count, this.capacity) }, (_, j) => this.text(j));
  }

  /** Sets cell `j` to a range of `source`. */
  setRange(j: number, start: number, end: number): void {
    this.starts[j] = start;
    this.ends[j] = end;
    this.texts[j] = null;
  }

  /** Gives the first `count` cells their own strings, before `source` changes under them. */
  detach(count: number): void {
    for (let j = 0; j < Math.min(count, this.capacity); j++) this.texts[j] = this.text(j);
  }
}

/** Receives each record as it completes. */
export interface RecordSink {
  /**
   * Cells `0..count)` of `cells` are the record's cells, unquoted. `cells` is reused for the
   * next record: copy what you keep. Past `maxStoredCells` cells are counted in `count` but not
   * stored. `line` is the 1-based file line where the record starts.
   */
  record(cells: RecordCells, count: number, line: number): void;
}

/** Limits that keep a hostile file from exhausting memory. */
export interface TokenizerLimits {
  maxCellChars: number;
  maxStoredCells: number;
}

/** Record terminators seen outside quotes. */
export interface LineEndingCounts {
  lf: number;
  crlf: number;
  cr: number;
}
