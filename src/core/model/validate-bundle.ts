import { AppError } from '../../lib/errors';
import {
  MAX_WEIGHT_COUNT,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type ModelBundle,
} from './model-bundle';

/**
 * Checks that untrusted JSON is a model bundle Estimo can load, before any of it is used:
 * format and version, a signature with inputs, preprocessing that matches it, and weights whose
 * declared shapes are sane and match the bytes. Throws a `MODEL_FORMAT` AppError saying what is wrong.
 */
export function validateModelBundle(value: unknown): ModelBundle {
  const bundle = value as Partial<ModelBundle> | null;
  const fail = (message: string): never => {
    throw new AppError('MODEL_FORMAT', message);
  };
  if (!bundle || typeof bundle !== 'object' || bundle.format !== MODEL_FORMAT) {
    fail(`This is not an Estimo model file (expected format "${MODEL_FORMAT}").`);
  }
  if (bundle!.formatVersion !== MODEL_FORMAT_VERSION) {
    fail(
      `Model format version ${String(bundle!.formatVersion)} is not supported (expected ${MODEL_FORMAT_VERSION}).`,
    );
  }
  const { signature, preprocessing, network, target } = bundle!;
  if (
    !signature ||
    !Array.isArray(signature.inputs) ||
    signature.inputs.length === 0 ||
    !signature.target
  ) {
    fail('The model file has no signature (inputs and target).');
  }
  if (!preprocessing || !Array.isArray(preprocessing.encodings) || !target) {
    fail('The model file has no preprocessing.');
  }
  const inputNames = new Set(signature!.inputs.map((input) => input.name));
  const missing = preprocessing!.encodings.find((encoding) => !inputNames.has(encoding.name));
  if (missing) fail(`Preprocessing uses column "${missing.name}", which the signature lacks.`);
  if (!network || typeof network.weightData !== 'string' || !Array.isArray(network.weightSpecs)) {
    fail('The model file has no network weights.');
  }
  const weightCount = network!.weightSpecs.reduce((sum, spec) => {
    const size = spec.shape.reduce((product, dim) => product * dim, 1);
    if (!Number.isInteger(size) || size < 0) fail(`Weight "${spec.name}" has an invalid shape.`);
    return sum + size;
  }, 0);
  if (weightCount > MAX_WEIGHT_COUNT) {
    fail(`The network declares ${weightCount} weights; the limit is ${MAX_WEIGHT_COUNT}.`);
  }
  const byteLength = Math.floor((network!.weightData.length * 3) / 4);
  if (Math.abs(byteLength - weightCount * 4) > 3) {
    fail(`The weights hold ${byteLength} bytes but the shapes need ${weightCount * 4}.`);
  }
  return bundle as ModelBundle;
}
