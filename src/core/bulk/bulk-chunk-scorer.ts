import type { Frame } from '../data/frame';
import type { Estimates } from '../model/price-estimator';
import { FastCellReader } from './bulk-fast-cells';
import type { OutputBuffer } from './bulk-output';
import { OUTPUT_MODE, RecordOutputs } from './bulk-record-outputs';
import { recordCells, type RecordTable, type ScannedBytes } from './bulk-records';
import type { CsvFormatter } from './csv-writer';
import { appendedTextCells, outputTextRow, type RowOutcome } from './output-columns';
import { checkRow, createColumnStores, toFrame, type ColumnStore } from './row-checks';
import { UNPRICEABLE_ROW } from './row-outcomes';
import type { ScoredRows } from './run-tally';
import type { ScoringPlan } from './scoring-plan';

/** How output rows are written: the plan, the file's separator and line break. */
export interface ChunkLayout {
  plan: ScoringPlan;
  formatter: CsvFormatter;
  delimiter: string;
  linebreak: string;
}

/** Prices a frame of rows in one batched call. */
export type PriceFrame = (frame: Frame) => Promise<Estimates>;

/**
 * Starts pricing a frame of rows in one batched call; the returned function resolves the
 * estimates. Work may run elsewhere meanwhile (helper threads).
 */
export type BeginPricing = (frame: Frame) => () => Promise<Estimates>;

/** A {@link BeginPricing} that does all its work when the estimates are asked for. */
export const deferPricing =
  (price: PriceFrame): BeginPricing =>
  (frame) =>
  () =>
    price(frame);

/**
 * Checks, prices and writes one chunk of rows at a time, in buffers reused from chunk to chunk.
 * Most rows read from bytes are written from their bytes (as they are, or cell by cell when
 * some cells are quoted; see {@link RecordOutputs}) plus the appended columns, with their model
 * cells read straight from bytes when those are plain; every other row takes the text path of
 * the row checks and the CSV formatter, so the output is the same either way. Row `k` of the
 * chunk is read back through {@link ScoredRows} for the run's tally.
 */
export class ChunkScorer implements ScoredRows {
  count = 0;
  private scored = 0;
  private stores: ColumnStore[] = [];
  private scorable = new Int32Array(0);
  private modes = new Uint8Array(0);
  private values = new Float64Array(0);
  private low = new Float64Array(0);
  private high = new Float64Array(0);
  private errors: (string | null)[] = [];
  private notes: (string | null)[] = [];
  private cells: (string[] | null)[] = [];
  private source: (ScannedBytes & { first: number }) | null = null;
  private readonly fast: FastCellReader;
  private readonly outputs: RecordOutputs;
  private readonly delimiterCode: number;
  private readonly breakBytes: number[];

  constructor(
    private readonly layout: ChunkLayout,
    private readonly output: OutputBuffer,
  ) {
    this.fast = new FastCellReader(layout.plan);
    this.outputs = new RecordOutputs(layout.plan.width, layout.delimiter.charCodeAt(0));
    this.delimiterCode = layout.delimiter.charCodeAt(0);
    this.breakBytes = [...layout.linebreak].map((char) => char.charCodeAt(0));
  }

  /** Checks records `[first, table.count)` of a scanned window of `bytes`. */
  checkRecords(bytes: Uint8Array, table: RecordTable, first: number): void {
    this.begin(table.count - first);
    const source = { bytes, table, first };
    this.source = source;
    for (let i = 0; i < this.count; i++) {
      const record = first + i;
      const mode = this.outputs.modeOf(source, record);
      this.modes[i] = mode;
      if (mode !== OUTPUT_MODE.text && this.fast.read(source, record, this.stores, this.scored)) {
        this.scorable[this.scored++] = i;
      } else {
        this.checkCells(i, recordCells(source, record));
      }
    }
  }

  /** Checks rows already split into text cells (read by papaparse). */
  checkRows(rows: readonly string[][]): void {
    this.begin(rows.length);
    this.source = null;
    for (let i = 0; i < rows.length; i++) this.checkCells(i, rows[i]!);
  }

  /**
   * Starts pricing the scorable rows in one call; the returned function takes the estimates in.
   * A price that is not finite and ≥ 0 is an error.
   */
  beginPrice(begin: BeginPricing): () => Promise<void> {
    if (this.scored === 0) return () => Promise.resolve();
    const finish = begin(toFrame(this.layout.plan, this.stores, this.scored));
    return async () => this.takeEstimates(await finish());
  }

