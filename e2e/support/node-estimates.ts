import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { parseInputRecord, type RawInput } from '../../src/core/model/input-record';
import { PriceEstimator } from '../../src/core/model/price-estimator';
import { validateModelBundle } from '../../src/core/model/validate-bundle';

/** Prices items with the Node core and the committed shipped model: the reference for the page. */
export async function estimateInNode(items: RawInput[]): Promise<number[]> {
  await tf.setBackend('wasm');
  const bundle = validateModelBundle(
    JSON.parse(readFileSync('models/diamonds/model.json', 'utf8')),
  );
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
