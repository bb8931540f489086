import type { MemberCard } from '../../core/model/model-bundle';
import type { TrainingProgress } from '../../core/training/run-training';
import type { ModelSummary } from '../../storage/model-types';
import type { RunRecord } from '../../storage/runs';

export type { RunRecord };

/** Training presets: Fast (seconds), Production (~60 s), Search (trials within a budget). */
export type TrainPreset = 'fast' | 'production' | 'search';

/** One training run on a stored dataset version. */
export interface TrainRequest {
  runId: string;
  datasetId: string;
  target: string;
  features: string[];
  preset: TrainPreset;
  seed: number;
  /** Search only: how many trials. */
  searchTrials?: number;
}

/** The core's per-epoch progress (losses on the standardised target), tagged with its run. */
export interface TrainProgressEvent extends TrainingProgress {
  runId: string;
}

/** How a run ended; the run is stored either way (a cancelled run keeps its partial curves). */
export interface TrainOutcome {
  run: RunRecord;
  /** Rows left out of training because their target is missing. */
  rowsLeftOut: number;
  /** Search only: the trials, stored as child runs of `run`. */
  trials: RunRecord[];
  /** Production: each member trained (trees, network) with its blend weight and metrics. */
  members: MemberCard[];
}

/** When registering a run, whether it becomes the champion. */
export type PromotePolicy = 'never' | 'if-better' | 'always';

/** One version's metrics on the compared rows, in the target's units (MAPE in percent). */
export interface VersionMetrics {
  version: number;
  rmse: number;
  mae: number;
  mape: number;
  r2: number;
}

/** Both models' metrics on the same holdout rows (the TEST rows of the challenger's dataset). */
export interface ChampionComparison {
  datasetId: string;
  datasetName: string;
  /** TEST rows with a target that both models priced: the rows the metrics are over. */
  rows: number;
  /** TEST rows with a target left out because a model gave no finite price. */
  rowsUnpriced: number;
  challenger: VersionMetrics;
  champion: VersionMetrics;
  /** The challenger's RMSE is strictly lower on these rows. */
  isChallengerBetter: boolean;
}

/** A comparison, or why it cannot be made (the champion cannot read this dataset, say). */
export type ComparisonResult =
  { ok: true; comparison: ChampionComparison } | { ok: false; message: string };

/** A registered version, with the comparison made and whether it was promoted. */
export type RegisterOutcome =
  | {
      ok: true;
      version: ModelSummary;
      comparison: ComparisonResult | null;
      isPromoted: boolean;
    }
  | { ok: false; message: string };

/** An imported version, or why the file was refused. */
export type ImportOutcome = { ok: true; version: ModelSummary } | { ok: false; message: string };
