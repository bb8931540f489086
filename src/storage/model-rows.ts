import { upgradeBundleV1, type ModelBundle, type ModelBundleV1 } from '../core/model/model-bundle';
import type {
  AliasMoveReason,
  AliasRecord,
  ModelVersionRecord,
  NewModelVersion,
  StoredAliasMove,
  StoredModel,
  StoredModelArtifacts,
} from './model-types';

/** The counter of model versions handed out, in the `counters` store. */
export const VERSION_COUNTER = 'modelVersion';

/** Splits a version into its light row and its heavy row (weights, reference profile). */
export function splitVersion(record: ModelVersionRecord): {
  light: StoredModel;
  heavy: StoredModelArtifacts;
} {
  const { members, ...bundle } = record.bundle;
  const { referenceProfile, ...rest } = record;
  return {
    light: { ...rest, bundle },
    heavy: { version: record.version, members, referenceProfile },
  };
}

/** Joins the two rows of a version back into the record that was registered. */
export function joinVersion(light: StoredModel, heavy: StoredModelArtifacts): ModelVersionRecord {
  const bundle = heavy.members
    ? ({ ...light.bundle, members: heavy.members } as ModelBundle)
    : upgradeBundleV1({ ...light.bundle, network: heavy.network } as ModelBundleV1);
  return { ...light, bundle, referenceProfile: heavy.referenceProfile };
}

/** The two stores an alias move writes; idb object stores of a read-write transaction fit. */
export interface AliasStores {
  aliases: {
    get(alias: string): Promise<AliasRecord | undefined>;
    put(value: AliasRecord): Promise<unknown>;
  };
  history: { add(value: StoredAliasMove): Promise<unknown> };
}

/**
 * Points `alias` at `to` and records the move (with the version it pointed at before). Only
 * issues IndexedDB requests, so it can run inside the caller's transaction.
 */
export async function moveAlias(
  stores: AliasStores,
  move: { alias: string; to: number; reason: AliasMoveReason; undoes?: number[] },
): Promise<void> {
  const current = await stores.aliases.get(move.alias);
  const at = new Date().toISOString();
  await Promise.all([
    stores.aliases.put({ alias: move.alias, version: move.to, updatedAt: at }),
    stores.history.add({
      alias: move.alias,
      from: current?.version ?? null,
      to: move.to,
      at,
      reason: move.reason,
      undoes: move.undoes ?? [],
    }),
  ]);
}

/** The stores that hand out version numbers and hold versions. */
export interface VersionStores {
  counters: {
    get(key: string): Promise<number | undefined>;
    put(value: number, key: string): Promise<unknown>;
  };
  versions: { getAllKeys(): Promise<number[]>; add(value: StoredModel): Promise<unknown> };
  artifacts: { add(value: StoredModelArtifacts): Promise<unknown> };
}

/**
 * Adds a version numbered one more than both the counter and every stored version, so a
 * deleted version's number is never handed out again. Only issues IndexedDB requests.
 */
export async function addVersion(
  stores: VersionStores,
  input: NewModelVersion,
): Promise<ModelVersionRecord> {
  const [counter, versions] = await Promise.all([
    stores.counters.get(VERSION_COUNTER),
    stores.versions.getAllKeys(),
  ]);
  const version = Math.max(counter ?? 0, ...versions) + 1;
  const record: ModelVersionRecord = {
    version,
    name: input.name ?? input.bundle.name,
    createdAt: new Date().toISOString(),
    source: input.source,
    runId: input.runId ?? null,
    datasetId: input.datasetId ?? null,
    bundle: input.bundle,
    referenceProfile: input.referenceProfile ?? null,
  };
  const { light, heavy } = splitVersion(record);
  await Promise.all([
    stores.counters.put(version, VERSION_COUNTER),
    stores.versions.add(light),
    stores.artifacts.add(heavy),
  ]);
  return record;
}
