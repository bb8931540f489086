import * as tf from '@tensorflow/tfjs';
import { splitRows } from '../data/holdout';
import type { Frame } from '../data/frame';
import { pickRows, quantileOfSorted } from '../statistics';
import { baselineMetrics, regressionMetrics } from './metrics';
import {
  serializeNetwork,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type ModelBundle,
} from './model-bundle';
import { buildNetwork } from './network';
import { encodeFrame, fitPreprocessing } from './preprocessing';
import { PriceEstimator } from './price-estimator';
import { buildSignature } from './signature';
import {
  fitTargetTransform,
  fromModelSpace,
  standardise,
  toModelSpace,
  type TargetTransform,
} from './target-transform';
import {
  trainNetwork,
  type EpochReport,
  type TrainingOutcome,
  type TrainingRows,
} from './train-network';
import { selectRows } from './select-rows';

/** Network and schedule settings of one training run. */
export interface NetworkParams {
  hiddenUnits: number[];
  members: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  patience: number;
  l2: number;
  seed: number;
}

export interface FitRequest {
  frame: Frame;
  target: string;
  features: string[];
  datasetName: string;
  params: NetworkParams;
  /** Interval coverage, e.g. 0.8 for P10–P90. */
  intervalCoverage?: number;
  onEpoch?: (report: EpochReport) => void;
  shouldStop?: () => boolean;
}

export interface FitResult {
  bundle: ModelBundle;
  outcome: TrainingOutcome;
}

/**
 * Fits a price model end to end by the holdout rule: rows with a missing target are left out;
 * the signature, preprocessing and target transform are fitted on non-TEST rows only; the network
 * learns on the fit rows with early stopping on the validation rows, which also calibrate the
 * interval; TEST rows are touched once, for the metrics in the card.
 */
export async function fitPriceModel(request: FitRequest): Promise<FitResult> {
  const { frame, target, features, params } = request;
  const started = performance.now();
  const targetColumn = frame.columns[target];
  if (!targetColumn || targetColumn.kind !== 'number')
    throw new Error(`Target ${target} is not numeric.`);
  const targetValues = targetColumn.values;
  const split = splitRows(frame.rowCount, (row) => Number.isFinite(targetValues[row]!));
  const training = Int32Array.from([...split.fit, ...split.validation]).sort();
  const signature = buildSignature(frame, features, target, training);
  const preprocessing = fitPreprocessing(frame, features, training);
  const transform = fitTargetTransform(pickRows(targetValues, training));
  const rowsOf = (rows: Int32Array): TrainingRows => ({
    x: encodeFrame(preprocessing, selectRows(frame, rows)),
    y: Float32Array.from(pickRows(targetValues, rows), (value) => standardise(transform, value)),
    rows: rows.length,
  });
  const model = buildNetwork({ inputWidth: preprocessing.width, ...params });
  try {
    const outcome = await trainNetwork(
      model,
      rowsOf(split.fit),
      rowsOf(split.validation),
      params,
      request,
    );
    const network = await serializeNetwork(model);
    const coverage = request.intervalCoverage ?? 0.8;
    const draft: ModelBundle = {
      format: MODEL_FORMAT,
      formatVersion: MODEL_FORMAT_VERSION,
      name: request.datasetName,
      signature,
      preprocessing,
      target: transform,
      interval: { coverage, lowOffset: 0, highOffset: 0 },
      network,
      card: {
        dataset: { name: request.datasetName, rows: frame.rowCount },
        rows: {
          fit: split.fit.length,
          validation: split.validation.length,
          test: split.test.length,
          missingTarget:
            frame.rowCount - split.fit.length - split.validation.length - split.test.length,
        },
        test: regressionMetrics([], []),
        baseline: baselineMetrics(pickRows(targetValues, split.test), signature.target.mean),
        intervalCoverageOnTest: Number.NaN,
        training: {
          params: { ...params },
          backend: tf.getBackend(),
          durationMs: 0,
          epochs: outcome.history.length,
          stopReason: outcome.stopReason,
        },
        createdAt: new Date().toISOString(),
      },
    };
    const bundle = await evaluateOnHoldout(draft, frame, {
      validation: split.validation,
      test: split.test,
    });
    bundle.card.training.durationMs = performance.now() - started;
    return { bundle, outcome };
  } finally {
    model.dispose();
  }
}

/** Calibrates the interval on validation rows, then scores TEST rows once for the card. */
async function evaluateOnHoldout(
  draft: ModelBundle,
  frame: Frame,
  rows: { validation: Int32Array; test: Int32Array },
): Promise<ModelBundle> {
  const estimator = await PriceEstimator.load(draft);
  try {
    const target = frame.columns[draft.signature.target.name]!.values as Float64Array;
    const validation = await estimator.estimate(selectRows(frame, rows.validation));
    const interval = calibrateInterval(
      draft.target,
      pickRows(target, rows.validation),
      validation.values,
      draft.interval.coverage,
    );
    const bundle: ModelBundle = { ...draft, interval };
    const testActual = pickRows(target, rows.test);
    const test = await estimator.estimate(selectRows(frame, rows.test));
    let covered = 0;
    testActual.forEach((actual, i) => {
      const low = applyOffset(draft.target, test.values[i]!, interval.lowOffset);
      const high = applyOffset(draft.target, test.values[i]!, interval.highOffset);
      if (actual >= low && actual <= high) covered++;
    });
    bundle.card = {
      ...draft.card,
      test: regressionMetrics(testActual, test.values),
      intervalCoverageOnTest: testActual.length > 0 ? covered / testActual.length : Number.NaN,
    };
    return bundle;
  } finally {
    estimator.dispose();
  }
}

/** The interval bound for an estimate, as {@link PriceEstimator} computes it. */
function applyOffset(transform: TargetTransform, estimate: number, offset: number): number {
  return fromModelSpace(transform, toModelSpace(transform, estimate) + offset);
}

/** Quantiles of validation residuals in the model space give the interval's offsets. */
function calibrateInterval(
  transform: TargetTransform,
  actual: Float64Array,
  predicted: Float64Array,
  coverage: number,
): ModelBundle['interval'] {
  const residuals = actual
    .map((value, i) => toModelSpace(transform, value) - toModelSpace(transform, predicted[i]!))
    .sort();
  const tail = (1 - coverage) / 2;
  return {
    coverage,
    lowOffset: quantileOfSorted(residuals, tail),
    highOffset: quantileOfSorted(residuals, 1 - tail),
  };
}
