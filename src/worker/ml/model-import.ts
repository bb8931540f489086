import { typicalFrame } from '../../core/model/estimate-drivers';
import type { ModelBundle } from '../../core/model/model-bundle';
import { PriceEstimator } from '../../core/model/price-estimator';
import type { SignatureInput } from '../../core/model/signature';
import { validateModelBundle } from '../../core/model/validate-bundle';
import { describeError } from '../../lib/errors';

/** Model files larger than this are refused before they are read (the shipped one is ~0.2 MB). */
export const MAX_IMPORT_BYTES = 50 * 2 ** 20;

/** A model file that can be registered, or why it cannot. */
export type ModelFileCheck = { ok: true; bundle: ModelBundle } | { ok: false; message: string };

/**
 * Reads an untrusted model file and checks it all the way: size, JSON, bundle format, shapes
 * and signature, then loads the network and prices one typical row, refusing a model whose
 * price is not a finite number. Every refusal names the file and what is wrong.
 */
export async function checkModelFile(file: File): Promise<ModelFileCheck> {
  const refuse = (why: string): ModelFileCheck => ({ ok: false, message: `"${file.name}" ${why}` });
  if (file.size === 0) return refuse('is empty: a model file is one JSON document.');
  if (file.size > MAX_IMPORT_BYTES) {
    return refuse(
      `is ${toMegabytes(file.size)} MB; a model file may be at most ${toMegabytes(MAX_IMPORT_BYTES)} MB.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return refuse(
      `is not JSON (${describeError(error)}): export a model from Estimo to import it.`,
    );
  }
  let bundle: ModelBundle;
  try {
    bundle = validateModelBundle(json);
  } catch (error) {
    return refuse(`was refused: ${describeError(error)}`);
  }
  const shapeProblem = describeSignatureProblem(bundle) ?? describeCardProblem(bundle);
  if (shapeProblem) return refuse(`was refused: ${shapeProblem}`);
  const priceProblem = await tryTypicalPrice(bundle);
  return priceProblem ? refuse(priceProblem) : { ok: true, bundle };
}

function toMegabytes(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1).replace(/\.0$/, '');
}

/** Loads the network and prices one typical row; a message when that fails or is not finite. */
async function tryTypicalPrice(bundle: ModelBundle): Promise<string | null> {
  let estimator: PriceEstimator | null = null;
  try {
    estimator = await PriceEstimator.load(bundle);
    const price = (await estimator.estimate(typicalFrame(bundle.signature), 1)).values[0];
    if (price === undefined || !Number.isFinite(price)) {
      return `gives no finite ${bundle.signature.target.name} for a typical item (got ${price}), so it was not imported.`;
    }
    return null;
  } catch (error) {
    return `holds a network Estimo cannot run: ${describeError(error)}`;
  } finally {
    estimator?.dispose();
  }
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The signature drives the Estimate form: every input must be complete and names unique. */
function describeSignatureProblem({ signature }: ModelBundle): string | null {
  const { target } = signature;
  if (typeof target.name !== 'string' || target.name === '') return 'the target has no name.';
  if (![target.min, target.max, target.mean].every(isFiniteNumber)) {
    return `the target "${target.name}" has no finite min, max and mean.`;
  }
  const seen = new Set<string>();
  for (const input of signature.inputs as unknown[]) {
    const problem = describeInputProblem(input);
    if (problem) return problem;
    const { name } = input as SignatureInput;
    if (seen.has(name)) return `input "${name}" appears twice in the signature.`;
    seen.add(name);
  }
  return null;
}

function describeInputProblem(value: unknown): string | null {
  const input = value as Partial<SignatureInput> | null;
  if (!input || typeof input.name !== 'string' || input.name === '') {
    return 'a signature input has no name.';
  }
  const label = `input "${input.name}"`;
  if (input.type === 'number') {
    const isComplete = [input.min, input.max, input.median].every(isFiniteNumber);
    return isComplete ? null : `${label} has no finite min, max and median.`;
  }
  if (input.type === 'category') {
    const isComplete =
      Array.isArray(input.levels) &&
      input.levels.every((level) => typeof level === 'string') &&
      typeof input.mostCommon === 'string';
    return isComplete ? null : `${label} has no list of levels.`;
  }
  if (input.type === 'boolean') {
    return typeof input.mostCommon === 'boolean' ? null : `${label} has no most common value.`;
  }
  return `${label} has type "${String(input.type)}"; Estimo reads number, category and boolean.`;
}

/** The Models page shows the card's TEST and baseline metrics. */
function describeCardProblem({ card }: ModelBundle): string | null {
  const isMetrics = (value: unknown) => typeof value === 'object' && value !== null;
  if (!card || typeof card !== 'object' || !isMetrics(card.test) || !isMetrics(card.baseline)) {
    return 'the model card has no TEST and baseline metrics.';
  }
  return null;
}
