import { releaseProxy } from 'comlink';
import { RunTally } from '../../core/bulk/run-tally';
import { AppError, describeError } from '../../lib/errors';
import type { EnsembleHelpers } from '../../core/trees/shared-predict';
import { ActiveModelCache, type LoadedModel, type MlSource } from './active-model';
import type {
  BulkLimits,
  BulkProgress,
  BulkRequest,
  BulkResult,
  SpreadsheetFormat,
} from './bulk-api';
import type { MlApi } from './api';
import { scoreCsv } from './csv-run';
import { inspectFile } from './inspect';
import { createDownloadSink, createFileSink, type OutputSink } from './output-sink';
import { createScratchSink } from './scratch-sink';
import { ProgressMeter } from './progress-meter';
import { createDatasetService } from './dataset-service';
import { createDriftService } from './drift-service';
import { createRegistryService } from './registry-service';
import { createRetrainService } from './retrain-service';
import { createTrainingService } from './training-service';
import { RunRegistry } from './run-registry';
import { bulkLogEntry, withBulkLog } from './log-bulk-run';
import type { RunContext } from './run-context';
import { sniffFile } from './workbook';
import type { EstimoDb } from '../../storage/db';
import { scoreXlsx } from './xlsx-run';

export type { MlSource };

/** Limits stated on the page: XLSX is read whole, and a download is held in memory. */
export const DEFAULT_BULK_LIMITS: BulkLimits = {
  xlsxMaxBytes: 20 * 2 ** 20,
  xlsxMaxUnpackedBytes: 400 * 2 ** 20,
  downloadMaxBytes: 512 * 2 ** 20,
  downloadOnDisk: false, // set per worker: true once the scratch folder opens
};

const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `stock.csv` → `stock-estimates.csv`. */
export function outputFileName(fileName: string, extension: string): string {
  const base = fileName.replace(/\.[^.]*$/, '') || 'estimates';
  return `${base}-estimates.${extension}`;
}

/** What the heavy worker works with: the active model's source and the app's database. */
export interface MlServiceDeps {
  source: MlSource;
  openDb: () => Promise<EstimoDb>;
  limits?: BulkLimits;
  /** Threads that share big tree-scoring batches (bulk runs); none in tests. */
  ensembleHelpers?: EnsembleHelpers;
  /** Where downloads are written on disk as they are scored; without it they stay in memory. */
  openScratchFolder?: () => Promise<FileSystemDirectoryHandle | null>;
}

/** The heavy worker's API over its sources; the worker exposes it, tests call it directly. */
export function createMlService({
  source,
  openDb,
  limits = DEFAULT_BULK_LIMITS,
  ensembleHelpers,
  openScratchFolder,
}: MlServiceDeps): MlApi {
  const models = new ActiveModelCache(source, ensembleHelpers);
  let scratchFolder: Promise<FileSystemDirectoryHandle | null> | null = null;
  const outputs = async (): Promise<OutputPlace> => {
    scratchFolder ??= openScratchFolder?.() ?? Promise.resolve(null);
    const folder = await scratchFolder;
    return { folder, limits: { ...limits, downloadOnDisk: folder !== null } };
  };
  const runs = new RunRegistry();

  const datasets = createDatasetService(openDb, runs);
  const registry = createRegistryService(openDb);
  const training = createTrainingService(openDb, runs);
  return {
    ...datasets,
    ...registry,
    ...training,
    ...createDriftService(openDb),
    ...createRetrainService(openDb, { ...datasets, ...registry, ...training }),
    async inspectFile(file, sheet) {
      const { limits: stated } = await outputs();
      return models.withModel(async (model) => inspectFile(file, sheet, model.info, stated));
    },
    async scoreFile(request, onProgress) {
      runs.start(request.runId);
      const startedMs = performance.now();
      try {
        return await models.withModel(async (model) => {
          const result = await runScoring(request, model, {
            ...(await outputs()),
            onProgress,
            isCancelled: () => runs.isCancelled(request.runId),
          });
          const { version, target } = model.info;
          const elapsedMs = performance.now() - startedMs;
          const entry = bulkLogEntry(request, result, { version, target, elapsedMs });
          return withBulkLog(openDb, entry, result);
        });
      } finally {
        runs.finish(request.runId);
        (onProgress as { [releaseProxy]?: () => void })[releaseProxy]?.();
      }
    },
    async cancel(runId) {
      runs.cancel(runId);
    },
  };
}

/** Where a download is written (a scratch folder, or memory when null) and the limits stated. */
interface OutputPlace {
  folder: FileSystemDirectoryHandle | null;
  limits: BulkLimits;
}

interface RunOptions extends OutputPlace {
  onProgress: (progress: BulkProgress) => void;
  isCancelled: () => boolean;
}

async function openSink(
  request: BulkRequest,
  format: SpreadsheetFormat,
  { folder, limits }: OutputPlace,
): Promise<OutputSink> {
  if (request.output.kind === 'file') return createFileSink(request.output.handle);
  return folder
    ? createScratchSink(folder, MIME_TYPES[format])
    : createDownloadSink(MIME_TYPES[format], limits.downloadMaxBytes);
}

interface FinishedRun {
  context: RunContext;
  format: SpreadsheetFormat;
  header: string[];
  modelVersion: number;
  threads: number;
}

/** Completes the output and reports the run. */
async function finishRun({
  context,
  format,
  header,
  modelVersion,
  threads,
}: FinishedRun): Promise<BulkResult> {
  const { sink, meter, tally, request } = context;
  const output = await sink.finish();
  meter.report(tally.counts(), 1, true);
  const snapshot = tally.snapshot();
  const elapsedMs = meter.elapsedMs();
  return {
    status: 'done',
    summary: {
      ...snapshot,
      modelVersion,
      threads,
      format,
      elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? (snapshot.rows / elapsedMs) * 1000 : 0,
      outputHeader: header,
    },
    output,
    outputName: outputFileName(request.file.name, format),
    outputBytes: sink.bytesWritten,
  };
}

/** One run: sniff the file, open the output, stream it through the model, report the result. */
async function runScoring(
  request: BulkRequest,
  model: LoadedModel,
  options: RunOptions,
): Promise<BulkResult> {
  const kind = await sniffFile(request.file);
  if (kind.kind === 'refused') return { status: 'failed', message: kind.message, rowsDone: 0 };
  const { bundle, estimator } = model;
  const tally = new RunTally(bundle.signature.target.min, bundle.signature.target.max);
  let sink: OutputSink | null = null;
  try {
    const threads = await estimator.threads(); // helper threads loaded before the clock starts
    sink = await openSink(request, kind.kind, options);
    const context: RunContext = {
      request,
      signature: bundle.signature,
      estimator,
      sink,
      meter: new ProgressMeter(request.runId, options.onProgress),
      tally,
      limits: options.limits,
      isCancelled: options.isCancelled,
    };
    const score = kind.kind === 'csv' ? scoreCsv : scoreXlsx;
    const { end, header } = await score(context);
    if (end === 'done') {
      return await finishRun({
        context,
        format: kind.kind,
        header,
        modelVersion: model.info.version,
        threads,
      });
    }
    await sink.abort();
    return { status: 'cancelled', rowsDone: tally.counts().rows };
  } catch (error) {
    await sink?.abort().catch(() => undefined);
    const message =
      error instanceof AppError ? error.message : `Scoring stopped: ${describeError(error)}`;
    return { status: 'failed', message, rowsDone: tally.counts().rows };
  }
}
