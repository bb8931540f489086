import type { Signature } from '../model/signature';
import { ChunkScorer, type BeginPricing } from './bulk-chunk-scorer';
import { readWithPapaparse } from './bulk-fallback';
import { OutputBuffer } from './bulk-output';
import { recordCells, type RecordTable } from './bulk-records';
import { RecordScanner } from './bulk-scanner';
import { ByteWindows, type ByteWindow } from './bulk-windows';
import type { ColumnMapping } from './column-matching';
import { detectCsvDialect, type CsvDialect } from './csv-dialect';
import { DEFAULT_MAX_ROW_CHARS, hasWholeFirstLine, runawayRow } from './csv-stream';
import { createCsvFormatter } from './csv-writer';
import { outputColumnNames, outputHeader } from './output-columns';
import type { ScoredRows } from './run-tally';
import { CONVENTION_SAMPLE_ROWS, createScoringPlan } from './scoring-plan';

/** What a CSV scoring run needs to know before it reads the file. */
export interface CsvScoringSetup {
  signature: Signature;
  /** Model input → column of the file (every input mapped). */
  mapping: ColumnMapping;
  /** Bytes read per slice of the file; 512 KiB by default. */
  sliceBytes?: number;
  /** A row still open after this many bytes means a quote never closes. */
  maxRowChars?: number;
}

/** A chunk of scored rows: their outcomes, and each as output text (for the preview). */
export interface ScoredChunk extends ScoredRows {
  textRow(k: number): string[];
}

/** What a run calls out to: the model, the output and the run's bookkeeping. */
export interface CsvScoringHooks {
  /** Starts pricing a chunk; the run finishes it after reading and checking the next chunk. */
  beginPrice: BeginPricing;
  /** Takes output bytes; the array is reused once the promise settles. */
  write(bytes: Uint8Array): Promise<void>;
  /** After each chunk of rows, with the 1-based data row of its first row. */
  onRows(rows: ScoredChunk, firstRow: number): void;
  /** After each slice of the file, with the bytes read so far. */
  onProgress(bytesRead: number): void;
  isCancelled(): boolean;
}

/** How a run ended, and the output header (null when the file has no header row at all). */
export interface CsvScoringEnd {
  end: 'done' | 'cancelled';
  header: string[] | null;
}

/**
 * Bytes read per slice of the file. Small slices keep what a chunk allocates (the slice, the
 * model's input matrix, prices) small, and the worker's peak memory with it: scoring a 200 MB
 * file in Chromium, the worker grew ~30 MB with 256 KiB slices and ~155 MB with 4 MiB ones.
 * Bigger slices pay the fixed costs of a batch (messages to tree helper threads, network calls)
 * less often: bench peak over baseline 230 / 308 MB and 125k / 144k rows/s at 256 KiB / 1 MiB.
 */
const DEFAULT_SLICE_BYTES = 512 * 1024;
/** Output is handed over in parts of about this size (fewer, larger Blob parts for a download). */
const FLUSH_BYTES = 2 * 1024 * 1024;

/**
 * Streams a CSV file through the model: each slice of the file is split into records in place
 * (see {@link RecordScanner}), checked and priced in one batched call, and written once the next
 * chunk has been read and its pricing started (so helper threads price one chunk while this
 * thread reads the next); memory holds two slices whatever the file's size. The output is the
 * file's rows in order with the price columns appended, in the file's separator, line breaks and
 * BOM, byte for byte what papaparse, the row checks and the CSV formatter give row by row.
 */
export function scoreCsvFile(
  file: Blob,
  setup: CsvScoringSetup,
  hooks: CsvScoringHooks,
): Promise<CsvScoringEnd> {
  return new CsvScoringRun(file, setup, hooks).run();
}

/** A chunk being priced: written once {@link finish} resolves. */
interface PendingChunk {
  scorer: ChunkScorer;
  /** The window its rows came from (its bytes stay valid until the window after next). */
  window: number;
  firstRow: number;
  finish: () => Promise<void>;
}

class CsvScoringRun {
  private readonly windows: ByteWindows;
  private readonly output = new OutputBuffer();
  private readonly maxRowChars: number;
  private dialect: CsvDialect | null = null;
  /** Two scanners, one per window in turn (a pending chunk reads its window's record table). */
  private scanners: [RecordScanner, RecordScanner] | null = null;
  /** Two scorers, one per chunk in turn: one is pending while the other checks. */
  private scorers: [ChunkScorer, ChunkScorer] | null = null;
  private pending: PendingChunk | null = null;
  private window = 0;
  private header: string[] | null = null;
  private nextRow = 0;

  constructor(
    file: Blob,
    private readonly setup: CsvScoringSetup,
    private readonly hooks: CsvScoringHooks,
  ) {
    this.windows = new ByteWindows(file, setup.sliceBytes ?? DEFAULT_SLICE_BYTES);
    this.maxRowChars = setup.maxRowChars ?? DEFAULT_MAX_ROW_CHARS;
  }

