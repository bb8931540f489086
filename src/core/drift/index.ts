/** Drift of a batch against a model version's reference profile: the API a worker calls. */
export {
  buildReferenceProfile,
  isReferenceProfile,
  type ReferenceProfileOptions,
} from './reference-profile';
export { buildCurrentProfile } from './current-profile';
export { driftReport, DEFAULT_MIN_ROWS, SMALL_BATCH_ROWS } from './drift-report';
export { driftCoverage, isTested, type DriftCoverage } from './drift-coverage';
export {
  performanceDrift,
  type PerformanceDrift,
  type PerformanceDriftResult,
  type ReferenceMetrics,
} from './performance-drift';
export {
  DEFAULT_THRESHOLDS,
  SMALL_REFERENCE_MAX,
  type DriftMethod,
  type DriftTestName,
} from './select-test';
export { MAX_BARS, type DriftBar } from './count-keys';
export type * from './profile-types';
export type * from './report-types';
