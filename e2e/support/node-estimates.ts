import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { frameFromCells } from '../../src/core/data/frame';
import { parseInputRecord, type RawInput } from '../../src/core/model/input-record';
import { PriceEstimator } from '../../src/core/model/price-estimator';
import { validateModelBundle } from '../../src/core/model/validate-bundle';

function readShipped() {
  return validateModelBundle(JSON.parse(readFileSync('models/diamonds/model.json', 'utf8')));
}

/**
 * Prices rows of text cells (named by `header`) in one batch with the Node core and the shipped
 * model, as a frame of the model's inputs.
 */
export async function estimateCellsInNode(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): Promise<Float64Array> {
  await tf.setBackend('wasm');
  const bundle = readShipped();
  const kinds = Object.fromEntries(
    bundle.signature.inputs.map((input) => [input.name, input.type]),
  );
  const estimator = await PriceEstimator.load(bundle);
  try {
    return (await estimator.estimate(frameFromCells(header, rows, kinds))).values;
  } finally {
    estimator.dispose();
  }
}

/** Prices items with the Node core and the committed shipped model: the reference for the page. */
export async function estimateInNode(items: RawInput[]): Promise<number[]> {
  await tf.setBackend('wasm');
  const bundle = readShipped();
  const estimator = await PriceEstimator.load(bundle);
  try {
    const values: number[] = [];
    for (const item of items) {
      const parsed = parseInputRecord(bundle.signature, item);
      if (!parsed.ok) throw new Error(`Reference item is invalid: ${parsed.issues[0]?.message}`);
      values.push((await estimator.estimate(parsed.frame)).values[0]!);
    }
    return values;
  } finally {
    estimator.dispose();
  }
}
