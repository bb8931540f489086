/** Small descriptive statistics on plain arrays. NaN entries are the caller's to remove. */

/** Sorted copy of the finite values. */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (Number.isFinite(value)) kept.push(value);
  }
  return Float64Array.from(kept).sort();
}

/** Linear-interpolated quantile (numpy's default) of an ascending array; NaN when empty. */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const weight = position - below;
  return sorted[below]! * (1 - weight) + sorted[above]! * weight;
}

/** Mean and population standard deviation. */
export function meanAndStd(values: ArrayLike<number>): { mean: number; std: number } {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) ** 2;
  return { mean, std: Math.sqrt(squares / values.length) };
}

/** Sample skewness (Fisher–Pearson, biased); 0 for a constant array. */
export function skewness(values: ArrayLike<number>): number {
  const { mean, std } = meanAndStd(values);
  if (std === 0) return 0;
  let cubes = 0;
  for (let i = 0; i < values.length; i++) cubes += ((values[i]! - mean) / std) ** 3;
  return cubes / values.length;
}

/** Picks `values[rows[k]]` for every k into a new array. */
export function pickRows(values: ArrayLike<number>, rows: Int32Array): Float64Array {
  const picked = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) picked[k] = values[rows[k]!]!;
  return picked;
}
