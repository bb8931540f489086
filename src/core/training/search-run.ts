import type { PreparedFit } from '../model/prepare-fit';
import { blendCandidates, describeBlend } from './blend';
import { searchEtaMs } from './eta';
import { searchPreset } from './presets';
import { runSearch } from './search';
import { runTreeSearch } from './tree-search';
import { trainingMetrics, type RunTrainingRequest, type RunTrainingResult } from './training-types';

/** Search's default budget (3 min), and the share of it the network trials get; trees get the rest. */
const SEARCH_BUDGET_MS = 180_000;
const NETWORK_SHARE = 0.6;

/**
 * Search: TPE over network settings (median pruning) in 60% of the budget, then TPE over tree
 * settings in what is left, both ranked on the validation rows; the best network and the best
 * trees are blended as Production blends them (kept only if the blend beats each on validation).
 */
export async function searchRun(
  request: RunTrainingRequest,
  prepared: PreparedFit,
  started: number,
): Promise<Partial<RunTrainingResult>> {
  const budgetMs = request.timeBudgetMs ?? SEARCH_BUDGET_MS;
  const plan = searchPreset(prepared.fitRows.rows, prepared.preprocessing.width, {
    trials: request.searchTrials,
    timeBudgetMs: NETWORK_SHARE * budgetMs,
  });
  const search = await runSearch({
    prepared,
    plan,
    seed: request.seed,
    shouldStop: request.shouldStop,
    onEpoch: (trial, report) => {
      const elapsedMs = performance.now() - started;
      request.onProgress?.({
        phase: 'search',
        member: 'network',
        trial,
        ...report,
        elapsedMs,
        etaMs:
          searchEtaMs({
            elapsedMs,
            trialElapsedMs: report.elapsedMs,
            trial,
            trials: plan.trials,
            timeBudgetMs: plan.timeBudgetMs,
          }) +
          (1 - NETWORK_SHARE) * budgetMs,
      });
    },
  });
  const trials = search.trials;
  const curves = search.best?.trial.curve ?? [];
  if (search.isCancelled) return { status: 'cancelled', curves, trials };
  const trees = await runTreeSearch({
    prepared,
    trials: plan.trials,
    timeBudgetMs: budgetMs - (performance.now() - started),
    seed: request.seed,
    shouldStop: request.shouldStop,
    onRound: (trial, report) => {
      const elapsedMs = performance.now() - started;
      request.onProgress?.({
        phase: 'trees',
        member: `trees, trial ${trial + 1}`,
        trial,
        ...report,
        elapsedMs,
        etaMs: Math.max(0, budgetMs - elapsedMs),
      });
    },
  });
  const treeTrials = trees.trials;
  if (trees.isCancelled) return { status: 'cancelled', curves, trials, treeTrials };
  const candidates = [trees.best?.evaluated, search.best?.result].filter((item) => !!item);
  if (candidates.length === 0) {
    return { message: 'No search trial trained a usable model.', trials, treeTrials };
  }
  const blend = await blendCandidates(prepared, candidates);
  return {
    status: 'done',
    bundle: blend.bundle,
    curves,
    trials,
    treeTrials,
    metrics: trainingMetrics(blend.bundle),
    params: { ...search.best?.trial.params, blend: describeBlend(blend.members) },
  };
}
