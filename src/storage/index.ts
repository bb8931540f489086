/** Estimo's IndexedDB storage: open the database, then call the domain functions with it. */
export {
  DB_NAME,
  DB_VERSION,
  closeEstimoDb,
  openEstimoDb,
  type EstimoDb,
  type EstimoSchema,
  type OpenEstimoDbOptions,
} from './db';
export { CHUNK_ROWS } from './column-chunks';
export {
  deleteDataset,
  getDataset,
  listDatasets,
  loadDatasetTable,
  renameDataset,
  replaceDatasetColumn,
  saveDataset,
  updateDatasetMeta,
  type ColumnReplacement,
  type DatasetMeta,
  type DatasetMetaPatch,
  type NewDatasetMeta,
  type SaveDatasetResult,
} from './datasets';
export {
  deleteRun,
  getRun,
  getRunBundle,
  listChildRuns,
  listRuns,
  saveRun,
  saveRunBundle,
  updateRun,
  type RunCurvePoint,
  type RunRecord,
} from './runs';
export {
  deleteModelVersion,
  ensureShippedVersion,
  getModelVersion,
  listModelSummaries,
  registerModelVersion,
} from './models';
export {
  getChampion,
  getChampionVersion,
  listChampionHistory,
  rollbackChampion,
  setChampion,
} from './champion';
export {
  CHAMPION,
  type AliasMove,
  type AliasMoveReason,
  type ModelSource,
  type ModelSummary,
  type ModelVersionRecord,
  type NewModelVersion,
} from './model-types';
export {
  DEFAULT_MAX_BULK_RUNS,
  DEFAULT_MAX_PREDICTIONS,
  listBulkRuns,
  listPredictions,
  logBulkRun,
  logPrediction,
  type BulkRunEntry,
  type BulkRunRecord,
  type LogQuery,
  type LogResult,
  type PredictionEntry,
  type PredictionRecord,
} from './prediction-log';
export {
  deleteDriftReport,
  getDriftReport,
  listDriftReports,
  saveDriftReport,
  type DriftReportRecord,
} from './drift-reports';
export {
  announceStorageChange,
  onStorageChange,
  STORAGE_CHANNEL,
  type StorageChange,
} from './changes';
export { readStorageUsage, requestPersistentStorage, type StorageUsage } from './storage-usage';
