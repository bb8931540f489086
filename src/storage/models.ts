import type { ModelBundle } from '../core/model/model-bundle';
import { AppError } from '../lib/errors';
import type { EstimoDb } from './db';
import {
  addVersion,
  joinVersion,
  moveAlias,
  VERSION_COUNTER,
  type VersionStores,
} from './model-rows';
import {
  CHAMPION,
  type ModelSummary,
  type ModelVersionRecord,
  type NewModelVersion,
} from './model-types';
import { commitWrite, describeBytes } from './write-transaction';

const REGISTRY_STORES = ['modelVersions', 'modelArtifacts', 'counters'] as const;

/**
 * Registers a new immutable version numbered one past every version ever handed out, in one
 * transaction. With a `runId` whose run is stored, the run gets `modelVersion` and its kept
 * bundle is dropped (the registry now holds it). Throws `STORAGE_QUOTA` when storage is full.
 */
export async function registerModelVersion(
  db: EstimoDb,
  input: NewModelVersion,
): Promise<ModelVersionRecord> {
  const tx = db.transaction([...REGISTRY_STORES, 'runs', 'runBundles'], 'readwrite');
  const describe = () => describeVersion(input.name ?? input.bundle.name, input.bundle);
  return commitWrite(tx, describe, async () => {
    const stores: VersionStores = {
      counters: tx.objectStore('counters'),
      versions: tx.objectStore('modelVersions'),
      artifacts: tx.objectStore('modelArtifacts'),
    };
    const record = await addVersion(stores, input);
    const run = record.runId === null ? undefined : await tx.objectStore('runs').get(record.runId);
    if (run) {
      await tx.objectStore('runs').put({ ...run, modelVersion: record.version });
      await tx.objectStore('runBundles').delete(run.id);
    }
    return record;
  });
}

function describeVersion(name: string, bundle: ModelBundle): string {
  return `model version "${name}" (${describeBytes(JSON.stringify(bundle).length)})`;
}

/**
 * On a first visit (no version was ever registered) stores the shipped bundle as version 1 and
 * points `champion` at it; otherwise does nothing. One transaction, so two tabs starting at once
 * cannot both store it. Resolves `created` or `exists`.
 */
export async function ensureShippedVersion(
  db: EstimoDb,
  bundle: ModelBundle,
  referenceProfile: unknown = null,
): Promise<'created' | 'exists'> {
  const tx = db.transaction([...REGISTRY_STORES, 'aliases', 'aliasHistory'], 'readwrite');
  return commitWrite(
    tx,
    () => describeVersion(bundle.name, bundle),
    async () => {
      const [count, counter] = await Promise.all([
        tx.objectStore('modelVersions').count(),
        tx.objectStore('counters').get(VERSION_COUNTER),
      ]);
      if (count > 0 || (counter ?? 0) > 0) return 'exists';
      const input = { bundle, source: 'shipped' as const, referenceProfile };
      const stores: VersionStores = {
        counters: tx.objectStore('counters'),
        versions: tx.objectStore('modelVersions'),
        artifacts: tx.objectStore('modelArtifacts'),
      };
      const { version } = await addVersion(stores, input);
      const aliases = {
        aliases: tx.objectStore('aliases'),
        history: tx.objectStore('aliasHistory'),
      };
      await moveAlias(aliases, { alias: CHAMPION, to: version, reason: 'first-visit' });
      return 'created';
    },
  );
}

/** Every version without weights or reference profile, newest (highest) version first. */
export async function listModelSummaries(db: EstimoDb): Promise<ModelSummary[]> {
  const tx = db.transaction(['modelVersions', 'aliases']);
  const [rows, champion] = await Promise.all([
    tx.objectStore('modelVersions').getAll(),
    tx.objectStore('aliases').get(CHAMPION),
    tx.done,
  ]);
  return rows.reverse().map((row) => ({
    version: row.version,
    name: row.name,
    createdAt: row.createdAt,
    source: row.source,
    runId: row.runId,
    datasetId: row.datasetId,
    card: row.bundle.card,
    signature: row.bundle.signature,
    interval: row.bundle.interval,
    isChampion: row.version === champion?.version,
  }));
}

/** One version with its bundle and reference profile, or null when it is not stored. */
export async function getModelVersion(
  db: EstimoDb,
  version: number,
): Promise<ModelVersionRecord | null> {
  const tx = db.transaction(['modelVersions', 'modelArtifacts']);
  const [light, heavy] = await Promise.all([
    tx.objectStore('modelVersions').get(version),
    tx.objectStore('modelArtifacts').get(version),
    tx.done,
  ]);
  return light && heavy ? joinVersion(light, heavy) : null;
}

/**
 * Deletes a version (its number is never reused). Refuses the champion with `STORAGE_REFUSED`;
 * resolves false when the version was not stored.
 */
export async function deleteModelVersion(db: EstimoDb, version: number): Promise<boolean> {
  const tx = db.transaction(['modelVersions', 'modelArtifacts', 'aliases'], 'readwrite');
  return commitWrite(
    tx,
    () => `the deletion of model version ${version}`,
    async () => {
      const champion = await tx.objectStore('aliases').get(CHAMPION);
      if (champion?.version === version) {
        throw new AppError(
          'STORAGE_REFUSED',
          `Version ${version} is the champion and serves estimates: promote another version ` +
            'first, then delete this one.',
        );
      }
      const isStored = (await tx.objectStore('modelVersions').count(version)) > 0;
      await Promise.all([
        tx.objectStore('modelVersions').delete(version),
        tx.objectStore('modelArtifacts').delete(version),
      ]);
      return isStored;
    },
  );
}
