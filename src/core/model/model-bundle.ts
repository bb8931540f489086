import * as tf from '@tensorflow/tfjs';
import { AppError } from '../../lib/errors';
import { base64ToBytes, bytesToBase64 } from '../base64';
import type { TargetTransform } from '../target-transform';
import type { SerializedTreeModel } from '../trees';
import type { RegressionMetrics } from './metrics';
import type { Preprocessing } from './preprocessing';
import type { Signature } from './signature';

export const MODEL_FORMAT = 'estimo-model';
/** 2: a version is a blend of members (networks, tree ensembles). 1 had one network; it is upgraded on read. */
export const MODEL_FORMAT_VERSION = 2;
/** Refuse networks with more weights than this (a model file could claim any shape). */
export const MAX_WEIGHT_COUNT = 20_000_000;

/** A network's topology and weights, as TF.js IO hands them over, with weights in base64. */
export interface NetworkArtifacts {
  modelTopology: object;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: string;
}

/** A TF.js network member: its own input encoding and standardised target. */
export interface NetworkMember {
  kind: 'network';
  preprocessing: Preprocessing;
  /** Log or raw, standardised; predictions are clipped to its training range. */
  target: TargetTransform;
  network: NetworkArtifacts;
}

/** A boosted-tree member (its encodings and target transform travel inside). */
export interface TreesMember {
  kind: 'trees';
  trees: SerializedTreeModel;
}

/**
 * One model of a blend. `weight` (non-negative, the members' weights sum to 1) multiplies its
 * price; `label` names it for people ("network", "trees (log)").
 */
export type BundleMember = (NetworkMember | TreesMember) & { label: string; weight: number };

/** What the card keeps of each member tried, blended or not. */
export interface MemberCard {
  label: string;
  kind: BundleMember['kind'];
  /** 0 for a member left out of the blend. */
  weight: number;
  validation: RegressionMetrics;
  test: RegressionMetrics;
  durationMs: number;
  /** Epochs (network) or trees kept (trees). */
  steps: number;
  params: Record<string, number | number[] | string | boolean>;
  /** Trees: total split gain per feature, largest first (beside the permutation importance). */
  gainImportance?: { feature: string; gain: number }[];
}

/**
 * An interval around the estimate, in the bundle target's model space (log when prices are all
 * positive): the blend's lower and upper quantiles of validation residuals, e.g. 10% and 90% for 80%.
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
  /** Every member trained, with its validation and TEST metrics (absent in format 1 files). */
  members?: MemberCard[];
  /** A tree bundle's total split gain per feature, largest first. */
  gainImportance?: { feature: string; gain: number }[];
  training: {
    params: Record<string, number | number[] | string | boolean>;
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
  /** The interval's space (log or raw; mean 0, std 1) and the training range prices are clipped to. */
  target: TargetTransform;
  interval: PredictionInterval;
  /** At least one; weights sum to 1. */
  members: BundleMember[];
  card: ModelCard;
}

/** A format 1 bundle: one network with its preprocessing and target at the top. */
export interface ModelBundleV1 extends Omit<ModelBundle, 'members' | 'formatVersion'> {
  formatVersion: 1;
  preprocessing: Preprocessing;
  network: NetworkArtifacts;
}

/** Reads a format 1 bundle as a one-member blend (same estimates, same interval). */
export function upgradeBundleV1(old: ModelBundleV1): ModelBundle {
  const { preprocessing, network, target, ...rest } = old;
  const member: BundleMember = {
    kind: 'network',
    label: 'network',
    weight: 1,
    preprocessing,
    target,
    network,
  };
  return {
    ...rest,
    formatVersion: MODEL_FORMAT_VERSION,
    target: { ...target, mean: 0, std: 1 },
    members: [member],
  };
}

/** The bundle's network members, in order. */
export function networkMembers(bundle: ModelBundle): (NetworkMember & BundleMember)[] {
  return bundle.members.filter(
    (member): member is NetworkMember & BundleMember => member.kind === 'network',
  );
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
