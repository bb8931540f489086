import { AppError } from '../../lib/errors';
import { deserializeTreeModel } from '../trees';
import {
  MAX_WEIGHT_COUNT,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  upgradeBundleV1,
  type BundleMember,
  type ModelBundle,
  type ModelBundleV1,
  type NetworkMember,
} from './model-bundle';
import type { Signature } from './signature';

/** Most members a blend may hold (each costs prediction time). */
export const MAX_BUNDLE_MEMBERS = 8;

function fail(message: string): never {
  throw new AppError('MODEL_FORMAT', message);
}

/**
 * Checks that untrusted JSON is a model bundle Estimo can load, before any of it is used: format
 * and version (format 1 is read as a one-network blend), a signature with inputs, a valid target
 * range, and members whose weights are non-negative and sum to 1: networks with preprocessing
 * that matches the signature and sane weight shapes that match the bytes, tree ensembles whose
 * arrays agree. Throws a `MODEL_FORMAT` AppError saying what is wrong.
 */
export function validateModelBundle(value: unknown): ModelBundle {
  const raw = value as Partial<ModelBundle> | null;
  if (!raw || typeof raw !== 'object' || raw.format !== MODEL_FORMAT) {
    fail(`This is not an Estimo model file (expected format "${MODEL_FORMAT}").`);
  }
  const version = raw.formatVersion as number;
  if (version !== 1 && version !== MODEL_FORMAT_VERSION) {
    fail(
      `Model format version ${String(version)} is not supported (expected 1 to ${MODEL_FORMAT_VERSION}).`,
    );
  }
  const { signature } = raw;
  if (
    !signature ||
    !Array.isArray(signature.inputs) ||
    signature.inputs.length === 0 ||
    !signature.target
  ) {
    fail('The model file has no signature (inputs and target).');
  }
  if (version === 1) checkNetworkV1(raw as unknown as Partial<ModelBundleV1>);
  const bundle = version === 1 ? upgradeBundleV1(raw as unknown as ModelBundleV1) : raw;
  const { target, members } = bundle;
  if (!target || !(target.low <= target.high) || typeof target.isLog !== 'boolean') {
    fail('The model file has no valid target range.');
  }
  if (!Array.isArray(members) || members.length === 0) fail('The model file has no members.');
  if (members.length > MAX_BUNDLE_MEMBERS) {
    fail(`The model blends ${members.length} members; the limit is ${MAX_BUNDLE_MEMBERS}.`);
  }
  const weightSum = members.reduce((sum, member) => sum + checkMember(member, signature), 0);
  if (Math.abs(weightSum - 1) > 1e-6) fail(`The blend weights sum to ${weightSum}, not 1.`);
  return bundle as ModelBundle;
}

/** Checks one member; returns its weight. */
function checkMember(member: Partial<BundleMember> | null, signature: Signature): number {
  if (!member || typeof member !== 'object') fail('A blend member is empty.');
  const { weight, label } = member;
  const name = typeof label === 'string' ? label : 'a member';
  if (typeof weight !== 'number' || !(weight >= 0 && weight <= 1)) {
    fail(`The blend weight of ${name} is not between 0 and 1.`);
  }
  const inputNames = new Set(signature.inputs.map((input) => input.name));
  if (member.kind === 'network') {
    checkPreprocessing(member, inputNames);
    checkWeights(member.network);
  } else if (member.kind === 'trees') {
    const model = deserializeTreeModel(member.trees);
    const missing = model.features.find((feature) => !inputNames.has(feature.name));
    if (missing) fail(`The trees read column "${missing.name}", which the signature lacks.`);
  } else {
    fail(`Member ${name} has unknown kind ${String((member as { kind?: unknown }).kind)}.`);
  }
  return weight;
}

function checkNetworkV1(bundle: Partial<ModelBundleV1>): void {
  if (!bundle.target) fail('The model file has no preprocessing.');
  const inputNames = new Set(bundle.signature!.inputs.map((input) => input.name));
  checkPreprocessing(bundle, inputNames);
  checkWeights(bundle.network);
}

function checkPreprocessing(member: Partial<NetworkMember>, inputNames: Set<string>): void {
  const { preprocessing, target } = member;
  if (!preprocessing || !Array.isArray(preprocessing.encodings) || !target) {
    fail('The model file has no preprocessing.');
  }
  const missing = preprocessing.encodings.find((encoding) => !inputNames.has(encoding.name));
  if (missing) fail(`Preprocessing uses column "${missing.name}", which the signature lacks.`);
}

function checkWeights(network: NetworkMember['network'] | undefined): void {
  if (!network || typeof network.weightData !== 'string' || !Array.isArray(network.weightSpecs)) {
    fail('The model file has no network weights.');
  }
  const weightCount = network.weightSpecs.reduce((sum, spec) => {
    const size = spec.shape.reduce((product, dim) => product * dim, 1);
    if (!Number.isInteger(size) || size < 0) fail(`Weight "${spec.name}" has an invalid shape.`);
    return sum + size;
  }, 0);
  if (weightCount > MAX_WEIGHT_COUNT) {
    fail(`The network declares ${weightCount} weights; the limit is ${MAX_WEIGHT_COUNT}.`);
  }
  const byteLength = Math.floor((network.weightData.length * 3) / 4);
  if (Math.abs(byteLength - weightCount * 4) > 3) {
    fail(`The weights hold ${byteLength} bytes but the shapes need ${weightCount * 4}.`);
  }
}
