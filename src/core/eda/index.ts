/** Exploratory statistics over typed tables: the API a worker calls. */
export { profileTable, type EdaOptions } from './profile-table';
export { ALERT_THRESHOLDS } from './alerts';
export { MAX_BINS } from './histogram';
export { MAX_TOP_LEVELS } from './level-counts';
export type * from './types';
export { guessTarget } from './guess-target';
