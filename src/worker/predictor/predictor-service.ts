import { columnFromCells, type Frame, type FrameColumn } from '../../core/data/frame';
import { parseInputRecord, type RawInput } from '../../core/model/input-record';
import { topDrivers, typicalFrame, withTypicalVariants } from '../../core/model/estimate-drivers';
import type { ModelBundle } from '../../core/model/model-bundle';
import { PriceEstimator } from '../../core/model/price-estimator';
import type { SignatureInput } from '../../core/model/signature';
import { AppError } from '../../lib/errors';
import type { ActiveModel, BatchEstimate, BatchInput, EstimateResult, PredictorApi } from './api';

/** Where the active model comes from, and which backend runs it. */
export interface PredictorSource {
  loadActiveBundle(): Promise<{
    bundle: ModelBundle;
    version: number;
    backend: string;
    /** Why this is not the stored champion, if it is not. */
    note?: string | null;
  }>;
}

/** The predictor API over a model source; the worker exposes it, tests call it directly. */
export function createPredictorService(source: PredictorSource): PredictorApi {
  let active: { estimator: PriceEstimator; info: ActiveModel } | null = null;

  const requireActive = (): { estimator: PriceEstimator; info: ActiveModel } => {
    if (!active) throw new AppError('MODEL_NOT_LOADED', 'No model is loaded yet.');
    return active;
  };

  return {
    async loadActiveModel() {
      const { bundle, version, backend, note = null } = await source.loadActiveBundle();
      const estimator = await PriceEstimator.load(bundle);
      await estimator.estimate(typicalFrame(bundle.signature));
      active?.estimator.dispose();
      const { name, signature, interval, card } = bundle;
      active = { estimator, info: { version, name, signature, interval, card, backend, note } };
      return active.info;
    },

    async estimate(input: RawInput): Promise<EstimateResult> {
      const { estimator, info } = requireActive();
      const parsed = parseInputRecord(info.signature, input);
      if (!parsed.ok) return parsed;
      const estimates = await estimator.estimate(withTypicalVariants(info.signature, parsed.frame));
      const value = estimates.values[0]!;
      if (!Number.isFinite(value) || value < 0) {
        return {
          ok: false,
          issues: [{ field: '', message: 'The model could not price this item.' }],
        };
      }
      return {
        ok: true,
        value,
        low: estimates.low[0]!,
        high: estimates.high[0]!,
        version: info.version,
        drivers: topDrivers(info.signature, estimates.values),
        notes: parsed.notes,
      };
    },

    async estimateBatch(input: BatchInput): Promise<BatchEstimate> {
      const { estimator, info } = requireActive();
      const frame = frameFromBatch(info.signature.inputs, input);
      return { ...(await estimator.estimate(frame)), version: info.version };
    },
  };
}

function frameFromBatch(inputs: readonly SignatureInput[], batch: BatchInput): Frame {
  const columns: Record<string, FrameColumn> = {};
  for (const input of inputs) {
    const cells = batch.columns[input.name];
    if (!cells) throw new AppError('SCHEMA_MISMATCH', `The batch has no column "${input.name}".`);
    columns[input.name] = columnFromCells(input.type, cells);
  }
  return { rowCount: batch.rowCount, columns };
}
