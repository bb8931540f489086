import { fitPrepared, type FitResult, type NetworkParams } from '../model/fit-price-model';
import type { PreparedFit } from '../model/prepare-fit';
import type { EpochReport, StopReason } from '../model/train-network';
import { shouldPruneTrial, type MedianPrunerOptions } from './median-pruner';
import type { SearchPlan } from './presets';
import type { Assignment } from './search-space';
import { TpeSampler, type ScoredTrial } from './tpe-sampler';

/** One trial of a search: a child run with its own settings and curve. */
export interface TrialReport {
  /** 0-based trial number. */
  trial: number;
  params: NetworkParams;
  curve: EpochReport[];
  /** Best validation loss (standardised target); the search ranks trials by it, never by TEST. */
  bestValLoss: number;
  bestEpoch: number;
  isPruned: boolean;
  stopReason: StopReason;
  durationMs: number;
}

/** What a search is asked to do. */
export interface SearchRequest {
  prepared: PreparedFit;
  plan: SearchPlan;
  seed: number;
  pruner?: MedianPrunerOptions;
  onEpoch?: (trial: number, report: EpochReport) => void;
  shouldStop?: () => boolean;
}

/** Every trial, the best one (lowest validation loss) with its fitted model, and whether it was cancelled. */
export interface SearchOutcome {
  trials: TrialReport[];
  best: { trial: TrialReport; result: FitResult } | null;
  isCancelled: boolean;
}

/** A trial is not started with less than this left of the budget. */
const MIN_TRIAL_MS = 1_000;

/**
 * Runs up to `plan.trials` trials within `plan.timeBudgetMs`: TPE suggests each trial's settings
 * from the finished ones, each trial gets an even share of the remaining budget (time saved by a
 * pruned trial goes to later ones), and the median pruner stops trials that fall behind.
 */
export async function runSearch(request: SearchRequest): Promise<SearchOutcome> {
  const { plan, seed } = request;
  const sampler = new TpeSampler(plan.space, { seed });
  const started = performance.now();
  const scored: ScoredTrial[] = [];
  const completedCurves: number[][] = [];
  const outcome: SearchOutcome = { trials: [], best: null, isCancelled: false };
  for (let trial = 0; trial < plan.trials; trial++) {
    const remainingMs = plan.timeBudgetMs - (performance.now() - started);
    if (request.shouldStop?.() || remainingMs < MIN_TRIAL_MS) break;
    const assignment = sampler.suggest(scored);
    const params = {
      ...plan.toParams(assignment, remainingMs / (plan.trials - trial)),
      seed: seed + trial,
    };
    const { report, result } = await runTrial(request, { trial, params, completedCurves });
    if (report.stopReason === 'cancelled') {
      outcome.isCancelled = true;
      break;
    }
    outcome.trials.push(report);
    scored.push(scoreOf(assignment, report));
    if (!report.isPruned) completedCurves.push(report.curve.map((epoch) => epoch.valLoss));
    if (isBetter(report, outcome.best?.trial)) outcome.best = { trial: report, result };
  }
  outcome.isCancelled ||= request.shouldStop?.() === true;
  return outcome;
}

interface TrialSetup {
  trial: number;
  params: NetworkParams;
  completedCurves: readonly number[][];
}

async function runTrial(
  request: SearchRequest,
  setup: TrialSetup,
): Promise<{ report: TrialReport; result: FitResult }> {
  const started = performance.now();
  const curve: number[] = [];
  const result = await fitPrepared(request.prepared, setup.params, {
    shouldStop: request.shouldStop,
    onEpoch: (report) => {
      curve.push(report.valLoss);
      request.onEpoch?.(setup.trial, report);
    },
    shouldPrune: () => shouldPruneTrial(curve, setup.completedCurves, request.pruner),
  });
  const { outcome } = result;
  const report: TrialReport = {
    trial: setup.trial,
    params: setup.params,
    curve: outcome.history,
    bestValLoss: outcome.bestValLoss,
    bestEpoch: outcome.bestEpoch,
    isPruned: outcome.stopReason === 'pruned',
    stopReason: outcome.stopReason,
    durationMs: performance.now() - started,
  };
  return { report, result };
}

/** A trial beats the best so far on validation loss; a diverged trial never counts. */
function isBetter(report: TrialReport, best: TrialReport | undefined): boolean {
  if (report.stopReason === 'diverged' || !Number.isFinite(report.bestValLoss)) return false;
  return report.bestValLoss < (best?.bestValLoss ?? Infinity);
}

function scoreOf(assignment: Assignment, report: TrialReport): ScoredTrial {
  const isFailed = report.stopReason === 'diverged' || !Number.isFinite(report.bestValLoss);
  return { assignment, loss: isFailed ? Infinity : report.bestValLoss, isPruned: report.isPruned };
}
