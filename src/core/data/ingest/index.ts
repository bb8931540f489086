/** Streaming CSV ingest into typed columns: the API a worker calls. */
export { CsvIngest, type IngestOptions, type IngestResult } from './csv-ingest';
export {
  ingestCsvBytes,
  ingestCsvStream,
  ingestCsvText,
  type BytesIngestOptions,
  type IngestProgress,
  type StreamIngestOptions,
} from './ingest-stream';
export { applyColumnType, retypeColumn } from './retype';
export { ContentHasher, datasetIdOf } from './content-hash';
export { releaseArray, releaseBuffer, releaseColumn } from './release';
export { DELIMITERS, type Delimiter } from './dialect';
export { DEFAULT_LIMITS, DEFAULT_SAMPLE_ROWS, type IngestLimits } from './limits';
export type { TextEncodingName } from './sniff';
export type {
  CellExample,
  CellQuirkCounts,
  ColumnIngestReport,
  IngestReport,
  RowIssue,
} from './report';
export {
  findColumn,
  isNumericColumn,
  tableBuffers,
  type CodedColumn,
  type CodedColumnType,
  type DataColumn,
  type DataTable,
  type KeptRawCells,
  type NumericColumn,
  type NumericColumnType,
} from './table';
