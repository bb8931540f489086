import type { ColumnType } from '../core/data/column-typing';
import type { IngestReport } from '../core/data/ingest/report';
import type { EdaReport } from '../core/eda/types';

/**
 * One stored dataset version, without its column data (that lives in column chunks), so lists
 * of datasets stay cheap to read.
 */
export interface DatasetMeta {
  /** Content hash of the file, `ds-<16 hex digits>`: the same file twice is the same version. */
  id: string;
  /** Shown to people; can be renamed. */
  name: string;
  /** The uploaded file's name, for lineage. */
  fileName: string;
  /** Size of the uploaded file, in bytes. */
  sizeBytes: number;
  rowCount: number;
  /** Column names and types, in table order (after any re-typing). */
  columns: { name: string; type: ColumnType }[];
  /** The column to predict, or null when none was chosen. */
  target: string | null;
  /** ISO 8601 times: stored, and last changed (rename, re-type, target, EDA). */
  createdAt: string;
  updatedAt: string;
  /** Approximate bytes the dataset takes in IndexedDB: typed arrays plus text at 2 bytes a char. */
  storedBytes: number;
  ingestReport: IngestReport;
  eda: EdaReport | null;
  /** Types a person chose, by column name, over the inferred ones. */
  typeEdits: Record<string, ColumnType>;
}

/** What `saveDataset` needs besides the table; counts, columns, times and sizes are derived. */
export interface NewDatasetMeta {
  id: string;
  name: string;
  fileName: string;
  /** Size of the uploaded file, in bytes. */
  sizeBytes: number;
  ingestReport: IngestReport;
  target?: string | null;
  eda?: EdaReport | null;
  typeEdits?: Record<string, ColumnType>;
  /** ISO 8601; now when left out (tests pass fixed times). */
  createdAt?: string;
}

/** What `saveDataset` did: `exists` when that id was already stored (nothing was rewritten). */
export interface SaveDatasetResult {
  status: 'created' | 'exists';
  meta: DatasetMeta;
}

/** Options of `saveDataset`. */
export interface SaveDatasetOptions {
  /** Called with a column's index once its data is committed (not called for `exists`). */
  onColumnSaved?: (columnIndex: number) => void;
}

/** Fields of a dataset a person or the worker may change in place. */
export type DatasetMetaPatch = Partial<Pick<DatasetMeta, 'target' | 'eda' | 'name'>>;

/** Everything that changes with a re-typed column, written with its chunks in one transaction. */
export interface ColumnReplacement {
  /** The whole report, with the re-typed column's entry updated. */
  ingestReport: IngestReport;
  /** The profile of the table with the new column (null to drop a stale one). */
  eda: EdaReport | null;
  /** A new target, when re-typing made the old one unusable; left as is when absent. */
  target?: string | null;
  /** Recorded in `typeEdits` (the person's choice wins over inference at the next ingest). */
  typeEdit?: { column: string; type: ColumnType };
}

/**
 * One column's record beside its chunks: what the typed chunks cannot hold. Keyed by
 * `[datasetId, columnIndex]`.
 */
export interface StoredColumn {
  datasetId: string;
  columnIndex: number;
  name: string;
  type: ColumnType;
  rowCount: number;
  /** Rows per chunk when written; the last chunk may be shorter. */
  chunkRows: number;
  chunkCount: number;
  /** Dictionary of a coded column; null for numeric columns. */
  levels: string[] | null;
  /** Raw cells a numeric column's numbers cannot give back; null for coded columns. */
  kept: { rows: Int32Array; cells: string[]; isComplete: boolean } | null;
  /** Approximate bytes of this column (chunks, kept cells, levels). */
  storedBytes: number;
}
