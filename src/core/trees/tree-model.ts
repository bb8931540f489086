import { AppError } from '../../lib/errors';
import type { Frame } from '../data/frame';
import { fromModelSpace, toModelSpace, type TargetTransform } from '../target-transform';
import { binFeatures } from './binning';
import { fitBoostedTrees, type BoostRound, type StopReason } from './boost';
import type { TreeEnsemble } from './ensemble';
import { encodeFrame, fitFeatureEncodings, type TreeFeatureEncoding } from './feature-encoding';
import { DEFAULT_TREE_PARAMS, type TreeParams } from './params';
import { predictEnsemble } from './predict';

/** Learner settings plus the target transform: log (for positive prices) or raw. */
export type TreeModelParams = TreeParams & { logTarget: boolean };

/**
 * Defaults for a price model. A log target gave the lower MAPE on every shared table and the
 * lower RMSE on diamonds, UK used cars and auto.ru; a raw target gave the lower RMSE on Getaround
 * and Brazil rents. Use a raw target when a price can be 0 or below.
 */
export const DEFAULT_TREE_MODEL_PARAMS: TreeModelParams = {
  ...DEFAULT_TREE_PARAMS,
  logTarget: true,
};

/** A trained tree model: everything needed to price a frame, JSON-able through `serializeTreeModel`. */
export interface TreeModel {
  target: string;
  /** Log or raw, and the training target range predictions are clipped to (mean/std unused: 0 and 1). */
  transform: TargetTransform;
  features: TreeFeatureEncoding[];
  ensemble: TreeEnsemble;
  params: TreeModelParams;
}

/** Inputs of {@link fitTreeModel}. Rows whose target is missing are left out. */
export interface TreeModelRequest {
  frame: Frame;
  target: string;
  features: readonly string[];
  params: TreeModelParams;
  fitRows: Int32Array;
  validationRows: Int32Array;
  onRound?: (round: BoostRound) => void;
  shouldStop?: () => boolean;
}

/** A fitted model and how training went. */
export interface TreeModelFit {
  model: TreeModel;
  history: BoostRound[];
  bestRound: number;
  stopReason: StopReason;
  /** Total split gain per feature, largest first. */
  importance: { feature: string; gain: number }[];
}

/** Fits a boosted-tree price model on a frame; bins and category levels come from `fitRows` only. */
export function fitTreeModel(request: TreeModelRequest): TreeModelFit {
  const { frame, target, features, params } = request;
  const prices = targetValues(frame, target, features);
  const isUsable = (row: number): boolean => Number.isFinite(prices[row]!);
  const fitRows = request.fitRows.filter(isUsable);
  const validationRows = request.validationRows.filter(isUsable);
  const transform = fitTransform(prices, [fitRows, validationRows], params.logTarget, target);
  const modelTarget = prices.map((price) => toModelSpace(transform, price));
  const encodings = fitFeatureEncodings(frame, features, fitRows, params.minCategoryRows);
  const bins = binFeatures(encodeFrame(encodings, frame), fitRows, params.maxBins);
  const boosted = fitBoostedTrees({
    ...request,
    bins,
    target: modelTarget,
    fitRows,
    validationRows,
  });
  const { ensemble, history, bestRound, stopReason } = boosted;
  const importance = encodings
    .map(({ name }, f) => ({ feature: name, gain: boosted.gainImportance[f]! }))
    .sort((a, b) => b.gain - a.gain);
  const model = { target, transform, features: encodings, ensemble, params: { ...params } };
  return { model, history, bestRound, stopReason, importance };
}

/** The target column's values, after checking it is numeric, not a feature, and features exist. */
function targetValues(frame: Frame, target: string, features: readonly string[]): Float64Array {
  const column = frame.columns[target];
  if (!column || column.kind === 'category') {
    throw new AppError('TRAINING_FAILED', `The target "${target}" is not a numeric column.`);
  }
  if (features.includes(target)) {
    throw new AppError('TRAINING_FAILED', `The target "${target}" cannot also be a feature.`);
  }
  if (features.length === 0)
    throw new AppError('TRAINING_FAILED', 'Trees need at least one feature.');
  return column.values;
}

function fitTransform(
  prices: Float64Array,
  parts: Int32Array[],
  isLog: boolean,
  target: string,
): TargetTransform {
  let low = Infinity;
  let high = -Infinity;
  for (const rows of parts) {
    for (const row of rows) {
      low = Math.min(low, prices[row]!);
      high = Math.max(high, prices[row]!);
    }
  }
  if (isLog && !(low > 0)) {
    throw new AppError(
      'TRAINING_FAILED',
      `A log target needs "${target}" above 0, but its lowest value is ${low}.`,
    );
  }
  return { isLog, mean: 0, std: 1, low, high };
}

/**
 * Prices for every row of `frame`, in the target's units, clipped to the training target range.
 * Missing numbers and categories follow each split's learned side; unseen levels go where "other" goes.
 */
export function predictTreeModel(model: TreeModel, frame: Frame): Float64Array {
  return pricesOfScores(model, predictEnsemble(model.ensemble, encodeFrame(model.features, frame)));
}

/** The ensemble's sums (`predictEnsemble` on the model's encoded features) as prices. */
export function pricesOfScores(model: TreeModel, scores: Float64Array): Float64Array {
  return scores.map((value) => fromModelSpace(model.transform, value));
}
