import { kolmogorovSf } from './kolmogorov';
import { roundHalfEven } from './special-functions';

/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, as SciPy's `ks_2samp` computes it
 * (scipy/stats/_stats_py.py): `'auto'` is exact when both samples have at most 10,000 values,
 * otherwise asymptotic. Exact: Hodges' lattice-path count, with Viehmann's recursion for 1 − p
 * (`_compute_outer_prob_inside_method`), or the closed form when n₁ = n₂. Asymptotic:
 * `kstwo.sf(D, round(n₁n₂/(n₁+n₂)))`. An exact count that fails falls back to asymptotic, as in
 * SciPy. Ties are allowed; like SciPy, the p-value then assumes continuous data.
 */

/** How the p-value was computed. */
export type KsMethod = 'exact' | 'asymp';

/** The KS statistic D (largest gap between the two ECDFs), its p-value and the method used. */
export interface KsResult {
  statistic: number;
  pValue: number;
  method: KsMethod;
}

/** Samples up to this size get the exact p-value under `'auto'` (SciPy's `MAX_AUTO_N`). */
export const KS_MAX_EXACT_N = 10_000;

/** Above lcm(n₁, n₂) ≈ 2³¹ SciPy switches `'exact'` to `'asymp'`. */
const INT32_MAX = 2_147_483_647;

/** sup |F₁ − F₂| over every value of either ascending sample, as SciPy evaluates it. */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length || j < b.length) {
    const next = Math.min(i < a.length ? a[i]! : Infinity, j < b.length ? b[j]! : Infinity);
    while (i < a.length && a[i]! <= next) i++;
    while (j < b.length && b[j]! <= next) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return Math.min(d, 1);
}

/** Pr(D ≥ h/n) for two samples of size n: SciPy's Horner form of the alternating binomial sum. */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/**
 * Share of lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm(m,n):
 * one sliding column of the path-count table, kept as probabilities (Viehmann 2021).
 */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const A = new Float64Array(Math.min(2 * maxj + 2, n + 1)).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const [lastminj, lastlen] = [minj, curlen];
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, curlen, curlen + (lastlen - curlen));
  }
  return A[maxj - minj - 1]!;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The exact p-value and D rounded to the lattice (h / lcm), or null when it is not finite. */
function exactKs(n1: number, n2: number, d: number): { d: number; p: number } | null {
  const g = gcd(n1, n2);
  if (n1 / g >= INT32_MAX / (n2 / g)) return null;
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  const rounded = h / lcm;
  if (h === 0) return { d: rounded, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  return Number.isFinite(p) && p >= 0 && p <= 1 ? { d: rounded, p } : null;
}

/** Asymptotic p-value: the one-sample KS tail at the effective size round(n₁n₂/(n₁+n₂)). */
function asymptoticKs(n1: number, n2: number, d: number): number {
  const effective = roundHalfEven((n1 * n2) / (n1 + n2));
  return Math.min(1, Math.max(0, kolmogorovSf(effective, d)));
}

/**
 * Two-sided two-sample KS test of ascending, NaN-free samples `a` and `b` (each non-empty).
 * `method` as SciPy's: `'auto'` (default), `'exact'` or `'asymp'`.
 */
export function ks2Samp(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  method: 'auto' | KsMethod = 'auto',
): KsResult {
  if (a.length === 0 || b.length === 0) throw new RangeError('ks2Samp needs two non-empty samples');
  const d = ksStatistic(a, b);
  const wantsExact =
    method === 'exact' || (method === 'auto' && Math.max(a.length, b.length) <= KS_MAX_EXACT_N);
  if (wantsExact) {
    const exact = exactKs(a.length, b.length, d);
    if (exact) return { statistic: exact.d, pValue: exact.p, method: 'exact' };
  }
  return { statistic: d, pValue: asymptoticKs(a.length, b.length, d), method: 'asymp' };
}
