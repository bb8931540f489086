import type { BulkProgress, BulkRequest, BulkResult, InspectResult } from './bulk-api';
import type {
  ColumnTypeChange,
  DatasetUpdate,
  IngestProgressEvent,
  IngestOutcome,
  IngestRequest,
} from './dataset-api';

import type {
  DriftCheckOutcome,
  FileDriftRequest,
  LogDriftRequest,
  RetrainOutcome,
  RetrainProgress,
  RetrainRequest,
} from './monitor-api';
import type {
  ComparisonResult,
  ImportOutcome,
  PromotePolicy,
  RegisterOutcome,
  TrainOutcome,
  TrainProgressEvent,
  TrainRequest,
} from './training-api';

export type * from './bulk-api';
export type * from './dataset-api';
export type * from './monitor-api';
export type * from './training-api';

/**
 * The heavy-work worker's API: bulk scoring, dataset ingest and EDA (training next). It loads its
 * own copy of the active model, so the predictor worker stays free for the Estimate page.
 */
export interface MlApi {
  /** Reads the header and first rows of a file and matches its columns to the model. */
  inspectFile(file: File, sheet: string | null): Promise<InspectResult>;
  /**
   * Streams the file through the model: parse a chunk, check and frame it, price it in one
   * batched call, write the output chunk. `onProgress` is a comlink `proxy()` callback.
   */
  scoreFile(
    request: BulkRequest,
    onProgress: (progress: BulkProgress) => void,
  ): Promise<BulkResult>;
  /**
   * Streams a CSV into typed columns, profiles it and stores it as a dataset version (the same
   * file twice is the same version). `onProgress` is a comlink `proxy()` callback.
   */
  ingestDataset(
    request: IngestRequest,
    onProgress: (progress: IngestProgressEvent) => void,
  ): Promise<IngestOutcome>;
  /** Re-profiles a stored dataset against another target (or none). */
  setDatasetTarget(datasetId: string, target: string | null): Promise<DatasetUpdate>;
  /** Re-reads a stored column as another type, keeps the edit and re-profiles the dataset. */
  setColumnType(change: ColumnTypeChange): Promise<DatasetUpdate>;
  /**
   * Trains on a stored dataset with a preset, records the run (and a search's trials as child
   * runs) with curves, TEST metrics and permutation importance, and keeps its model for
   * registering. `onProgress` is a comlink `proxy()` callback.
   */
  train(
    request: TrainRequest,
    onProgress: (progress: TrainProgressEvent) => void,
  ): Promise<TrainOutcome>;
  /**
   * Registers a finished run's model as a new version, compares it with the champion on the
   * run's TEST rows, and promotes it as `policy` says.
   */
  registerRun(runId: string, policy: PromotePolicy): Promise<RegisterOutcome>;
  /** Evaluates a version and the champion on the same TEST rows of the version's dataset. */
  compareWithChampion(version: number): Promise<ComparisonResult>;
  /** Validates a model file (format, shapes, signature, finite predictions) and registers it. */
  importModel(file: File): Promise<ImportOutcome>;
  /** Drift of an uploaded CSV batch against the champion's reference profile; saved. */
  checkFileDrift(request: FileDriftRequest): Promise<DriftCheckOutcome>;
  /** Drift of the inputs logged in a time window against the champion's reference; saved. */
  checkLogDrift(request: LogDriftRequest): Promise<DriftCheckOutcome>;
  /**
   * Retrains on a batch (alone or added to the champion's training data) with the Production
   * preset, registers a challenger and compares it with the champion on the batch's TEST rows.
   * `onProgress` is a comlink `proxy()` callback; `cancel(runId)` stops the training.
   */
  retrainFromBatch(
    request: RetrainRequest,
    onProgress: (progress: RetrainProgress) => void,
  ): Promise<RetrainOutcome>;
  /** Asks a run (bulk, ingest, training) to stop; it resolves as `cancelled`. */
  cancel(runId: string): Promise<void>;
}
