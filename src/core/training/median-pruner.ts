/** Settings of the median pruner. */
export interface MedianPrunerOptions {
  /** Never prune before this many epochs have finished (3): early curves are noisy. */
  warmupEpochs?: number;
  /** Prune only when at least this many completed trials reached the epoch (2). */
  minCompletedTrials?: number;
}

/**
 * The median stopping rule (as Optuna's `MedianPruner`): a running trial stops at epoch `e` when
 * its best validation loss so far is worse than the median of the completed trials' validation
 * losses at epoch `e`. `curve[k]` is the running trial's validation loss after epoch `k` (the last
 * entry is epoch `e`); `completedCurves` are those of trials that ran to their end (not pruned).
 */
export function shouldPruneTrial(
  curve: readonly number[],
  completedCurves: readonly (readonly number[])[],
  options: MedianPrunerOptions = {},
): boolean {
  const epoch = curve.length - 1;
  if (epoch + 1 < (options.warmupEpochs ?? 3)) return false;
  const atEpoch = completedCurves
    .filter((completed) => completed.length > epoch)
    .map((completed) => completed[epoch]!)
    .filter(Number.isFinite);
  if (atEpoch.length === 0 || atEpoch.length < (options.minCompletedTrials ?? 2)) return false;
  const best = Math.min(...curve.map((value) => (Number.isFinite(value) ? value : Infinity)));
  return best > median(atEpoch);
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
