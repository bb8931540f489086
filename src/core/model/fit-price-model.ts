import * as tf from '@tensorflow/tfjs';
import { splitRows, type RowSplit } from '../data/holdout';
import type { Frame } from '../data/frame';
import { pickRows } from '../statistics';
import { evaluateOnHoldout } from './holdout-evaluation';
import { baselineMetrics, regressionMetrics } from './metrics';
import {
  serializeNetwork,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type ModelBundle,
} from './model-bundle';
import { buildNetwork } from './network';
import {
  encodeFrame,
  fitPreprocessing,
  type Preprocessing,
  type PreprocessingOptions,
} from './preprocessing';
import { buildSignature, type Signature } from './signature';
import { fitTargetTransform, standardise, type TargetTransform } from './target-transform';
import {
  trainNetwork,
  type TrainingHooks,
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
  /** Wall-clock limit of the training loop in ms (best weights kept when reached); none when absent. */
  timeBudgetMs?: number;
  /** At most this many fit rows per epoch (seeded sample); all when absent. */
  maxRowsPerEpoch?: number;
}

/** The data side of a fit: which frame, target and features, and under which name. */
export interface FitData {
  frame: Frame;
  target: string;
  features: string[];
  datasetName: string;
  preprocessingOptions?: PreprocessingOptions;
}

export interface FitRequest extends FitData, TrainingHooks {
  params: NetworkParams;
  /** Interval coverage, e.g. 0.8 for P10–P90. */
  intervalCoverage?: number;
}

export interface FitResult {
  bundle: ModelBundle;
  outcome: TrainingOutcome;
}

/**
 * Everything about a fit that does not depend on the network: the holdout split (rows with a
 * missing target left out), signature, preprocessing and target transform fitted on non-TEST
 * rows, and the encoded fit and validation rows. Prepare once, fit many (a search does).
 */
export interface PreparedFit extends FitData {
  split: RowSplit;
  signature: Signature;
  preprocessing: Preprocessing;
  transform: TargetTransform;
  fitRows: TrainingRows;
  validationRows: TrainingRows;
}

/** Prepares a fit by the holdout rule of DESIGN.md; throws if the target is not numeric. */
export function prepareFit(data: FitData): PreparedFit {
  const { frame, target, features } = data;
  const targetColumn = frame.columns[target];
  if (!targetColumn || targetColumn.kind !== 'number')
    throw new Error(`Target ${target} is not numeric.`);
  const targetValues = targetColumn.values;
  const split = splitRows(frame.rowCount, (row) => Number.isFinite(targetValues[row]!));
  const training = Int32Array.from([...split.fit, ...split.validation]).sort();
  const preprocessing = fitPreprocessing(frame, features, training, data.preprocessingOptions);
  const transform = fitTargetTransform(pickRows(targetValues, training));
  const rowsOf = (rows: Int32Array): TrainingRows => ({
    x: encodeFrame(preprocessing, selectRows(frame, rows)),
    y: Float32Array.from(pickRows(targetValues, rows), (value) => standardise(transform, value)),
    rows: rows.length,
  });
  return {
    ...data,
    split,
    signature: buildSignature(frame, features, target, training),
    preprocessing,
    transform,
    fitRows: rowsOf(split.fit),
    validationRows: rowsOf(split.validation),
  };
}

/** Options of {@link fitPrepared}: training hooks and the interval coverage. */
export interface FitOptions extends TrainingHooks {
  intervalCoverage?: number;
}

/**
 * Trains a network with `params` on a prepared fit: it learns on the fit rows with early stopping
 * on the validation rows, which also calibrate the interval; TEST rows are touched once, for the
 * metrics in the card. Leaves no tensors behind.
 */
export async function fitPrepared(
  prepared: PreparedFit,
  params: NetworkParams,
  options: FitOptions = {},
): Promise<FitResult> {
  const started = performance.now();
  const model = buildNetwork({ inputWidth: prepared.preprocessing.width, ...params });
  try {
    const { fitRows, validationRows } = prepared;
    const outcome = await trainNetwork(model, fitRows, validationRows, params, options);
    const draft = draftBundle(prepared, params, outcome, options.intervalCoverage ?? 0.8);
    draft.network = await serializeNetwork(model);
    const bundle = await evaluateOnHoldout(draft, prepared.frame, prepared.split);
    bundle.card.training.durationMs = performance.now() - started;
    return { bundle, outcome };
  } finally {
    model.dispose();
  }
}

/**
 * Fits a price model end to end: {@link prepareFit}, then {@link fitPrepared}. The card's
 * duration covers both.
 */
export async function fitPriceModel(request: FitRequest): Promise<FitResult> {
  const started = performance.now();
  const result = await fitPrepared(prepareFit(request), request.params, request);
  result.bundle.card.training.durationMs = performance.now() - started;
  return result;
}

function draftBundle(
  prepared: PreparedFit,
  params: NetworkParams,
  outcome: TrainingOutcome,
  coverage: number,
): ModelBundle {
  const { frame, split, signature } = prepared;
  const targetValues = frame.columns[prepared.target]!.values as Float64Array;
  const usedRows = split.fit.length + split.validation.length + split.test.length;
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    name: prepared.datasetName,
    signature,
    preprocessing: prepared.preprocessing,
    target: prepared.transform,
    interval: { coverage, lowOffset: 0, highOffset: 0 },
    network: { modelTopology: {}, weightSpecs: [], weightData: '' },
    card: {
      dataset: { name: prepared.datasetName, rows: frame.rowCount },
      rows: {
        fit: split.fit.length,
        validation: split.validation.length,
        test: split.test.length,
        missingTarget: frame.rowCount - usedRows,
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
}
