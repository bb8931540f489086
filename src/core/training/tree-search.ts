import { fitTreesPrepared } from '../model/fit-trees';
import { regressionMetrics } from '../model/metrics';
import type { EvaluatedBundle } from '../model/holdout-evaluation';
import type { PreparedFit } from '../model/prepare-fit';
import type { EpochReport } from '../model/train-network';
import { pickRows } from '../statistics';
import { treeRoundReport } from './tree-round-report';
import { DEFAULT_TREE_MODEL_PARAMS, type StopReason, type TreeModelParams } from '../trees';
import { choiceOf, type Assignment, type SearchSpace } from './search-space';
import { TpeSampler, type ScoredTrial } from './tpe-sampler';

/** The tree settings the Search preset samples; the rest keep their defaults. */
export const TREE_SEARCH_SPACE = {
  learningRate: { kind: 'log-uniform', low: 0.02, high: 0.2 },
  maxLeaves: { kind: 'categorical', choices: [15, 31, 63, 127] },
  minLeafRows: { kind: 'categorical', choices: [2, 5, 10, 20, 50] },
  featureSampleRate: { kind: 'uniform', low: 0.5, high: 1 },
  l2: { kind: 'log-uniform', low: 0.01, high: 10 },
  logTarget: { kind: 'categorical', choices: [true, false] },
} satisfies SearchSpace;

/** One tree trial: its settings, and its RMSE on the validation rows (in the target's units). */
export interface TreeTrialReport {
  trial: number;
  params: TreeModelParams;
  validationRmse: number;
  /** Trees kept (early stopping on the validation rows). */
  rounds: number;
  stopReason: StopReason;
  durationMs: number;
  /** Every tenth round's squared model-space RMSE on the fit (`loss`) and validation rows. */
  curve: EpochReport[];
}

/** What a tree search is asked to do. */
export interface TreeSearchRequest {
  prepared: PreparedFit;
  trials: number;
  timeBudgetMs: number;
  seed: number;
  shouldStop?: () => boolean;
  onRound?: (trial: number, report: EpochReport) => void;
}

/** Every trial, and the best on validation RMSE with its evaluated one-member bundle. */
export interface TreeSearchOutcome {
  trials: TreeTrialReport[];
  best: { trial: TreeTrialReport; evaluated: EvaluatedBundle } | null;
  isCancelled: boolean;
}

/**
 * Searches tree settings with TPE within `timeBudgetMs`: each trial gets an even share of what is
 * left and ends there with its best rounds; trials are ranked by their RMSE on the validation rows
 * in the target's units (so log and raw targets compare), never by TEST.
 */
export async function runTreeSearch(request: TreeSearchRequest): Promise<TreeSearchOutcome> {
  const { prepared, seed } = request;
  const sampler = new TpeSampler(TREE_SEARCH_SPACE, { seed });
  const started = performance.now();
  const scored: ScoredTrial[] = [];
  const outcome: TreeSearchOutcome = { trials: [], best: null, isCancelled: false };
  for (let trial = 0; trial < request.trials; trial++) {
    const remainingMs = request.timeBudgetMs - (performance.now() - started);
    if (request.shouldStop?.() || remainingMs <= 0) break;
    const assignment = sampler.suggest(scored);
    const params = paramsOf(assignment, seed + trial, prepared.transform.low > 0);
    const deadline = performance.now() + remainingMs / (request.trials - trial);
    const { report, evaluated } = await runTreeTrial(request, trial, params, deadline);
    if (request.shouldStop?.()) {
      outcome.isCancelled = true;
      break;
    }
    outcome.trials.push(report);
    scored.push({ assignment, loss: report.validationRmse, isPruned: false });
    if (report.validationRmse < (outcome.best?.trial.validationRmse ?? Infinity)) {
      outcome.best = { trial: report, evaluated };
    }
  }
  return outcome;
}

/** Settings at `assignment`; a log target only for prices above 0. */
function paramsOf(assignment: Assignment, seed: number, canLog: boolean): TreeModelParams {
  const space = TREE_SEARCH_SPACE;
  return {
    ...DEFAULT_TREE_MODEL_PARAMS,
    learningRate: assignment.learningRate!,
    maxLeaves: choiceOf(space.maxLeaves, assignment.maxLeaves!),
    minLeafRows: choiceOf(space.minLeafRows, assignment.minLeafRows!),
    featureSampleRate: assignment.featureSampleRate!,
    l2: assignment.l2!,
    logTarget: canLog && choiceOf(space.logTarget, assignment.logTarget!),
    seed,
  };
}

async function runTreeTrial(
  request: TreeSearchRequest,
  trial: number,
  params: TreeModelParams,
  deadline: number,
): Promise<{ report: TreeTrialReport; evaluated: EvaluatedBundle }> {
  const started = performance.now();
  const curve: EpochReport[] = [];
  const { fit, ...evaluated } = await fitTreesPrepared(request.prepared, params, {
    label: params.logTarget ? 'trees (log)' : 'trees (raw)',
    shouldStop: () => (request.shouldStop?.() ?? false) || performance.now() >= deadline,
    onRound: (round) => {
      const report = treeRoundReport(round);
      if (!report) return;
      curve.push(report);
      request.onRound?.(trial, report);
    },
  });
  const report: TreeTrialReport = {
    trial,
    params,
    validationRmse: validationRmse(request.prepared, evaluated.validationPrices),
    rounds: fit.bestRound,
    stopReason: fit.stopReason,
    durationMs: performance.now() - started,
    curve,
  };
  return { report, evaluated };
}

/** RMSE of the validation prices in the target's units (Infinity when it is not finite). */
function validationRmse(prepared: PreparedFit, prices: Float64Array): number {
  const rows = prepared.split.validation;
  const actual = pickRows(prepared.frame.columns[prepared.target]!.values as Float64Array, rows);
  const rmse = regressionMetrics(actual, prices).rmse;
  return Number.isFinite(rmse) ? rmse : Infinity;
}
