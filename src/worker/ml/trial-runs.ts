import type { TrialReport } from '../../core/training/search';
import type { TreeTrialReport } from '../../core/training/tree-search';
import type { RunRecord } from '../../storage/runs';

/**
 * A search's trials as child runs of `parent`: each keeps its own settings, curve and best
 * validation loss (trials are ranked on validation rows; only the chosen model is scored on TEST).
 */
export function trialRuns(parent: RunRecord, trials: readonly TrialReport[]): RunRecord[] {
  return trials.map((trial) => ({
    ...parent,
    id: `${parent.id}-trial-${trial.trial + 1}`,
    parentId: parent.id,
    params: { ...trial.params, bestValLoss: trial.bestValLoss, bestEpoch: trial.bestEpoch },
    status: 'done',
    durationMs: trial.durationMs,
    curves: trial.curve,
    metrics: null,
    importance: null,
    message: trial.isPruned
      ? `Pruned at epoch ${trial.curve.length}: behind the median of earlier trials.`
      : `Stopped: ${trial.stopReason}.`,
    modelVersion: null,
  }));
}

/**
 * A search's tree trials as child runs of `parent`, after its network trials: settings, the
 * validation RMSE they were ranked by, and every tenth round's losses as the curve.
 */
export function treeTrialRuns(parent: RunRecord, trials: readonly TreeTrialReport[]): RunRecord[] {
  return trials.map((trial) => ({
    ...parent,
    id: `${parent.id}-trees-${trial.trial + 1}`,
    parentId: parent.id,
    params: { ...trial.params, validationRmse: trial.validationRmse, rounds: trial.rounds },
    status: 'done',
    durationMs: trial.durationMs,
    curves: trial.curve,
    metrics: null,
    importance: null,
    message: `Trees: ${trial.rounds} kept (${trial.stopReason}); validation RMSE ${trial.validationRmse.toFixed(2)}.`,
    modelVersion: null,
  }));
}
