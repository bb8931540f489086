import type { RowOutcome } from './output-columns';
import { PriceHistogram, type PriceSummary } from './price-summary';

/** A row that could not be priced or carries a note, for the summary. */
export interface RowIssue {
  /** 1-based data row (header excluded). */
  row: number;
  message: string;
}

/** The counts and samples of a run so far. */
export interface TallySnapshot {
  rows: number;
  scored: number;
  errors: number;
  noted: number;
  errorSamples: RowIssue[];
  noteSamples: RowIssue[];
  previewRows: string[][];
  prices: PriceSummary;
}

/** Outcomes of a chunk of rows, read by index (row `k` of the chunk). */
export interface ScoredRows {
  readonly count: number;
  /** Why row `k` was not priced, or null when it was. */
  error(k: number): string | null;
  /** What to know about row `k`'s price, or null. */
  note(k: number): string | null;
  /** Row `k`'s price, read only when it has no error (NaN leaves it out of the price summary). */
  value(k: number): number;
}

const SAMPLE_LIMIT = 20;
const PREVIEW_LIMIT = 20;

/** Counts a run's rows as chunks of outcomes stream past; memory stays constant. */
export class RunTally {
  private rows = 0;
  private scored = 0;
  private errors = 0;
  private noted = 0;
  private readonly errorSamples: RowIssue[] = [];
  private readonly noteSamples: RowIssue[] = [];
  private readonly previewRows: string[][] = [];
  private readonly histogram: PriceHistogram;

  /** `targetMin`/`targetMax`: the target's training range, which the price bins span. */
  constructor(targetMin: number, targetMax: number) {
    this.histogram = new PriceHistogram(targetMin, targetMax);
  }

  /**
   * Adds a chunk: `outcomes[k]` is data row `firstRow + k` (1-based); `textRow(k)` gives its
   * output row as text, asked for only while the preview is filling.
   */
  add(outcomes: readonly RowOutcome[], firstRow: number, textRow: (k: number) => string[]): void {
    this.addScored(
      {
        count: outcomes.length,
        error: (k) => outcomes[k]!.error,
        note: (k) => outcomes[k]!.note,
        value: (k) => outcomes[k]!.value ?? Number.NaN,
      },
      firstRow,
      textRow,
    );
  }

  /** Like {@link RunTally.add}, for rows kept column by column. */
  addScored(rows: ScoredRows, firstRow: number, textRow: (k: number) => string[]): void {
    for (let k = 0; k < rows.count; k++) {
      const row = firstRow + k;
      if (this.previewRows.length < PREVIEW_LIMIT) this.previewRows.push(textRow(k));
      const error = rows.error(k);
      if (error !== null) {
        this.errors++;
        if (this.errorSamples.length < SAMPLE_LIMIT)
          this.errorSamples.push({ row, message: error });
        continue;
      }
      this.scored++;
      const value = rows.value(k);
      if (!Number.isNaN(value)) this.histogram.add(value);
      const note = rows.note(k);
      if (note !== null) {
        this.noted++;
        if (this.noteSamples.length < SAMPLE_LIMIT) this.noteSamples.push({ row, message: note });
      }
    }
    this.rows += rows.count;
  }

  /** Rows done, priced and refused so far (cheap, for progress). */
  counts(): { rows: number; scored: number; errors: number } {
    return { rows: this.rows, scored: this.scored, errors: this.errors };
  }

  snapshot(): TallySnapshot {
    return {
      rows: this.rows,
      scored: this.scored,
      errors: this.errors,
      noted: this.noted,
      errorSamples: [...this.errorSamples],
      noteSamples: [...this.noteSamples],
      previewRows: [...this.previewRows],
      prices: this.histogram.summary(),
    };
  }
}
