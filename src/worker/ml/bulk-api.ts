import type { ColumnMapping } from '../../core/bulk/column-matching';
import type { PriceSummary } from '../../core/bulk/price-summary';
import type { RowIssue } from '../../core/bulk/run-tally';
import type { SignatureInput } from '../../core/model/signature';

export type { RowIssue };

/** File formats bulk scoring reads and writes (XLSX in gives XLSX out). */
export type SpreadsheetFormat = 'csv' | 'xlsx';

/** Limits the page states plainly before a run. */
export interface BulkLimits {
  /** XLSX files are read whole in memory: larger ones are refused (save as CSV, which streams). */
  xlsxMaxBytes: number;
  /** Unpacked size an XLSX may declare (guards against zip bombs). */
  xlsxMaxUnpackedBytes: number;
  /** Output kept in memory for a download (when no save picker is used and not on disk). */
  downloadMaxBytes: number;
  /**
   * Whether a download is written to the browser's private storage as it is scored (memory
   * stays small; the storage quota is the limit) rather than kept in memory.
   */
  downloadOnDisk: boolean;
}

/** The model the heavy worker prices with: the active version, loaded by the worker itself. */
export interface BulkModel {
  version: number;
  name: string;
  target: string;
  inputs: SignatureInput[];
}

/** What the worker found in a dropped file, before anything runs. */
export interface FileInspection {
  fileName: string;
  sizeBytes: number;
  format: SpreadsheetFormat;
  /** XLSX: every sheet, in workbook order. CSV: empty. */
  sheets: string[];
  /** The sheet read (XLSX), or null (CSV). */
  sheet: string | null;
  /** CSV separator as found (`,`, `;`, tab, `|`), or null for XLSX. */
  delimiter: string | null;
  header: string[];
  /** The first rows under the header, as text. */
  previewRows: string[][];
  /** Matched by name (case, spaces and punctuation ignored); the person may change it. */
  mapping: ColumnMapping;
  model: BulkModel;
  limits: BulkLimits;
}

/** An inspection, or why the file cannot be scored (a message for the person). */
export type InspectResult =
  { ok: true; inspection: FileInspection } | { ok: false; message: string };

/**
 * Where the output goes: kept as a Blob for a download, or written as produced into a file the
 * person picked (File System Access API; memory stays bounded whatever the file's size).
 */
export type OutputTarget = { kind: 'download' } | { kind: 'file'; handle: FileSystemFileHandle };

/** One bulk run. */
export interface BulkRequest {
  runId: string;
  file: File;
  /** XLSX: the sheet to score (null for the first). CSV: null. */
  sheet: string | null;
  mapping: ColumnMapping;
  output: OutputTarget;
}

/** Sent at most every ~200 ms while a run streams, and once at the end. */
export interface BulkProgress {
  runId: string;
  rowsDone: number;
  rowsScored: number;
  rowsWithErrors: number;
  /** Share of the file read, 0–1. */
  fraction: number;
  elapsedMs: number;
  rowsPerSecond: number;
  /** Estimated time left, or null before there is a rate. */
  etaMs: number | null;
}

/** What a finished run reports. */
export interface BulkSummary {
  modelVersion: number;
  /** Threads that scored big batches: this worker plus tree helper threads. */
  threads: number;
  format: SpreadsheetFormat;
  rows: number;
  scored: number;
  errors: number;
  /** Priced rows that carry a note (unseen level, number outside the training range). */
  noted: number;
  elapsedMs: number;
  rowsPerSecond: number;
  prices: PriceSummary;
  /** The first few error and note rows. */
  errorSamples: RowIssue[];
  noteSamples: RowIssue[];
  outputHeader: string[];
  /** The first output rows, as text. */
  previewRows: string[][];
}

/** How a run ended. `output` is the file to download (download target), else null. */
export type BulkResult = (
  | {
      status: 'done';
      summary: BulkSummary;
      output: Blob | null;
      outputName: string;
      outputBytes: number;
    }
  | { status: 'cancelled'; rowsDone: number }
  | { status: 'failed'; message: string; rowsDone: number }
) & {
  /** Set when the run could not be logged for the Monitor page, or the log dropped old runs. */
  logMessage?: string;
};
