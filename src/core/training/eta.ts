import type { EpochReport } from '../model/train-network';

/** What an estimate of the time left needs: the latest epoch, the plan and the budget. */
export interface EtaInput {
  /** `elapsedMs` counts from the start of the training loop, as the budget does. */
  report: EpochReport;
  plannedEpochs: number;
  timeBudgetMs?: number;
}

/**
 * Milliseconds left, from the mean epoch time so far times the epochs still planned, capped by
 * what is left of the time budget. Early stopping can only make it shorter.
 */
export function etaMs({ report, plannedEpochs, timeBudgetMs }: EtaInput): number {
  const epochsDone = report.epoch + 1;
  const byEpochs = (report.elapsedMs / epochsDone) * Math.max(0, plannedEpochs - epochsDone);
  const byBudget = timeBudgetMs === undefined ? Infinity : timeBudgetMs - report.elapsedMs;
  return Math.max(0, Math.min(byEpochs, byBudget));
}

/** Where a search stands when an epoch of one of its trials ends. */
export interface SearchEtaInput {
  /** Since the search started. */
  elapsedMs: number;
  /** Time spent in the current trial so far. */
  trialElapsedMs: number;
  /** 0-based index of the current trial. */
  trial: number;
  trials: number;
  timeBudgetMs: number;
}

/**
 * Milliseconds left in a search: the mean duration of the finished trials times the trials still
 * to run (the current one counted, less what it has used), capped by what is left of the budget.
 * Before any trial has finished, only the budget bounds it.
 */
export function searchEtaMs(input: SearchEtaInput): number {
  const byBudget = input.timeBudgetMs - input.elapsedMs;
  if (input.trial === 0) return Math.max(0, byBudget);
  const meanTrialMs = (input.elapsedMs - input.trialElapsedMs) / input.trial;
  const byTrials = meanTrialMs * (input.trials - input.trial) - input.trialElapsedMs;
  return Math.max(0, Math.min(byTrials, byBudget));
}
