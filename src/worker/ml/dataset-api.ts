import type { ColumnType } from '../../core/data/column-typing';
import type { Delimiter } from '../../core/data/ingest';
import type { DatasetMeta } from '../../storage/datasets';

export type { DatasetMeta };

/** One CSV upload. Everything left out is detected. */
export interface IngestRequest {
  runId: string;
  file: File;
  delimiter?: Delimiter;
  /** Types a person chose, by column name, applied while reading. */
  columnTypes?: Record<string, ColumnType>;
}

/** Where an ingest is: reading the file, profiling the table, or storing it. */
export type IngestPhase = 'reading' | 'profiling' | 'saving';

/** Sent at most every ~200 ms while a file is read, and at each phase change. */
export interface IngestProgressEvent {
  runId: string;
  phase: IngestPhase;
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  elapsedMs: number;
  rowsPerSecond: number;
  /** File megabytes (2^20 bytes) read per second. */
  megabytesPerSecond: number;
}

/** Time spent in each phase of an ingest, in milliseconds. */
export interface IngestTimings {
  readMs: number;
  profileMs: number;
  saveMs: number;
  totalMs: number;
}

/**
 * How an upload ended: the stored dataset version (`isNew` false when the same file was already
 * stored: nothing was written), cancelled, or why it failed (a message naming row, column or limit).
 */
export type IngestOutcome =
  | { status: 'done'; dataset: DatasetMeta; isNew: boolean; timings: IngestTimings }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** A person's change of one column's type. */
export interface ColumnTypeChange {
  datasetId: string;
  column: string;
  type: ColumnType;
}

/** A dataset after a change, or why the change was refused (the stored version is untouched). */
export type DatasetUpdate = { ok: true; dataset: DatasetMeta } | { ok: false; message: string };
