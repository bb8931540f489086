import type { DatasetMeta } from '../../storage/datasets';
import type { RunRecord } from '../../storage/runs';

/** Column types a model can learn from. */
const TRAINABLE = new Set(['number', 'boolean', 'category']);

/** Alerts that make a column a poor default feature (the person can still tick it). */
const UNSUITABLE = new Set(['all-missing', 'constant', 'unique', 'id-like', 'target-leak']);

/** Columns a price can be learned from (numbers), for the target select. */
export function targetChoices(dataset: DatasetMeta): string[] {
  return dataset.columns.filter((column) => column.type === 'number').map((c) => c.name);
}

/** Every column a model could take as a feature, in table order, without the target. */
export function featureChoices(dataset: DatasetMeta, target: string): string[] {
  return dataset.columns
    .filter((column) => TRAINABLE.has(column.type) && column.name !== target)
    .map((column) => column.name);
}

/**
 * The features ticked by default: every usable column except those the EDA flags as empty,
 * constant, ID-like or leaking the target. Returns the names and why each left-out one was left out.
 */
export function suggestFeatures(
  dataset: DatasetMeta,
  target: string,
): { features: string[]; leftOut: { column: string; reason: string }[] } {
  const flagged = new Map<string, string>();
  for (const alert of dataset.eda?.alerts ?? []) {
    if (alert.column && UNSUITABLE.has(alert.kind) && !flagged.has(alert.column)) {
      flagged.set(alert.column, alert.kind);
    }
  }
  const choices = featureChoices(dataset, target);
  return {
    features: choices.filter((column) => !flagged.has(column)),
    leftOut: choices
      .filter((column) => flagged.has(column))
      .map((column) => ({ column, reason: flagged.get(column)!.replace('-', ' ') })),
  };
}

/** Columns of the runs table that can be sorted. */
export type RunSortKey = 'startedAt' | 'rmse' | 'mape' | 'r2' | 'durationMs';

const sortValue = (run: RunRecord, key: RunSortKey): number | string => {
  if (key === 'startedAt') return run.startedAt;
  if (key === 'durationMs') return run.durationMs;
  return run.metrics?.test[key] ?? Number.NaN;
};

/**
 * Runs matching `filter` (dataset, target, preset or status contains it, case ignored), sorted
 * by `key`; runs without the figure go last whatever the direction.
 */
export function sortAndFilterRuns(
  runs: readonly RunRecord[],
  options: { key: RunSortKey; isAscending: boolean; filter: string },
): RunRecord[] {
  const needle = options.filter.trim().toLowerCase();
  const matches = (run: RunRecord) =>
    !needle ||
    [run.datasetName, run.target, run.preset, run.status].some((text) =>
      text.toLowerCase().includes(needle),
    );
  const sign = options.isAscending ? 1 : -1;
  return runs.filter(matches).sort((a, b) => {
    const x = sortValue(a, options.key);
    const y = sortValue(b, options.key);
    const isMissingX = typeof x === 'number' && Number.isNaN(x);
    const isMissingY = typeof y === 'number' && Number.isNaN(y);
    if (isMissingX || isMissingY) return Number(isMissingX) - Number(isMissingY);
    return x < y ? -sign : x > y ? sign : 0;
  });
}

/** `m:ss` for a clock on the page. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
