import { AppError } from '../../lib/errors';
import { base64ToBytes, bytesToBase64 } from '../base64';
import type { TargetTransform } from '../target-transform';
import type { TreeEnsemble } from './ensemble';
import { MAX_CATEGORY_LEVELS, type TreeFeatureEncoding } from './feature-encoding';
import type { TreeModel } from './tree-model';
import { validateEnsemble } from './validate-ensemble';

/** Format tag and version of a serialised tree model. */
export const TREE_MODEL_FORMAT = 'estimo-trees';
export const TREE_MODEL_FORMAT_VERSION = 1;

/** The typed arrays of {@link TreeEnsemble}, each stored as base64 of its little-endian bytes. */
const ARRAY_KINDS = {
  featureKinds: Uint8Array,
  treeRoots: Int32Array,
  splitFeature: Int32Array,
  splitThreshold: Float64Array,
  defaultLeft: Uint8Array,
  leftChild: Int32Array,
  rightChild: Int32Array,
  splitGain: Float64Array,
  leafValue: Float64Array,
  categoryMasks: Uint32Array,
} as const;
type ArrayName = keyof typeof ARRAY_KINDS;

/** A tree model as plain JSON-able data (typed arrays as base64 strings). */
export interface SerializedTreeModel extends Omit<TreeModel, 'ensemble'> {
  format: typeof TREE_MODEL_FORMAT;
  formatVersion: typeof TREE_MODEL_FORMAT_VERSION;
  ensemble: { featureCount: number; baseScore: number } & Record<ArrayName, string>;
}

/** Turns a model into plain data for JSON or IndexedDB. */
export function serializeTreeModel(model: TreeModel): SerializedTreeModel {
  const { ensemble, ...rest } = model;
  const arrays = Object.fromEntries(
    (Object.keys(ARRAY_KINDS) as ArrayName[]).map((name) => {
      const array = ensemble[name];
      return [
        name,
        bytesToBase64(new Uint8Array(array.buffer, array.byteOffset, array.byteLength)),
      ];
    }),
  ) as Record<ArrayName, string>;
  return {
    format: TREE_MODEL_FORMAT,
    formatVersion: TREE_MODEL_FORMAT_VERSION,
    ...structuredClone(rest),
    ensemble: { featureCount: ensemble.featureCount, baseScore: ensemble.baseScore, ...arrays },
  };
}

/**
 * Rebuilds a model from untrusted data after checking it: format, target transform, feature
 * encodings, and an ensemble whose arrays agree ({@link validateEnsemble}). Throws a
 * `MODEL_FORMAT` AppError saying what is wrong.
 */
export function deserializeTreeModel(value: unknown): TreeModel {
  const data = value as Partial<SerializedTreeModel> | null;
  if (!data || typeof data !== 'object' || data.format !== TREE_MODEL_FORMAT) {
    fail(`This is not an Estimo tree model (expected format "${TREE_MODEL_FORMAT}").`);
  }
  if (data.formatVersion !== TREE_MODEL_FORMAT_VERSION) {
    fail(
      `Tree model version ${String(data.formatVersion)} is not supported (expected ${TREE_MODEL_FORMAT_VERSION}).`,
    );
  }
  const { target, transform, features, params, ensemble } = data;
  if (typeof target !== 'string') fail('The tree model names no target.');
  checkTransform(transform);
  if (!params || typeof params !== 'object' || params.logTarget !== transform!.isLog) {
    fail('The tree model has no settings, or they disagree with its target transform.');
  }
  const encodings = checkEncodings(features);
  if (!ensemble || typeof ensemble !== 'object') fail('The tree model has no trees.');
  const decoded = decodeEnsemble(ensemble);
  validateEnsemble(decoded);
  if (decoded.featureCount !== encodings.length) {
    fail(`The trees read ${decoded.featureCount} features but ${encodings.length} are described.`);
  }
  encodings.forEach((encoding, f) => {
    if ((encoding.kind === 'category') !== (decoded.featureKinds[f] === 1)) {
      fail(`Feature "${encoding.name}" is described with another kind than the trees use.`);
    }
  });
  return {
    target,
    transform: { ...transform!, mean: 0, std: 1 },
    features: encodings,
    ensemble: decoded,
    params: { ...params },
  };
}

function checkTransform(transform: Partial<TargetTransform> | undefined): void {
  const { isLog, low, high } = transform ?? {};
  const isRange = Number.isFinite(low) && Number.isFinite(high) && low! <= high!;
  if (typeof isLog !== 'boolean' || !isRange) fail('The tree model has no valid target range.');
}

function checkEncodings(features: unknown): TreeFeatureEncoding[] {
  if (!Array.isArray(features) || features.length === 0) fail('The tree model lists no features.');
  return (features as unknown[]).map((item, f) => {
    const feature = item as Partial<{ name: unknown; kind: unknown; levels: unknown }> | null;
    if (!feature || typeof feature.name !== 'string') fail(`Feature ${f} has no name.`);
    const name = feature.name as string;
    if (feature.kind === 'number' || feature.kind === 'boolean')
      return { name, kind: feature.kind };
    if (feature.kind !== 'category')
      fail(`Feature "${name}" has unknown kind ${String(feature.kind)}.`);
    const levels = feature.levels;
    const isValid =
      Array.isArray(levels) &&
      levels.length <= MAX_CATEGORY_LEVELS &&
      levels.every((level) => typeof level === 'string') &&
      new Set(levels).size === levels.length;
    if (!isValid) fail(`Feature "${name}" has an invalid level list.`);
    return { name, kind: 'category', levels: [...(levels as string[])] };
  });
}

function decodeEnsemble(data: Partial<SerializedTreeModel['ensemble']>): TreeEnsemble {
  const arrays = {} as Record<ArrayName, TreeEnsemble[ArrayName]>;
  for (const name of Object.keys(ARRAY_KINDS) as ArrayName[]) {
    const text = data[name];
    if (typeof text !== 'string') fail(`The tree model has no ${name}.`);
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(text as string);
    } catch {
      fail(`The ${name} of the tree model is not base64.`);
    }
    const Kind = ARRAY_KINDS[name];
    if (bytes!.byteLength % Kind.BYTES_PER_ELEMENT !== 0)
      fail(`The ${name} of the tree model is cut short.`);
    arrays[name] = new Kind(
      bytes!.buffer as ArrayBuffer,
      0,
      bytes!.byteLength / Kind.BYTES_PER_ELEMENT,
    );
  }
  return {
    featureCount: Number(data.featureCount),
    baseScore: Number(data.baseScore),
    ...(arrays as Pick<TreeEnsemble, ArrayName>),
  };
}

function fail(message: string): never {
  throw new AppError('MODEL_FORMAT', message);
}
