import { binFeatures, type FeatureColumn } from './binning';
import { fitBoostedTrees, type BoostResult } from './boost';
import { DEFAULT_TREE_PARAMS, type TreeParams } from './params';

/** Settings for small exact tests: every row, no shrinkage, no regularisation. */
export const EXACT_PARAMS: TreeParams = {
  ...DEFAULT_TREE_PARAMS,
  rounds: 5,
  learningRate: 1,
  maxLeaves: 8,
  minLeafRows: 1,
  l2: 0,
  rowSampleRate: 1,
  featureSampleRate: 1,
  earlyStoppingRounds: 0,
};

/** All rows 0..count−1. */
export function allRows(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, i) => i);
}

/** Bins `columns` on every row and boosts on them (no validation rows unless given). */
export function boost(
  columns: FeatureColumn[],
  target: Float64Array,
  params: Partial<TreeParams> = {},
  validationRows = new Int32Array(0),
): BoostResult {
  const fullParams = { ...EXACT_PARAMS, ...params };
  const isValidation = new Set(validationRows);
  const fitRows = allRows(target.length).filter((row) => !isValidation.has(row));
  const bins = binFeatures(columns, fitRows, fullParams.maxBins);
  return fitBoostedTrees({ bins, target, fitRows, validationRows, params: fullParams });
}
