import type { TreeEnsemble } from './ensemble';

/** Codes a byte can take; a category table covers all of them. */
export const CODE_LIMIT = 256;

/** 0 for NaN, else 1 + the number of thresholds below `value` (`cuts` padded with +∞). */
export function codeOf(cuts: Float64Array, value: number): number {
  let position = 0;
  for (let step = cuts.length >>> 1; step > 0; step >>>= 1) {
    if (cuts[position + step - 1]! < value) position += step;
  }
  return value === value ? position + 1 : 0;
}

const leftScratch = new Uint8Array(CODE_LIMIT);

/**
 * Per code of the split's feature: 1 when it goes left at internal node `reference`. The buffer
 * is shared, valid until the next call.
 */
export function leftCodes(
  ensemble: TreeEnsemble,
  cuts: (Float64Array | null)[],
  reference: number,
): Uint8Array {
  const isLeft = leftScratch.fill(0);
  const threshold = ensemble.splitThreshold[reference]!;
  const featureCuts = cuts[ensemble.splitFeature[reference]!];
  if (!featureCuts) {
    for (let code = 0; code < CODE_LIMIT; code++) {
      isLeft[code] = (ensemble.categoryMasks[threshold + (code >>> 5)]! >>> (code & 31)) & 1;
    }
    return isLeft;
  }
  const lastLeft = threshold === Infinity ? CODE_LIMIT - 1 : codeOf(featureCuts, threshold);
  isLeft.fill(1, 1, lastLeft + 1);
  isLeft[0] = ensemble.defaultLeft[reference]!;
  return isLeft;
}
