/** Histogram gradient-boosted regression trees: fit, predict and store tree price models. */
export {
  binFeatures,
  MISSING_CODE,
  OTHER_CODE,
  type BinnedFeatures,
  type FeatureColumn,
} from './binning';
export {
  fitBoostedTrees,
  type BoostRequest,
  type BoostResult,
  type BoostRound,
  type StopReason,
} from './boost';
export { gainImportance, type TreeEnsemble } from './ensemble';
export { encodeFrame, fitFeatureEncodings, type TreeFeatureEncoding } from './feature-encoding';
export { checkTreeParams, DEFAULT_TREE_PARAMS, type TreeParams } from './params';
export { predictEnsemble, prepareEnsemble } from './predict';
export { deserializeTreeModel, serializeTreeModel, type SerializedTreeModel } from './serialize';
export {
  DEFAULT_TREE_MODEL_PARAMS,
  fitTreeModel,
  predictTreeModel,
  pricesOfScores,
  type TreeModel,
  type TreeModelFit,
  type TreeModelParams,
  type TreeModelRequest,
} from './tree-model';
export { validateEnsemble } from './validate-ensemble';
