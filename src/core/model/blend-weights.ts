/**
 * Blend weights for `predictions` (one array per member, aligned with `actual`): non-negative,
 * summing to 1, minimising the squared error of the weighted sum against `actual`, each row's
 * error weighted by `rowWeights` (1 when absent). Rows where any prediction or the actual value
 * is not finite are skipped. Solved exactly: for every subset
 * of members, the least-squares weights under "sum to 1" (a small linear system); the best
 * subset whose weights are all non-negative wins. Fine for the handful of members a blend has.
 */
export function fitBlendWeights(
  predictions: readonly Float64Array[],
  actual: Float64Array,
  rowWeights?: Float64Array,
): number[] {
  const k = predictions.length;
  const { gram, correlation } = normalEquations(predictions, actual, rowWeights);
  let best: { weights: number[]; loss: number } | null = null;
  for (let subset = 1; subset < 1 << k; subset++) {
    const members = [...Array(k).keys()].filter((m) => (subset >> m) & 1);
    const solved = solveOnSubset(gram, correlation, k, members);
    if (!solved || solved.some((weight) => weight < 0)) continue;
    const weights = new Array<number>(k).fill(0);
    members.forEach((m, i) => (weights[m] = solved[i]!));
    const loss = quadraticLoss(gram, correlation, weights);
    if (!best || loss < best.loss - 1e-12 * Math.abs(best.loss)) best = { weights, loss };
  }
  return best?.weights ?? [];
}

/** wᵀGw − 2cᵀw: the mean squared error up to a constant. */
function quadraticLoss(gram: Float64Array, correlation: Float64Array, weights: number[]): number {
  const k = weights.length;
  let loss = 0;
  for (let i = 0; i < k; i++) {
    loss -= 2 * correlation[i]! * weights[i]!;
    for (let j = 0; j < k; j++) loss += weights[i]! * gram[i * k + j]! * weights[j]!;
  }
  return loss;
}

/** Minimises the loss over `members` with weights summing to 1 (KKT system); null if singular. */
function solveOnSubset(
  gram: Float64Array,
  correlation: Float64Array,
  k: number,
  members: number[],
): number[] | null {
  const n = members.length;
  const size = n + 1;
  const system = Array.from({ length: size }, () => new Float64Array(size + 1));
  members.forEach((mi, i) => {
    members.forEach((mj, j) => (system[i]![j] = gram[mi * k + mj]!));
    system[i]![n] = 1;
    system[i]![size] = correlation[mi]!;
    system[n]![i] = 1;
  });
  system[n]![size] = 1;
  const solution = solveLinear(system);
  return solution ? solution.slice(0, n) : null;
}

/** Gaussian elimination with partial pivoting on an augmented matrix; null when singular. */
function solveLinear(rows: Float64Array[]): number[] | null {
  const size = rows.length;
  const scale = Math.max(...rows.map((row) => Math.max(...row.map(Math.abs))));
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let r = column + 1; r < size; r++) {
      if (Math.abs(rows[r]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = r;
    }
    if (Math.abs(rows[pivot]![column]!) <= 1e-12 * scale) return null;
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];
    const head = rows[column]!;
    for (let r = 0; r < size; r++) {
      if (r === column) continue;
      const factor = rows[r]![column]! / head[column]!;
      for (let c = column; c <= size; c++) rows[r]![c] = rows[r]![c]! - factor * head[c]!;
    }
  }
  return rows.map((row, i) => row[size]! / row[i]!);
}

/** The weighted sum of the members' predictions, row by row. */
export function blendPredictions(
  predictions: readonly Float64Array[],
  weights: readonly number[],
): Float64Array {
  const blended = new Float64Array(predictions[0]?.length ?? 0);
  predictions.forEach((member, m) => {
    for (let i = 0; i < blended.length; i++) blended[i] = blended[i]! + weights[m]! * member[i]!;
  });
  return blended;
}

/** PᵀWP and PᵀWy over the rows where everything is finite (W: the row weights, else 1). */
function normalEquations(
  predictions: readonly Float64Array[],
  actual: Float64Array,
  rowWeights: Float64Array | undefined,
) {
  const k = predictions.length;
  const gram = new Float64Array(k * k);
  const correlation = new Float64Array(k);
  for (let r = 0; r < actual.length; r++) {
    if (!Number.isFinite(actual[r]!) || predictions.some((p) => !Number.isFinite(p[r]!))) continue;
    const weight = rowWeights ? rowWeights[r]! : 1;
    for (let i = 0; i < k; i++) {
      const pi = weight * predictions[i]![r]!;
      correlation[i] = correlation[i]! + pi * actual[r]!;
      for (let j = 0; j < k; j++) gram[i * k + j] = gram[i * k + j]! + pi * predictions[j]![r]!;
    }
  }
  // Scaled so the diagonal averages 1: the weights do not change, the linear systems stay balanced.
  let trace = 0;
  for (let i = 0; i < k; i++) trace += gram[i * k + i]!;
  const scale = trace > 0 ? k / trace : 1;
  for (let i = 0; i < gram.length; i++) gram[i] = gram[i]! * scale;
  for (let i = 0; i < k; i++) correlation[i] = correlation[i]! * scale;
  return { gram, correlation };
}
