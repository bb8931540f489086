import { AppError } from '../../lib/errors';
import { createRandom } from '../random';
import type { BinnedFeatures } from './binning';
import { EnsembleBuilder, gainImportance, type TreeEnsemble } from './ensemble';
import { checkTreeParams, type TreeParams } from './params';
import { leafOfRow, type GrownTree } from './grown-tree';
import { TreeGrower } from './tree-grower';

/** Losses after one boosting round: root mean squared error in model space. */
export interface BoostRound {
  /** Trees so far (1-based). */
  round: number;
  trainLoss: number;
  /** NaN when there are no validation rows. */
  validLoss: number;
  elapsedMs: number;
}

/** Why boosting ended. */
export type StopReason = 'rounds' | 'early-stopping' | 'cancelled' | 'no-split';

/** Inputs of {@link fitBoostedTrees}. */
export interface BoostRequest {
  bins: BinnedFeatures;
  /** Target by row (length `bins.rowCount`), already in model space (for example log price). */
  target: Float64Array;
  /** Rows the trees are fitted on. Their targets must be finite. */
  fitRows: Int32Array;
  /** Rows that only drive early stopping (may be empty). Their targets must be finite. */
  validationRows: Int32Array;
  params: TreeParams;
  /** Called after every round; cheap, so callers throttle as they wish. */
  onRound?: (round: BoostRound) => void;
  /** Polled before every round; true ends training as `cancelled`. */
  shouldStop?: () => boolean;
}

/** What {@link fitBoostedTrees} returns. */
export interface BoostResult {
  /** Truncated to `bestRound` trees. */
  ensemble: TreeEnsemble;
  history: BoostRound[];
  /** Trees kept: the round with the lowest validation loss (the last round without validation rows). */
  bestRound: number;
  stopReason: StopReason;
  /** Total split gain per feature in the kept trees. */
  gainImportance: Float64Array;
}

/**
 * Gradient boosting of regression trees with squared-error loss: each round fits one leaf-wise
 * tree to the residuals of a seeded sample of rows and features, and early stopping on the
 * validation rows keeps the best number of rounds.
 */
export function fitBoostedTrees(request: BoostRequest): BoostResult {
  const { bins, target, fitRows, validationRows, params } = request;
  checkTreeParams(params);
  checkRows(request);
  const state = startBoosting(request);
  const { prediction, grad, random, sampler, grower, builder, best } = state;
  const history: BoostRound[] = [];
  let stopReason: StopReason = 'rounds';
  for (let round = 1; round <= params.rounds && stopReason === 'rounds'; round++) {
    if (request.shouldStop?.()) {
      stopReason = 'cancelled';
      break;
    }
    const sampled = sampler.draw(random);
    const allowed = sampleFeatures(bins.featureCount, params.featureSampleRate, random);
    const tree = grower.grow(sampled, grad, allowed);
    if (tree.nodeCount === 1) {
      stopReason = 'no-split';
      break;
    }
    builder.add(tree);
    applyTree(tree, bins, prediction, [sampler.outOfSample, validationRows]);
    const trainLoss = updateGradients(grad, prediction, target, fitRows);
    const validLoss = rmseOf(prediction, target, validationRows);
    const entry = { round, trainLoss, validLoss, elapsedMs: performance.now() - state.started };
    history.push(entry);
    request.onRound?.(entry);
    if (best.isStale(round, validLoss)) stopReason = 'early-stopping';
  }
  const ensemble = builder.build(best.round);
  const importance = gainImportance(ensemble);
  return { ensemble, history, bestRound: best.round, stopReason, gainImportance: importance };
}

/** Everything a boosting run keeps between rounds; predictions start at the fit rows' mean. */
function startBoosting({ bins, target, fitRows, validationRows, params }: BoostRequest) {
  const baseScore = meanOf(target, fitRows);
  const prediction = new Float64Array(bins.rowCount);
  for (const rows of [fitRows, validationRows])
    rows.forEach((row) => (prediction[row] = baseScore));
  const grad = new Float64Array(bins.rowCount);
  updateGradients(grad, prediction, target, fitRows);
  return {
    started: performance.now(),
    prediction,
    grad,
    random: createRandom(params.seed),
    sampler: new RowSampler(fitRows, params.rowSampleRate),
    grower: new TreeGrower(bins, params, fitRows.length),
    builder: new EnsembleBuilder(bins, baseScore),
    best: new BestRound(params.earlyStoppingRounds, validationRows.length > 0),
  };
}

