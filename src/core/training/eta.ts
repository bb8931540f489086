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
