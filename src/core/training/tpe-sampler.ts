import { createRandom } from '../random';
import { categoricalEstimator, numericEstimator, type ParzenEstimator } from './parzen';
import {
  fromInternal,
  internalRange,
  sampleUniformly,
  toInternal,
  type Assignment,
  type ParamSpec,
  type SearchSpace,
} from './search-space';

/** A finished trial as the sampler sees it: where it was and how it scored (lower is better). */
export interface ScoredTrial {
  assignment: Assignment;
  /** Best validation loss; NaN or Infinity for a trial that failed. */
  loss: number;
  /** A pruned trial counts among the bad ones whatever its loss. */
  isPruned?: boolean;
}

/** Settings of {@link TpeSampler}; the defaults follow Optuna's. */
export interface TpeOptions {
  seed: number;
  /** Purely random trials before the densities take over (5). */
  startupTrials?: number;
  /** Share of finished trials counted as good (0.25). */
  gamma?: number;
  /** Points drawn from the good density per suggestion; the best ratio wins (24). */
  candidates?: number;
}

/**
 * A Tree-structured Parzen Estimator sampler (Bergstra et al. 2011). After `startupTrials`
 * uniform draws, it splits finished trials into good (best `gamma` by loss) and bad, fits an
 * independent Parzen estimator per parameter to each group (l for good, g for bad), draws
 * `candidates` points from l and suggests the one with the largest l(x)/g(x). Seeded: the same
 * seed and the same trial history give the same suggestions.
 */
export class TpeSampler {
  private readonly random: () => number;
  private readonly startupTrials: number;
  private readonly gamma: number;
  private readonly candidates: number;

  constructor(
    private readonly space: SearchSpace,
    options: TpeOptions,
  ) {
    this.random = createRandom(options.seed);
    this.startupTrials = options.startupTrials ?? 5;
    this.gamma = options.gamma ?? 0.25;
    this.candidates = options.candidates ?? 24;
  }

  /** The next point to try, given every trial finished so far. */
  suggest(history: readonly ScoredTrial[]): Assignment {
    if (history.length < this.startupTrials) return sampleUniformly(this.space, this.random);
    const { good, bad } = this.splitTrials(history);
    const densities = Object.entries(this.space).map(([name, spec]) => ({
      name,
      spec,
      good: estimatorFor(spec, good, name),
      bad: estimatorFor(spec, bad, name),
    }));
    let best: { assignment: Assignment; score: number } | null = null;
    for (let c = 0; c < this.candidates; c++) {
      const assignment: Assignment = {};
      let score = 0;
      for (const density of densities) {
        const internal = density.good.sample(this.random);
        score += density.good.logDensity(internal) - density.bad.logDensity(internal);
        assignment[density.name] = fromInternal(density.spec, internal);
      }
      if (!best || score > best.score) best = { assignment, score };
    }
    return best!.assignment;
  }

  /** Good: the best ceil(gamma·n) finished trials that were not pruned; bad: the rest. */
  private splitTrials(history: readonly ScoredTrial[]): {
    good: ScoredTrial[];
    bad: ScoredTrial[];
  } {
    const rank = (trial: ScoredTrial) =>
      trial.isPruned || !Number.isFinite(trial.loss) ? Infinity : trial.loss;
    const ordered = [...history].sort((a, b) => rank(a) - rank(b));
    const goodCount = Math.max(
      1,
      Math.min(ordered.length - 1, Math.ceil(this.gamma * ordered.length)),
    );
    return { good: ordered.slice(0, goodCount), bad: ordered.slice(goodCount) };
  }
}

function estimatorFor(
  spec: ParamSpec,
  trials: readonly ScoredTrial[],
  name: string,
): ParzenEstimator {
  const observed = trials.map((trial) => toInternal(spec, trial.assignment[name]!));
  return spec.kind === 'categorical'
    ? categoricalEstimator(observed, spec.choices.length)
    : numericEstimator(observed, internalRange(spec));
}
