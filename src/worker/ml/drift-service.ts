import { driftReport, isReferenceProfile, type ReferenceProfile } from '../../core/drift';
import { describeError } from '../../lib/errors';
import { announceStorageChange } from '../../storage/changes';
import { getChampion } from '../../storage/champion';
import type { EstimoDb } from '../../storage/db';
import { saveDriftReport } from '../../storage/drift-reports';
import type { ModelVersionRecord } from '../../storage/model-types';
import { listBulkRuns, listPredictions } from '../../storage/prediction-log';
import { batchPerformance } from './batch-performance';
import { frameForReference, frameFromInputs, readBatchTable } from './batch-frame';
import type {
  DriftCheckOutcome,
  FileDriftRequest,
  LogDriftRequest,
  MonitorReport,
} from './monitor-api';

/** The drift half of the monitor: checks a batch against the champion's reference profile. */
export interface DriftService {
  checkFileDrift(request: FileDriftRequest): Promise<DriftCheckOutcome>;
  checkLogDrift(request: LogDriftRequest): Promise<DriftCheckOutcome>;
}

type Refusal = { ok: false; message: string };
type Champion = { record: ModelVersionRecord; reference: ReferenceProfile };

async function championWithReference(db: EstimoDb): Promise<Champion | Refusal> {
  const record = await getChampion(db);
  if (!record) return { ok: false, message: 'There is no champion to check drift against yet.' };
  const reference = record.referenceProfile;
  if (!isReferenceProfile(reference)) {
    return {
      ok: false,
      message:
        `The champion (version ${record.version}, ${record.source}) has no reference profile of ` +
        'its training data, so drift cannot be checked. Train and promote a version on the Train ' +
        'page: each trained version keeps one.',
    };
  }
  return { record, reference };
}

function newReportId(): string {
  return `drift-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

async function saveReport(
  db: EstimoDb,
  name: string,
  report: MonitorReport,
): Promise<DriftCheckOutcome> {
  const record = {
    id: newReportId(),
    createdAt: new Date().toISOString(),
    modelVersion: report.modelVersion,
    name,
    report,
  };
  try {
    await saveDriftReport(db, record);
    announceStorageChange({ kind: 'drift' });
    return { ok: true, record, saveProblem: null };
  } catch (error) {
    return {
      ok: true,
      record,
      saveProblem: `The report is shown but was not saved: ${describeError(error)}`,
    };
  }
}

async function checkFile(db: EstimoDb, request: FileDriftRequest): Promise<DriftCheckOutcome> {
  const champion = await championWithReference(db);
  if ('ok' in champion) return champion;
  const { record, reference } = champion;
  const table = await readBatchTable(request.file);
  const batch = frameForReference(table, reference);
  const names = reference.features.map((feature) => feature.name);
  if (!names.some((name) => batch.frame.columns[name])) {
    return {
      ok: false,
      message:
        `"${request.file.name}" has none of the model's columns (${names.join(', ')}); ` +
        `its columns are: ${batch.batchColumns.join(', ') || 'none'}.`,
    };
  }
  const result = driftReport(reference, batch.frame, { method: request.method });
  if (!result.ok) return { ok: false, message: `"${request.file.name}": ${result.message}` };
  const performance = await batchPerformance(
    record,
    batch.frame,
    request.performanceThresholdPercent,
  );
  return saveReport(db, request.file.name, {
    ...reportBase(record),
    source: { kind: 'file', fileName: request.file.name },
    drift: result.report,
    extraColumns: batch.extraColumns,
    performance,
  });
}

/** The version and target every report names. */
function reportBase(record: ModelVersionRecord) {
  return { modelVersion: record.version, target: record.bundle.signature.target.name };
}

async function checkLog(db: EstimoDb, request: LogDriftRequest): Promise<DriftCheckOutcome> {
  const champion = await championWithReference(db);
  if ('ok' in champion) return champion;
  const { record, reference } = champion;
  const window = { since: request.since, until: request.until };
  const [predictions, bulkRuns] = await Promise.all([
    listPredictions(db, window),
    listBulkRuns(db, window),
  ]);
  const inputs = [
    ...predictions.map((entry) => entry.inputs),
    ...bulkRuns.flatMap((run) => run.sample.map((row) => row.inputs)),
  ];
  const frame = frameFromInputs(inputs, reference);
  const result = driftReport(reference, frame, { method: request.method });
  if (!result.ok) return { ok: false, message: `Logged inputs in this window: ${result.message}` };
  const since = new Date(request.since).toISOString().slice(0, 16).replace('T', ' ');
  return saveReport(db, `Logged inputs since ${since}`, {
    ...reportBase(record),
    source: { kind: 'log', ...window },
    drift: result.report,
    extraColumns: [],
    performance: null,
  });
}

/** Checks uploaded batches and logged inputs; every outcome is a result, never a throw. */
export function createDriftService(openDb: () => Promise<EstimoDb>): DriftService {
  const guarded =
    <R>(check: (db: EstimoDb, request: R) => Promise<DriftCheckOutcome>) =>
    async (request: R): Promise<DriftCheckOutcome> => {
      try {
        return await check(await openDb(), request);
      } catch (error) {
        return { ok: false, message: `Drift was not checked: ${describeError(error)}` };
      }
    };
  return { checkFileDrift: guarded(checkFile), checkLogDrift: guarded(checkLog) };
}