/** Tracks the round with the lowest validation loss (the latest one without validation rows). */
class BestRound {
  round = 0;
  private loss = Infinity;

  constructor(
    private readonly patience: number,
    private readonly hasValidation: boolean,
  ) {}

  /** Records a round; true once `patience` rounds have passed without a better loss. */
  isStale(round: number, loss: number): boolean {
    if (!this.hasValidation || loss < this.loss) {
      this.loss = loss;
      this.round = round;
      return false;
    }
    return this.patience > 0 && round - this.round >= this.patience;
  }
}

function checkRows({ bins, target, fitRows, validationRows }: BoostRequest): void {
  if (target.length !== bins.rowCount) {
    throw new AppError(
      'TRAINING_FAILED',
      `Target has ${target.length} rows, features ${bins.rowCount}.`,
    );
  }
  if (fitRows.length === 0)
    throw new AppError('TRAINING_FAILED', 'There are no rows to fit trees on.');
  for (const rows of [fitRows, validationRows]) {
    for (const row of rows) {
      if (!(row >= 0 && row < bins.rowCount) || !Number.isFinite(target[row]!)) {
        throw new AppError(
          'TRAINING_FAILED',
          `Row ${row} is out of range or has no finite target.`,
        );
      }
    }
  }
}

/** Adds the new tree's leaf values: sampled rows by their leaf ranges, other rows by traversal. */
function applyTree(
  tree: GrownTree,
  bins: BinnedFeatures,
  prediction: Float64Array,
  others: Int32Array[],
): void {
  for (let slot = 0; slot < tree.leafCount; slot++) {
    const value = tree.value[tree.leafNode[slot]!]!;
    for (let i = tree.leafBegin[slot]!; i < tree.leafEnd[slot]!; i++) {
      const row = tree.order[i]!;
      prediction[row] = prediction[row]! + value;
    }
  }
  for (const rows of others) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      prediction[row] = prediction[row]! + tree.value[leafOfRow(tree, bins, row)]!;
    }
  }
}

/** Draws each round's rows (each fit row kept with probability `rate`), reusing two buffers. */
class RowSampler {
  private readonly inSample: Int32Array;
  private readonly rest: Int32Array;
  outOfSample: Int32Array = new Int32Array(0);

  constructor(
    private readonly rows: Int32Array,
    private readonly rate: number,
  ) {
    this.inSample = new Int32Array(rows.length);
    this.rest = new Int32Array(rows.length);
  }

  draw(random: () => number): Int32Array {
    if (this.rate >= 1) return this.rows;
    let kept = 0;
    let dropped = 0;
    const rows = this.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (random() < this.rate) this.inSample[kept++] = row;
      else this.rest[dropped++] = row;
    }
    this.outOfSample = this.rest.subarray(0, dropped);
    return this.inSample.subarray(0, kept);
  }
}

/** Features one tree may use: round(rate × count) of them (at least one), ascending. */
function sampleFeatures(count: number, rate: number, random: () => number): Int32Array {
  const all = Int32Array.from({ length: count }, (_, i) => i);
  if (rate >= 1) return all;
  const chosen = Math.max(1, Math.round(rate * count));
  for (let i = 0; i < chosen; i++) {
    const j = i + Math.floor(random() * (count - i));
    const held = all[i]!;
    all[i] = all[j]!;
    all[j] = held;
  }
  return all.subarray(0, chosen).sort();
}

function meanOf(values: Float64Array, rows: Int32Array): number {
  let sum = 0;
  for (const row of rows) sum += values[row]!;
  return sum / rows.length;
}

/** Sets the squared-error gradients (prediction − target) of `rows`; returns their RMSE. */
function updateGradients(
  grad: Float64Array,
  prediction: Float64Array,
  target: Float64Array,
  rows: Int32Array,
): number {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const residual = prediction[row]! - target[row]!;
    grad[row] = residual;
    sum += residual * residual;
  }
  return Math.sqrt(sum / rows.length);
}

function rmseOf(prediction: Float64Array, target: Float64Array, rows: Int32Array): number {
  if (rows.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < rows.length; i++) sum += (prediction[rows[i]!]! - target[rows[i]!]!) ** 2;
  return Math.sqrt(sum / rows.length);
}