  async run(): Promise<CsvScoringEnd> {
    try {
      for (let window = await this.windows.next(); window; window = await this.windows.next()) {
        if (this.hooks.isCancelled()) return { end: 'cancelled', header: this.header };
        await this.scoreWindow(window);
        if (this.output.view().length >= FLUSH_BYTES) await this.flush();
        this.hooks.onProgress(this.windows.bytesRead);
        this.window++;
      }
      await this.finishPending();
    } finally {
      await this.pending?.finish().catch(() => undefined); // cancelled or failed: let it settle
    }
    await this.flush();
    return { end: 'done', header: this.header };
  }

  private async flush(): Promise<void> {
    const bytes = this.output.view();
    if (bytes.length > 0) await this.hooks.write(bytes);
    this.output.reset();
  }

  private async scoreWindow(window: ByteWindow): Promise<void> {
    const { bytes, end, isFinal } = window;
    const scanner = this.scannerFor(window);
    if (!scanner) return this.windows.keep(0);
    const scan = scanner.scan(bytes, 0, end, isFinal);
    const table = scanner.table;
    const rest =
      scan.irregularAt < 0
        ? null
        : readWithPapaparse(bytes, { from: scan.irregularAt, end, isFinal }, this.dialect!);
    const openBytes = rest ? rest.prefix.length + end - rest.keepFrom : end - scan.openFrom;
    if (!isFinal && openBytes > this.maxRowChars) {
      throw runawayRow(this.nextRow + table.count + (rest?.rows.length ?? 0), this.maxRowChars);
    }
    await this.scoreRecords(bytes, table);
    if (rest) await this.scoreRows(rest.rows);
    // The other buffer and scanner are about to be reused: a chunk from there is written first.
    if (this.pending && this.pending.window < this.window) await this.finishPending();
    this.windows.keep(rest ? rest.keepFrom : scan.keepFrom, rest?.prefix);
  }

  /** This window's scanner, once the first line is in to tell the dialect; null while it is not. */
  private scannerFor({ bytes, end, isFinal }: ByteWindow): RecordScanner | null {
    if (this.scanners) return this.scanners[this.window % 2]!;
    const text = new TextDecoder().decode(bytes.subarray(0, end), { stream: !isFinal });
    if (!isFinal && !hasWholeFirstLine(text)) {
      if (end > this.maxRowChars) throw runawayRow(0, this.maxRowChars);
      return null;
    }
    const dialect = detectCsvDialect(text, this.windows.hasBom);
    this.dialect = dialect;
    this.scanners = [new RecordScanner(dialect), new RecordScanner(dialect)];
    return this.scanners[this.window % 2]!;
  }

  /** Takes the header row: the plan, the output header (written first) and the scorer. */
  private start(rawHeader: string[], sample: string[][]): void {
    const { signature, mapping } = this.setup;
    const dialect = this.dialect!;
    const names = outputColumnNames(rawHeader, signature.target.name);
    const plan = createScoringPlan(
      signature,
      mapping,
      rawHeader.map((name) => name.trim()),
      sample,
    );
    this.header = outputHeader(rawHeader, names);
    const formatter = createCsvFormatter(dialect.delimiter);
    const layout = { plan, formatter, delimiter: dialect.delimiter, linebreak: dialect.linebreak };
    this.scorers = [new ChunkScorer(layout, this.output), new ChunkScorer(layout, this.output)];
    this.output.text((dialect.hasBom ? '\uFEFF' : '') + formatter.row(this.header));
    this.output.text(dialect.linebreak);
    this.nextRow = 1;
  }

  private async scoreRecords(bytes: Uint8Array, table: RecordTable): Promise<void> {
    let first = 0;
    if (!this.scorers && table.count > 0) {
      const scanned = { bytes, table };
      const sampled = Math.min(table.count, CONVENTION_SAMPLE_ROWS + 1);
      const sample = Array.from({ length: sampled - 1 }, (_, k) => recordCells(scanned, k + 1));
      this.start(recordCells(scanned, 0), sample);
      first = 1;
    }
    if (!this.scorers || table.count <= first) return;
    const scorer = this.freeScorer();
    scorer.checkRecords(bytes, table, first);
    await this.beginChunk(scorer);
  }

  private async scoreRows(rows: string[][]): Promise<void> {
    let body = rows;
    if (!this.scorers && rows.length > 0) {
      this.start(rows[0]!, rows.slice(1, CONVENTION_SAMPLE_ROWS + 1));
      body = rows.slice(1);
    }
    if (!this.scorers || body.length === 0) return;
    const scorer = this.freeScorer();
    scorer.checkRows(body);
    await this.beginChunk(scorer);
  }

  /** The scorer no pending chunk holds. */
  private freeScorer(): ChunkScorer {
    const [a, b] = this.scorers!;
    return this.pending?.scorer === a ? b : a;
  }

  /** Starts pricing the chunk in `scorer`, then finishes and writes the one before it. */
  private async beginChunk(scorer: ChunkScorer): Promise<void> {
    const finish = scorer.beginPrice(this.hooks.beginPrice);
    const chunk = { scorer, window: this.window, firstRow: this.nextRow, finish };
    this.nextRow += scorer.count;
    await this.finishPending();
    this.pending = chunk;
  }

  /** Waits for the pending chunk's prices and writes its rows. */
  private async finishPending(): Promise<void> {
    const chunk = this.pending;
    if (!chunk) return;
    this.pending = null;
    await chunk.finish();
    chunk.scorer.write();
    this.hooks.onRows(chunk.scorer, chunk.firstRow);
  }
}
