/**
 * Special functions the drift tests need, in double precision: log-gamma, the regularised
 * incomplete gamma function (for χ² and normal tail probabilities) and numpy's rounding.
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const MAX_ITERATIONS = 10_000;
const EPSILON = 1e-16;
const TINY = 1e-300;

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; relative error about 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** e^(−x) x^a / Γ(a): the factor both branches of the incomplete gamma share. */
function gammaPrefactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Lower regularised gamma P(a, x) by its power series; converges fast for x < a + 1. */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * gammaPrefactor(a, x);
}

/** Upper regularised gamma Q(a, x) by its continued fraction (modified Lentz); for x ≥ a + 1. */
function upperGammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h * gammaPrefactor(a, x);
}

/**
 * Upper regularised incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
 * Relative error about 1e-13, in the far tail too (the fraction computes Q directly).
 */
export function upperGammaQ(a: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(a)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < a + 1) return Math.min(1, Math.max(0, 1 - lowerGammaSeries(a, x)));
  return upperGammaFraction(a, x);
}

/** Survival function of the χ² distribution with `df` degrees of freedom (scipy `chi2.sf`). */
export function chiSquareSf(statistic: number, df: number): number {
  return upperGammaQ(df / 2, statistic / 2);
}

/**
 * Two-sided normal tail probability 2·(1 − Φ(|z|)) = erfc(|z|/√2) (erfc(y) = Q(½, y²)).
 * Computed directly rather than as 1 − Φ, so it keeps its precision far in the tail.
 */
export function twoSidedNormalP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return upperGammaQ(0.5, (z * z) / 2);
}

/** numpy's `np.round`: to the nearest integer, halves to the even neighbour. */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
