import type { EstimateDriver } from '../../core/model/estimate-drivers';
import type { FieldIssue, RawInput } from '../../core/model/input-record';
import type { ModelCard, PredictionInterval } from '../../core/model/model-bundle';
import type { Signature } from '../../core/model/signature';

/** What the pages need to know about the model that answers estimates. */
export interface ActiveModel {
  version: number;
  name: string;
  signature: Signature;
  interval: PredictionInterval;
  card: ModelCard;
  /** TF.js backend the predictor runs on (`wasm` unless the page asked otherwise). */
  backend: string;
  /** Why this is not the stored champion (storage unavailable, say), or null when it is. */
  note: string | null;
}

/** One estimate: a price with its interval, or the fields that stop it. */
export type EstimateResult =
  | {
      ok: true;
      value: number;
      low: number;
      high: number;
      version: number;
      drivers: EstimateDriver[];
      /** Fields priced with care: left blank, outside the training range, or an unseen level. */
      notes: FieldIssue[];
    }
  | { ok: false; issues: FieldIssue[] };

/** Many rows at once, column by column (raw cells as a file gives them). */
export interface BatchInput {
  rowCount: number;
  columns: Record<string, (string | null)[]>;
}

/** Prices for a batch; NaN where a row could not be priced. Arrays are transferred. */
export interface BatchEstimate {
  values: Float64Array;
  low: Float64Array;
  high: Float64Array;
  version: number;
}

/**
 * The predictor worker's API. It holds the active model only: estimates stay fast whatever other
 * workers are doing. Calls are answered in order; the client drops superseded form estimates.
 */
export interface PredictorApi {
  /**
   * Loads the champion (the shipped version 1 on a first visit) and warms it up. Call it again
   * after a promotion or roll back: the new champion replaces the old one.
   */
  loadActiveModel(): Promise<ActiveModel>;
  /** Validates one item against the signature and prices it. */
  estimate(input: RawInput): Promise<EstimateResult>;
  /** Prices many rows: missing numbers are imputed, unseen levels use the unknown slot. */
  estimateBatch(input: BatchInput): Promise<BatchEstimate>;
}
