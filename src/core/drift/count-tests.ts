import { chiSquareSf, twoSidedNormalP } from './special-functions';

/**
 * Tests on counts over shared keys (category levels, distinct values or bins), with the
 * reference's and the batch's counts aligned key by key, as Evidently computes them
 * (evidently/legacy/calculations/stattests: chisquare, z_stattest, jensenshannon, psi).
 */

/** A test statistic with its p-value. */
export interface PValueResult {
  statistic: number;
  pValue: number;
}

function total(counts: readonly number[]): number {
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Pearson's χ² goodness of fit of the batch's counts against the reference's proportions
 * scaled to the batch total (Evidently: `chisquare(f_obs, f_ref · n_cur/n_ref)`); keys empty in
 * both are left out, df = keys − 1. A key the reference never saw has expectation 0: the
 * statistic is +∞ and p = 0, as in SciPy.
 */
export function chiSquareTest(
  reference: readonly number[],
  current: readonly number[],
): PValueResult {
  const scale = total(current) / total(reference);
  let statistic = 0;
  let keys = 0;
  for (let k = 0; k < reference.length; k++) {
    const expected = reference[k]! * scale;
    const observed = current[k]!;
    if (expected === 0 && observed === 0) continue;
    keys++;
    statistic += expected === 0 ? Infinity : (observed - expected) ** 2 / expected;
  }
  if (keys < 2) return { statistic: 0, pValue: 1 };
  const pValue = statistic === Infinity ? 0 : chiSquareSf(statistic, keys - 1);
  return { statistic, pValue };
}

/**
 * Two-proportion z-test for a feature with at most two values (Evidently's `z` test):
 * `first*` count the rows holding the first key, `*Total` all rows. p = 1 when both samples hold
 * the same single value.
 */
export function proportionZTest(
  firstReference: number,
  referenceTotal: number,
  firstCurrent: number,
  currentTotal: number,
): PValueResult {
  const p1 = firstReference / referenceTotal;
  const p2 = firstCurrent / currentTotal;
  const pooled = (firstReference + firstCurrent) / (referenceTotal + currentTotal);
  const variance = pooled * (1 - pooled) * (1 / referenceTotal + 1 / currentTotal);
  if (variance === 0) return { statistic: 0, pValue: 1 };
  const z = (p1 - p2) / Math.sqrt(variance);
  return { statistic: z, pValue: twoSidedNormalP(z) };
}

/** x·ln(x/y), 0 when x = 0 (SciPy `rel_entr`). */
function relEntr(x: number, y: number): number {
  if (x === 0) return 0;
  return x * Math.log(x / y);
}

/**
 * Jensen–Shannon distance with the natural logarithm (SciPy `jensenshannon(p, q)`, base e, as
 * Evidently calls it): √(½·KL(p‖m) + ½·KL(q‖m)), m = (p+q)/2, after normalising p and q.
 * Between 0 and √ln 2 ≈ 0.833.
 */
export function jensenShannonDistance(
  reference: readonly number[],
  current: readonly number[],
): number {
  const [sumP, sumQ] = [total(reference), total(current)];
  let divergence = 0;
  for (let k = 0; k < reference.length; k++) {
    const p = reference[k]! / sumP;
    const q = current[k]! / sumQ;
    const m = (p + q) / 2;
    divergence += relEntr(p, m) + relEntr(q, m);
  }
  return Math.sqrt(Math.max(0, divergence / 2));
}

/** Evidently's `feel_zeroes`: empty keys get min(non-zero share)/10⁶ if that is ≤ 1e-4, else 1e-4. */
function fillZeroShares(shares: number[]): number[] {
  const nonZero = shares.filter((share) => share !== 0);
  if (nonZero.length === 0) return shares;
  const smallest = Math.min(...nonZero);
  const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return shares.map((share) => (share === 0 ? fill : share));
}

/**
 * Population stability index Σ (r − c)·ln(r / c) over shares of each total, empty keys filled
 * as Evidently does (so an empty key adds a large but finite amount).
 */
export function populationStabilityIndex(
  reference: readonly number[],
  current: readonly number[],
): number {
  const [sumR, sumC] = [total(reference), total(current)];
  const r = fillZeroShares(reference.map((count) => count / sumR));
  const c = fillZeroShares(current.map((count) => count / sumC));
  let psi = 0;
  for (let k = 0; k < r.length; k++) psi += (r[k]! - c[k]!) * Math.log(r[k]! / c[k]!);
  return psi;
}
