/** The training core of the Train page: the API the worker calls. */
export {
  runTraining,
  type RunTrainingRequest,
  type RunTrainingResult,
  type TrainingMetrics,
  type TrainingProgress,
} from './run-training';
export {
  checkFrameInput,
  checkTrainingInput,
  MIN_TRAINING_ROWS,
  type TrainingCheck,
  type TrainingChoice,
  type TrainingIssue,
  type TrainingIssueCode,
} from './check-training-input';
export { frameFromTable, isFeatureType, suggestFeatures } from './table-frame';
export {
  fastPreset,
  PRESET_PREPROCESSING,
  PRODUCTION_BUDGET_MS,
  productionPreset,
  searchPreset,
  SEARCH_SPACE,
  type PresetName,
  type PresetPlan,
  type SearchPlan,
} from './presets';
export { runSearch, type SearchOutcome, type SearchRequest, type TrialReport } from './search';
export { TpeSampler, type ScoredTrial, type TpeOptions } from './tpe-sampler';
export { shouldPruneTrial, type MedianPrunerOptions } from './median-pruner';
export type { Assignment, ParamSpec, SearchSpace } from './search-space';
export {
  permutationImportance,
  type FeatureImportance,
  type FramePredictor,
  type PermutationImportance,
  type PermutationImportanceRequest,
} from './permutation-importance';
export { networkImportance } from './model-importance';
