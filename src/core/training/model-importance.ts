import type { Frame } from '../data/frame';
import type { ModelBundle } from '../model/model-bundle';
import { PriceEstimator } from '../model/price-estimator';
import { permutationImportance, type PermutationImportance } from './permutation-importance';

/**
 * Permutation importance of a trained network on the TEST rows of `frame` (the frame it was
 * trained on): loads the bundle, shuffles each signature input in turn, and disposes the model.
 */
export async function networkImportance(
  bundle: ModelBundle,
  frame: Frame,
  seed: number,
): Promise<PermutationImportance> {
  const estimator = await PriceEstimator.load(bundle);
  try {
    return await permutationImportance({
      frame,
      target: bundle.signature.target.name,
      features: bundle.signature.inputs.map((input) => input.name),
      predict: async (input) => (await estimator.estimate(input)).values,
      seed,
    });
  } finally {
    estimator.dispose();
  }
}
