import * as tf from '@tensorflow/tfjs';
import { AppError } from '../../lib/errors';
import { base64ToBytes, bytesToBase64 } from '../base64';
import type { RegressionMetrics } from './metrics';
import type { Preprocessing } from './preprocessing';
import type { Signature } from './signature';
import type { TargetTransform } from './target-transform';

export const MODEL_FORMAT = 'estimo-model';
export const MODEL_FORMAT_VERSION = 1;
/** Refuse networks with more weights than this (a model file could claim any shape). */
export const MAX_WEIGHT_COUNT = 20_000_000;

/** A network's topology and weights, as TF.js IO hands them over, with weights in base64. */
export interface NetworkArtifacts {
  modelTopology: object;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: string;
}

/**
 * An interval around the estimate, in the model space (log when the target is logged): the
 * estimate's lower and upper quantiles of validation residuals, e.g. 10% and 90% for 80%.
 */
export interface PredictionInterval {
  coverage: number;
  lowOffset: number;
  highOffset: number;
}

/** What a version says about itself: data lineage, holdout metrics, training settings. */
export interface ModelCard {
  dataset: { name: string; rows: number };
  rows: { fit: number; validation: number; test: number; missingTarget: number };
  test: RegressionMetrics;
  baseline: RegressionMetrics;
  /** Share of TEST rows whose actual price fell inside the interval. */
  intervalCoverageOnTest: number;
  training: {
    params: Record<string, number | number[] | string>;
    backend: string;
    durationMs: number;
    epochs: number;
    stopReason: string;
  };
  createdAt: string;
}

/** Everything a model version carries: one JSON document, stored, shipped and exported as is. */
export interface ModelBundle {
  format: typeof MODEL_FORMAT;
  formatVersion: number;
  name: string;
  signature: Signature;
  preprocessing: Preprocessing;
  target: TargetTransform;
  interval: PredictionInterval;
  network: NetworkArtifacts;
  card: ModelCard;
}

/** Captures a network's topology and weights through a TF.js IO handler. */
export async function serializeNetwork(model: tf.LayersModel): Promise<NetworkArtifacts> {
  let captured: NetworkArtifacts | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const data = artifacts.weightData;
      if (!artifacts.modelTopology || !artifacts.weightSpecs || !(data instanceof ArrayBuffer)) {
        throw new AppError('MODEL_FORMAT', 'The network could not be serialised.');
      }
      captured = {
        modelTopology: artifacts.modelTopology as object,
        weightSpecs: artifacts.weightSpecs,
        weightData: bytesToBase64(new Uint8Array(data)),
      };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!captured) throw new AppError('MODEL_FORMAT', 'The network could not be serialised.');
  return captured;
}

/** Rebuilds a network from its artifacts. Caller disposes the model. */
export async function loadNetwork(artifacts: NetworkArtifacts): Promise<tf.LayersModel> {
  const bytes = base64ToBytes(artifacts.weightData);
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: artifacts.modelTopology,
      weightSpecs: artifacts.weightSpecs,
      weightData: bytes.buffer.slice(
        bytes.byteOffset,
        bytes.byteOffset + bytes.byteLength,
      ) as ArrayBuffer,
    }),
  );
}
