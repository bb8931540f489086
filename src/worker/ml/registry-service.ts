import { describeError } from '../../lib/errors';
import { announceStorageChange } from '../../storage/changes';
import { getChampion, setChampion } from '../../storage/champion';
import type { EstimoDb } from '../../storage/db';
import type { ModelSummary, ModelVersionRecord } from '../../storage/model-types';
import { getModelVersion, registerModelVersion } from '../../storage/models';
import { getRun, getRunBundle } from '../../storage/runs';
import type { MlApi } from './api';
import { compareVersions } from './champion-comparison';
import { checkModelFile } from './model-import';
import { referenceOfRun } from './reference-of-run';
import type {
  ComparisonResult,
  ImportOutcome,
  PromotePolicy,
  RegisterOutcome,
} from './training-api';

type RegistryApi = Pick<MlApi, 'registerRun' | 'compareWithChampion' | 'importModel'>;
type Refusal = { ok: false; message: string };

/**
 * The registry half of the heavy worker: registers trained runs and imported files as model
 * versions, and compares a version with the champion on the same TEST rows (both models run
 * here, never on the page). Every change is announced so other tabs and workers re-read it.
 */
export function createRegistryService(openDb: () => Promise<EstimoDb>): RegistryApi {
  const registering = new Set<string>();
  const compareWithChampion = (version: number) => compareWithChampionIn(openDb, version);

  return {
    compareWithChampion,

    async registerRun(runId, policy) {
      if (registering.has(runId)) {
        return { ok: false, message: `Run ${runId} is already being registered.` };
      }
      registering.add(runId);
      try {
        const db = await openDb();
        const registered = await registerFinishedRun(db, runId);
        if (!registered.ok) return registered;
        return await promoteByPolicy(db, registered.record, policy, compareWithChampion);
      } catch (error) {
        return { ok: false, message: `Run ${runId} was not registered: ${describeError(error)}` };
      } finally {
        registering.delete(runId);
      }
    },

    importModel: (file) => importModelFile(openDb, file),
  };
}

async function compareWithChampionIn(
  openDb: () => Promise<EstimoDb>,
  version: number,
): Promise<ComparisonResult> {
  try {
    const db = await openDb();
    const [record, champion] = await Promise.all([getModelVersion(db, version), getChampion(db)]);
    if (!record) return { ok: false, message: `Model version ${version} is not stored.` };
    if (!champion) return { ok: false, message: 'There is no champion to compare with yet.' };
    return await compareVersions(db, record, champion);
  } catch (error) {
    return { ok: false, message: `The comparison failed: ${describeError(error)}` };
  }
}

/** Checks a model file and registers it as an imported version (never promoted here). */
async function importModelFile(
  openDb: () => Promise<EstimoDb>,
  file: File,
): Promise<ImportOutcome> {
  try {
    const checked = await checkModelFile(file);
    if (!checked.ok) return checked;
    const db = await openDb();
    const record = await registerModelVersion(db, { bundle: checked.bundle, source: 'import' });
    announceStorageChange({ kind: 'models', version: record.version });
    return { ok: true, version: toSummary(record, false) };
  } catch (error) {
    return { ok: false, message: `"${file.name}" was not imported: ${describeError(error)}` };
  }
}

/**
 * Registers a finished run's kept model with its lineage; registering also records the version
 * on the run and drops the kept bundle (one transaction). Refuses unfinished and registered runs.
 */
async function registerFinishedRun(
  db: EstimoDb,
  runId: string,
): Promise<{ ok: true; record: ModelVersionRecord } | Refusal> {
  const run = await getRun(db, runId);
  if (!run) return { ok: false, message: `Run ${runId} is not stored.` };
  if (run.modelVersion !== null) {
    return {
      ok: false,
      message: `Run ${runId} is already registered as version ${run.modelVersion}.`,
    };
  }
  if (run.status !== 'done') {
    return {
      ok: false,
      message: `Run ${runId} is ${run.status}: only a finished run can be registered.`,
    };
  }
  const bundle = await getRunBundle(db, runId);
  if (!bundle) return { ok: false, message: `Run ${runId} kept no model to register.` };
  const reference = await referenceOfRun(db, run);
  const record = await registerModelVersion(db, {
    bundle,
    source: 'run',
    runId,
    datasetId: run.datasetId,
    referenceProfile: reference.profile,
  });
  announceStorageChange({ kind: 'runs' });
  return { ok: true, record };
}

/** Compares the new version with the champion and promotes it as `policy` says. */
async function promoteByPolicy(
  db: EstimoDb,
  record: ModelVersionRecord,
  policy: PromotePolicy,
  compare: (version: number) => Promise<ComparisonResult>,
): Promise<RegisterOutcome> {
  const champion = await getChampion(db);
  const comparison = champion ? await compare(record.version) : null;
  const isPromoted =
    policy === 'always' ||
    (policy === 'if-better' &&
      (champion === null || (comparison?.ok === true && comparison.comparison.isChallengerBetter)));
  if (isPromoted) await setChampion(db, record.version);
  announceStorageChange({ kind: 'models', version: record.version });
  if (isPromoted) announceStorageChange({ kind: 'champion', version: record.version });
  return { ok: true, version: toSummary(record, isPromoted), comparison, isPromoted };
}

/** The list view of a version, as `listModelSummaries` gives it. */
function toSummary(record: ModelVersionRecord, isChampion: boolean): ModelSummary {
  const { version, name, createdAt, source, runId, datasetId, bundle } = record;
  const { card, signature, interval } = bundle;
  return {
    version,
    name,
    createdAt,
    source,
    runId,
    datasetId,
    card,
    signature,
    interval,
    isChampion,
  };
}