  private takeEstimates(estimates: Estimates): void {
    for (let k = 0; k < this.scored; k++) {
      const i = this.scorable[k]!;
      const value = estimates.values[k]!;
      if (!Number.isFinite(value) || value < 0) {
        this.errors[i] = UNPRICEABLE_ROW;
        this.notes[i] = null;
        continue;
      }
      this.values[i] = value;
      this.low[i] = Math.max(0, estimates.low[k]!);
      this.high[i] = estimates.high[k]!;
    }
  }

  /** Writes every row of the chunk, each followed by the file's line break. */
  write(): void {
    for (let i = 0; i < this.count; i++) {
      if (this.modes[i] === OUTPUT_MODE.text) this.output.text(this.textLine(i));
      else this.writeBytes(i);
      for (const code of this.breakBytes) this.output.byte(code);
    }
  }

  error(k: number): string | null {
    return this.errors[k]!;
  }

  note(k: number): string | null {
    return this.notes[k]!;
  }

  value(k: number): number {
    return this.errors[k] === null ? this.values[k]! : Number.NaN;
  }

  /** Row `k`'s output row as text cells (for the preview). */
  textRow(k: number): string[] {
    return outputTextRow(this.rowCells(k), this.layout.plan.width, this.outcome(k));
  }

  private begin(count: number): void {
    if (count > this.scorable.length) this.grow(Math.max(count, this.scorable.length * 2));
    this.count = count;
    this.scored = 0;
    this.errors.fill(null, 0, count);
    this.notes.fill(null, 0, count);
    this.cells.fill(null, 0, count);
    this.modes.fill(OUTPUT_MODE.text, 0, count);
  }

  private grow(capacity: number): void {
    this.stores = createColumnStores(this.layout.plan, capacity);
    this.scorable = new Int32Array(capacity);
    this.modes = new Uint8Array(capacity);
    this.values = new Float64Array(capacity);
    this.low = new Float64Array(capacity);
    this.high = new Float64Array(capacity);
    this.errors = new Array<string | null>(capacity).fill(null);
    this.notes = new Array<string | null>(capacity).fill(null);
    this.cells = new Array<string[] | null>(capacity).fill(null);
  }

  private checkCells(i: number, cells: string[]): void {
    this.cells[i] = cells;
    const check = checkRow(this.layout.plan, cells, this.stores, this.scored);
    this.errors[i] = check.error;
    this.notes[i] = check.note;
    if (check.error === null) this.scorable[this.scored++] = i;
  }

  /** Writes a row read from bytes (mode raw or cells), then its appended cells. */
  private writeBytes(i: number): void {
    const source = this.source!;
    const { bytes, table, first } = source;
    const output = this.output;
    if (this.modes[i] === OUTPUT_MODE.raw) {
      output.copy(bytes, table.starts[first + i]!, table.ends[first + i]!);
    } else {
      this.outputs.writeCells(output, source, first + i);
    }
    if (this.errors[i] !== null || this.notes[i] !== null) {
      output.text(
        this.layout.delimiter + this.layout.formatter.row(appendedTextCells(this.outcome(i))),
      );
      return;
    }
    output.pricedCells(this.delimiterCode, this.values[i]!, this.low[i]!, this.high[i]!);
  }

  private textLine(i: number): string {
    const { plan, formatter, delimiter } = this.layout;
    const cells = this.rowCells(i);
    const outcome = this.outcome(i);
    return cells.length === plan.width
      ? formatter.row(cells) + delimiter + formatter.row(appendedTextCells(outcome))
      : formatter.row(outputTextRow(cells, plan.width, outcome));
  }

  private rowCells(i: number): string[] {
    const cells = this.cells[i];
    if (cells) return cells;
    const source = this.source!;
    return recordCells(source, source.first + i);
  }

  private outcome(i: number): RowOutcome {
    const error = this.errors[i]!;
    if (error !== null) return { value: null, low: null, high: null, error, note: null };
    return {
      value: this.values[i]!,
      low: this.low[i]!,
      high: this.high[i]!,
      error,
      note: this.notes[i]!,
    };
  }
}
