import type { DriftMethod, DriftReport, PerformanceDriftResult } from '../../core/drift';
import type { DriftReportRecord } from '../../storage/drift-reports';
import type { RunRecord } from '../../storage/runs';
import type { ModelSummary } from '../../storage/model-types';
import type { ComparisonResult, TrainProgressEvent } from './training-api';

/** How to test a batch: Evidently's default per column, or PSI everywhere. */
export interface DriftSettings {
  method: DriftMethod;
  /** Performance drift is flagged when RMSE or MAPE is worse by more than this, percent. */
  performanceThresholdPercent: number;
}

/** Check an uploaded CSV batch against the champion's reference profile. */
export interface FileDriftRequest extends DriftSettings {
  file: File;
}

/** Check the inputs logged in a time window (estimates and bulk samples) against the champion. */
export interface LogDriftRequest extends DriftSettings {
  /** Epoch ms, inclusive. */
  since: number;
  /** Epoch ms, exclusive. */
  until: number;
}

/** Where a report's batch came from. */
export type DriftSource =
  { kind: 'file'; fileName: string } | { kind: 'log'; since: number; until: number };

/** What a saved drift report holds (the payload of a `DriftReportRecord`). */
export interface MonitorReport {
  source: DriftSource;
  modelVersion: number;
  /** The model's target column. */
  target: string;
  drift: DriftReport;
  /** Batch columns the model does not read (ignored). */
  extraColumns: string[];
  /** Null when the batch has no actual prices. */
  performance: PerformanceDriftResult | null;
}

/** A stored report, as the Monitor page lists it. */
export type MonitorReportRecord = DriftReportRecord<MonitorReport>;

/**
 * A drift check's outcome: the report (saved unless `saveProblem` says why not, such as a full
 * disk: the report is still shown), or why none could be made, naming the row, column or limit.
 */
export type DriftCheckOutcome =
  | { ok: true; record: MonitorReportRecord; saveProblem: string | null }
  | { ok: false; message: string };

/** What a retrain trains on: the champion's training data plus the batch, or the batch alone. */
export type RetrainData = 'reference-plus-batch' | 'batch-only';

/** `auto`: promote when the challenger beats the champion on the batch's TEST rows. */
export type RetrainPromotion = 'auto' | 'manual';

/** "Retrain with this data" from a drift report. */
export interface RetrainRequest {
  runId: string;
  file: File;
  data: RetrainData;
  promotion: RetrainPromotion;
  seed?: number;
}

/** Where a retrain is. */
export type RetrainPhase = 'dataset' | 'training' | 'registering' | 'comparing';

/** Sent at each phase and with each training progress event. */
export interface RetrainProgress {
  runId: string;
  phase: RetrainPhase;
  training: TrainProgressEvent | null;
}

/** A retrain's outcome: the new dataset, run, challenger and its comparison with the champion. */
export type RetrainOutcome =
  | {
      ok: true;
      datasetId: string;
      datasetName: string;
      run: RunRecord;
      challenger: ModelSummary;
      /** On the batch's TEST rows (holdout rule), both models, same rows. */
      comparison: ComparisonResult;
      isPromoted: boolean;
    }
  | { ok: false; message: string };
