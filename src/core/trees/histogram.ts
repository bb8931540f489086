import type { BinnedFeatures } from './binning';

/**
 * Gradient histograms. A histogram is one Float64Array of length 2 × total bins, interleaved
 * [Σgrad, Σhess] per global bin (see `BinnedFeatures.offsets`). With squared error every hessian
 * is 1, so Σhess is the row count.
 */

/**
 * Fills `histogram` for the features in `features` from the rows `order[begin..end)`, with
 * gradients `grad` (by row). Entries of other features are left as they are.
 */
export function buildHistogram(
  histogram: Float64Array,
  binned: BinnedFeatures,
  rows: { order: Int32Array; begin: number; end: number },
  { grad, features }: { grad: Float64Array; features: Int32Array },
): void {
  const { bins, offsets, featureCount } = binned;
  const { order, begin, end } = rows;
  clearFeatures(histogram, offsets, features);
  const used = features.length;
  if (used === featureCount) {
    for (let i = begin; i < end; i++) {
      const row = order[i]!;
      const g = grad[row]!;
      const base = row * featureCount;
      for (let f = 0; f < featureCount; f++) {
        const k = bins[base + f]! << 1;
        histogram[k] = histogram[k]! + g;
        histogram[k + 1] = histogram[k + 1]! + 1;
      }
    }
    return;
  }
  for (let i = begin; i < end; i++) {
    const row = order[i]!;
    const g = grad[row]!;
    const base = row * featureCount;
    for (let j = 0; j < used; j++) {
      const k = bins[base + features[j]!]! << 1;
      histogram[k] = histogram[k]! + g;
      histogram[k + 1] = histogram[k + 1]! + 1;
    }
  }
}

/** `parent` −= `child` over the bins of `features`: the parent's histogram becomes the sibling's. */
export function subtractHistogram(
  parent: Float64Array,
  child: Float64Array,
  offsets: Int32Array,
  features: Int32Array,
): void {
  for (let j = 0; j < features.length; j++) {
    const f = features[j]!;
    const end = offsets[f + 1]! << 1;
    for (let k = offsets[f]! << 1; k < end; k++) parent[k] = parent[k]! - child[k]!;
  }
}

function clearFeatures(histogram: Float64Array, offsets: Int32Array, features: Int32Array): void {
  for (let j = 0; j < features.length; j++) {
    const f = features[j]!;
    histogram.fill(0, offsets[f]! << 1, offsets[f + 1]! << 1);
  }
}
