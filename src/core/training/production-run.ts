import { fitPrepared, type NetworkParams } from '../model/fit-price-model';
import { fitTreesPrepared } from '../model/fit-trees';
import type { EvaluatedBundle } from '../model/holdout-evaluation';
import type { PreparedFit } from '../model/prepare-fit';
import type { EpochReport } from '../model/train-network';
import { DEFAULT_TREE_MODEL_PARAMS, type TreeModelParams } from '../trees';
import { blendCandidates, describeBlend } from './blend';
import { treeRoundReport } from './tree-round-report';
import { etaMs } from './eta';
import { plannedEpochMs, PRODUCTION_BUDGET_MS, productionPreset } from './presets';
import { trainingMetrics, type RunTrainingRequest, type RunTrainingResult } from './training-types';

/** Shares of the budget by which each tree member must have finished (from the run's start). */
const TREES_LOG_SHARE = 0.3;
const TREES_RAW_SHARE = 0.45;
/** The same when the network is left out: the trees take the whole budget, with a third member. */
const TREES_ONLY_SHARES = { log: 0.4, raw: 0.7, wide: 1 };
/**
 * The third tree member of a trees-only blend: bigger leaves, more subsampling, another seed.
 * On UK used cars (Node, same members otherwise) it took the blend from 1619 to 1601 TEST RMSE
 * and Brazil rents from 2076 to 2052; it is not tried beside a network (more trees to predict).
 */
const WIDE_TREES: Partial<TreeModelParams> = {
  maxLeaves: 63,
  minLeafRows: 10,
  featureSampleRate: 0.6,
  rowSampleRate: 0.8,
};
/** Least share of the budget left for the network. */
const NETWORK_MIN_SHARE = 0.4;
/**
 * Fewest epochs a network must afford in its share for a place in the blend: on UK used cars
 * (80k rows, ~300 inputs) the browser fitted 8 epochs in 31 s and the blend gave it weight 0.01,
 * time the trees put to better use.
 */
const MIN_NETWORK_EPOCHS = 20;

/** One tree member to try: its label, target transform and the time it must end by. */
interface TreePlan {
  label: string;
  logTarget: boolean;
  share: number;
  /** Settings besides the defaults, and an offset to the run's seed. */
  params?: Partial<TreeModelParams>;
  seedOffset?: number;
}

/**
 * Production: boosted trees on the log price and on the raw price, then the Production network
 * with the budget left, each early-stopped on the validation rows; then {@link blendCandidates}
 * keeps the validation-weighted blend if it beats every member, or else the best member.
 * Trees end by a share of the budget (30% and 45% of it) with the best rounds so far; the network
 * gets what is left (at least 40%). When the network could not afford {@link MIN_NETWORK_EPOCHS}
 * epochs there, it is left out and three tree members share the whole budget (the third with
 * {@link WIDE_TREES}). Curves are the network's epochs.
 */
