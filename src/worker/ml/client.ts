import { proxy, wrap, type Remote } from 'comlink';
import { AppError, toAppError } from '../../lib/errors';
import type {
  BulkProgress,
  BulkRequest,
  BulkResult,
  ColumnTypeChange,
  ComparisonResult,
  DatasetUpdate,
  DriftCheckOutcome,
  FileDriftRequest,
  ImportOutcome,
  IngestOutcome,
  IngestProgressEvent,
  IngestRequest,
  InspectResult,
  LogDriftRequest,
  MlApi,
  PromotePolicy,
  RegisterOutcome,
  RetrainOutcome,
  RetrainProgress,
  RetrainRequest,
  TrainOutcome,
  TrainProgressEvent,
  TrainRequest,
} from './api';

/** After asking a run to cancel, wait this long before terminating the worker instead. */
const CANCEL_GRACE_MS = 4000;

/**
 * The one way pages reach the heavy-work worker: starts it on first use, rebuilds AppErrors,
 * cancels runs through an AbortSignal (terminating the worker if a run does not stop in time),
 * and starts a fresh worker after a crash, rejecting the calls that were in flight.
 */
class MlClient {
  private worker: Worker | null = null;
  private remote: Remote<MlApi> | null = null;
  private readonly inFlight = new Set<(error: unknown) => void>();

  private start(): Remote<MlApi> {
    if (this.remote) return this.remote;
    const worker = new Worker(new URL('./ml.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', () =>
      this.stop(
        new AppError(
          'WORKER_CRASHED',
          'The scoring worker stopped unexpectedly; it will restart on the next run.',
        ),
      ),
    );
    this.worker = worker;
    this.remote = wrap<MlApi>(worker);
    return this.remote;
  }

  /** Reads the header and first rows of a file and matches its columns to the model. */
  inspectFile(file: File, sheet: string | null): Promise<InspectResult> {
    return this.track((api) => api.inspectFile(file, sheet) as Promise<InspectResult>);
  }

  /**
   * Scores a file. Aborting `signal` asks the worker to stop after its current chunk (the run
   * resolves `cancelled`); if it has not stopped within a few seconds the worker is terminated and
   * this rejects with an `AbortError`.
   */
  scoreFile(
    request: BulkRequest,
    onProgress: (progress: BulkProgress) => void,
    signal: AbortSignal,
  ): Promise<BulkResult> {
    return this.cancellable(
      request.runId,
      signal,
      (api) => api.scoreFile(request, proxy(onProgress)) as Promise<BulkResult>,
    );
  }

  /** Reads, profiles and stores a CSV as a dataset version; cancellable like {@link scoreFile}. */
  ingestDataset(
    request: IngestRequest,
    onProgress: (progress: IngestProgressEvent) => void,
    signal: AbortSignal,
  ): Promise<IngestOutcome> {
    return this.cancellable(
      request.runId,
      signal,
      (api) => api.ingestDataset(request, proxy(onProgress)) as Promise<IngestOutcome>,
    );
  }

  /**
   * Trains on a stored dataset. Aborting `signal` stops within a batch (the run resolves and is
   * kept as `cancelled`); the worker is terminated if it does not stop within a few seconds.
   */
  train(
    request: TrainRequest,
    onProgress: (progress: TrainProgressEvent) => void,
    signal: AbortSignal,
  ): Promise<TrainOutcome> {
    return this.cancellable(
      request.runId,
      signal,
      (api) => api.train(request, proxy(onProgress)) as Promise<TrainOutcome>,
    );
  }

  /** Re-profiles a stored dataset against another target (or none). */
  setDatasetTarget(datasetId: string, target: string | null): Promise<DatasetUpdate> {
    return this.track((api) => api.setDatasetTarget(datasetId, target) as Promise<DatasetUpdate>);
  }

  /** Re-reads a stored column as another type and re-profiles the dataset. */
  setColumnType(change: ColumnTypeChange): Promise<DatasetUpdate> {
    return this.track((api) => api.setColumnType(change) as Promise<DatasetUpdate>);
  }

  /**
   * Registers a finished run's model as a new version, compares it with the champion and
   * promotes it as `policy` says; a run registered before is refused, naming its version.
   */
  registerRun(runId: string, policy: PromotePolicy): Promise<RegisterOutcome> {
    return this.track((api) => api.registerRun(runId, policy) as Promise<RegisterOutcome>);
  }

  /** Scores a version and the champion on the same TEST rows of the version's dataset. */
  compareWithChampion(version: number): Promise<ComparisonResult> {
    return this.track((api) => api.compareWithChampion(version) as Promise<ComparisonResult>);
  }

  /** Checks a model file (size, JSON, format, signature, a finite price) and registers it. */
  importModel(file: File): Promise<ImportOutcome> {
    return this.track((api) => api.importModel(file) as Promise<ImportOutcome>);
  }

  /** Drift of an uploaded CSV batch against the champion's reference profile (saved). */
  checkFileDrift(request: FileDriftRequest): Promise<DriftCheckOutcome> {
    return this.track((api) => api.checkFileDrift(request) as Promise<DriftCheckOutcome>);
  }

  /** Drift of the inputs logged in a time window against the champion's reference (saved). */
  checkLogDrift(request: LogDriftRequest): Promise<DriftCheckOutcome> {
    return this.track((api) => api.checkLogDrift(request) as Promise<DriftCheckOutcome>);
  }

  /** Retrains on a batch and proposes a challenger; cancellable like {@link train}. */
  retrainFromBatch(
    request: RetrainRequest,
    onProgress: (progress: RetrainProgress) => void,
    signal: AbortSignal,
  ): Promise<RetrainOutcome> {
    return this.cancellable(
      request.runId,
      signal,
      (api) => api.retrainFromBatch(request, proxy(onProgress)) as Promise<RetrainOutcome>,
    );
  }

  private async cancellable<T>(
    runId: string,
    signal: AbortSignal,
    call: (api: Remote<MlApi>) => Promise<T>,
  ): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      void this.remote?.cancel(runId).catch(() => undefined);
      timer = setTimeout(
        () => this.stop(new DOMException('The run was cancelled.', 'AbortError')),
        CANCEL_GRACE_MS,
      );
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await this.track(call);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  private track<T>(call: (api: Remote<MlApi>) => Promise<T>): Promise<T> {
    const api = this.start();
    return new Promise<T>((resolve, reject) => {
      const fail = (error: unknown) => reject(toAppError(error));
      this.inFlight.add(fail);
      call(api)
        .then(resolve, fail)
        .finally(() => this.inFlight.delete(fail));
    });
  }

  private stop(error: unknown): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    const pending = [...this.inFlight];
    this.inFlight.clear();
    pending.forEach((fail) => fail(error));
  }
}

export const mlClient = new MlClient();
