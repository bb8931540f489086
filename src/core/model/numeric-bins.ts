import { quantileOfSorted } from '../statistics';

/**
 * Piecewise-linear encoding of a number (Gorishniy et al. 2022, "On Embeddings for Numerical
 * Features in Tabular Deep Learning"): with bin edges e₀ < e₁ < … < e_T at training quantiles,
 * a value x becomes T numbers, bin t holding clamp((x − e_t) / (e_{t+1} − e_t), 0, 1): bins below x
 * are 1, the bin holding x is its position in it, bins above are 0. It lets a plain MLP bend a
 * number's effect at the data's own break points.
 */

/** Distinct quantile edges (at most `bins` + 1) of the ascending training values `sorted`. */
export function fitBinEdges(sorted: ArrayLike<number>, bins: number): number[] {
  const edges: number[] = [];
  for (let k = 0; k <= bins; k++) {
    const edge = quantileOfSorted(sorted, k / bins);
    if (Number.isFinite(edge) && (edges.length === 0 || edge > edges[edges.length - 1]!))
      edges.push(edge);
  }
  return edges.length >= 2 ? edges : [];
}

/** Writes the `edges.length − 1` bin values of `value` into `out` from `offset`. */
export function writeBins(
  value: number,
  edges: readonly number[],
  out: Float32Array,
  offset: number,
): void {
  for (let t = 0; t + 1 < edges.length; t++) {
    const low = edges[t]!;
    const high = edges[t + 1]!;
    out[offset + t] = Math.min(1, Math.max(0, (value - low) / (high - low)));
  }
}