export async function productionRun(
  request: RunTrainingRequest,
  prepared: PreparedFit,
  started: number,
): Promise<Partial<RunTrainingResult>> {
  const budgetMs = request.timeBudgetMs ?? PRODUCTION_BUDGET_MS;
  const isStopped = () => request.shouldStop?.() ?? false;
  const candidates: EvaluatedBundle[] = [];
  const hasNetwork = isNetworkAffordable(prepared, (1 - TREES_RAW_SHARE) * budgetMs);
  const plans: TreePlan[] = [
    {
      label: 'trees (log)',
      logTarget: true,
      share: hasNetwork ? TREES_LOG_SHARE : TREES_ONLY_SHARES.log,
    },
    {
      label: 'trees (raw)',
      logTarget: false,
      share: hasNetwork ? TREES_RAW_SHARE : TREES_ONLY_SHARES.raw,
    },
    ...(hasNetwork
      ? []
      : [
          {
            label: 'trees (log, wide)',
            logTarget: true,
            share: TREES_ONLY_SHARES.wide,
            params: WIDE_TREES,
            seedOffset: 7,
          },
        ]),
  ].filter((plan) => !plan.logTarget || prepared.transform.low > 0);
  for (const plan of plans) {
    const deadline = started + plan.share * budgetMs;
    if (performance.now() >= deadline) continue;
    const params: TreeModelParams = {
      ...DEFAULT_TREE_MODEL_PARAMS,
      ...plan.params,
      logTarget: plan.logTarget,
      seed: request.seed + (plan.seedOffset ?? 0),
    };
    const trees = await fitTreesPrepared(prepared, params, {
      label: plan.label,
      shouldStop: () => isStopped() || performance.now() >= deadline,
      onRound: (round) => {
        const report = treeRoundReport(round);
        if (!report) return;
        const elapsedMs = performance.now() - started;
        request.onProgress?.({
          ...report,
          phase: 'trees',
          member: plan.label,
          elapsedMs,
          etaMs: Math.max(0, budgetMs - elapsedMs),
        });
      },
    });
    if (isStopped()) return { status: 'cancelled', curves: [] };
    candidates.push(trees);
  }
  const network = hasNetwork
    ? await trainNetwork(request, prepared, started, budgetMs)
    : { status: 'failed' as const, curves: [], params: {}, message: NO_TIME_FOR_NETWORK };
  if (network.status === 'cancelled') return { status: 'cancelled', curves: network.curves };
  if (network.evaluated) candidates.push(network.evaluated);
  if (candidates.length === 0) {
    return { status: 'failed', curves: network.curves, message: network.message };
  }
  const blend = await blendCandidates(prepared, candidates);
  return {
    status: 'done',
    bundle: blend.bundle,
    curves: network.curves,
    metrics: trainingMetrics(blend.bundle),
    params: { ...network.params, blend: describeBlend(blend.members) },
  };
}

interface NetworkOutcome {
  status: 'done' | 'cancelled' | 'failed';
  /** The network's bundle and validation prices, when it trained. */
  evaluated?: EvaluatedBundle;
  curves: EpochReport[];
  params: Partial<NetworkParams>;
  message?: string;
}

const NO_TIME_FOR_NETWORK = `The budget affords under ${MIN_NETWORK_EPOCHS} network epochs on this table; trees only.`;

/** Whether a Production network affords {@link MIN_NETWORK_EPOCHS} epochs in `shareMs`. */
function isNetworkAffordable(prepared: PreparedFit, shareMs: number): boolean {
  const shape = { hiddenUnits: [64, 64, 32], members: 1, batchSize: 256 };
  const epochMs = plannedEpochMs(prepared.fitRows.rows, prepared.preprocessing.width, shape);
  return shareMs / epochMs >= MIN_NETWORK_EPOCHS;
}

/** The Production network on the budget left; a diverged network is left out with a message. */
async function trainNetwork(
  request: RunTrainingRequest,
  prepared: PreparedFit,
  started: number,
  budgetMs: number,
): Promise<NetworkOutcome> {
  const leftMs = Math.max(NETWORK_MIN_SHARE * budgetMs, budgetMs - (performance.now() - started));
  const plan = productionPreset(prepared.fitRows.rows, prepared.preprocessing.width, leftMs);
  const params: NetworkParams = { ...plan.params, seed: request.seed, timeBudgetMs: leftMs };
  const { outcome, ...evaluated } = await fitPrepared(prepared, params, {
    shouldStop: request.shouldStop,
    onEpoch: (report) =>
      request.onProgress?.({
        phase: 'training',
        member: 'network',
        ...report,
        elapsedMs: performance.now() - started,
        etaMs: etaMs({ report, plannedEpochs: params.epochs, timeBudgetMs: leftMs }),
      }),
  });
  const curves = outcome.history;
  if (outcome.stopReason === 'cancelled') return { status: 'cancelled', curves, params };
  if (outcome.stopReason === 'diverged') {
    const message = `The network diverged at epoch ${curves.length}; the trees serve alone.`;
    return { status: 'failed', curves, params, message };
  }
  return { status: 'done', evaluated, curves, params };
}
