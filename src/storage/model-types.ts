import type {
  BundleMember,
  ModelBundle,
  ModelBundleV1,
  ModelCard,
  NetworkArtifacts,
  PredictionInterval,
} from '../core/model/model-bundle';
import type { Signature } from '../core/model/signature';

/** The alias of the version that serves estimates. */
export const CHAMPION = 'champion';

/** Where a model version came from. */
export type ModelSource = 'shipped' | 'run' | 'import';

/** A registered model version. Versions are immutable: there is no update. */
export interface ModelVersionRecord {
  /** Positive integer, handed out once: a deleted version's number is never reused. */
  version: number;
  name: string;
  /** ISO 8601, when registered. */
  createdAt: string;
  source: ModelSource;
  /** The training run it came from (lineage), if any. */
  runId: string | null;
  /** The dataset version it was trained on (lineage), if known. */
  datasetId: string | null;
  bundle: ModelBundle;
  /** Training data profile for drift checks; its shape belongs to the drift code. */
  referenceProfile: unknown | null;
}

/** What registering a version needs; the number, time and name are worked out. */
export interface NewModelVersion {
  bundle: ModelBundle;
  source: ModelSource;
  runId?: string | null;
  datasetId?: string | null;
  referenceProfile?: unknown;
  /** Defaults to the bundle's name. */
  name?: string;
}

/** A version without its weights or reference profile: what the Models page lists. */
export interface ModelSummary {
  version: number;
  name: string;
  createdAt: string;
  source: ModelSource;
  runId: string | null;
  datasetId: string | null;
  card: ModelCard;
  signature: Signature;
  /** The estimate interval: its coverage, calibrated on validation rows. */
  interval: PredictionInterval;
  isChampion: boolean;
}

/** What {@link ModelVersionRecord} stores in `modelVersions`: all but the heavy parts. */
export interface StoredModel extends Omit<ModelVersionRecord, 'bundle' | 'referenceProfile'> {
  /** Rows written before format 2 hold a format 1 bundle without its network. */
  bundle: Omit<ModelBundle, 'members'> | Omit<ModelBundleV1, 'network'>;
}

/** The heavy parts of a version, stored apart so lists never read them. */
export interface StoredModelArtifacts {
  version: number;
  /** Format 2 rows. */
  members?: BundleMember[];
  /** Format 1 rows: the one network. */
  network?: NetworkArtifacts;
  referenceProfile: unknown | null;
}

/** Where an alias points now. */
export interface AliasRecord {
  alias: string;
  version: number;
  /** ISO 8601. */
  updatedAt: string;
}

/** Why an alias moved. */
export type AliasMoveReason = 'first-visit' | 'promote' | 'rollback';

/** One move of an alias, kept for roll back and for the Models page's history. */
export interface AliasMove {
  id: number;
  alias: string;
  /** The version it pointed at before; null for its first move. */
  from: number | null;
  to: number;
  /** ISO 8601. */
  at: string;
  reason: AliasMoveReason;
  /** For a roll back: the ids of the moves it undid (skipping moves to deleted versions). */
  undoes: number[];
}

/** An alias move as added (the store assigns `id`). */
export type StoredAliasMove = Omit<AliasMove, 'id'> & { id?: number };
