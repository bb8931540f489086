/**
 * The two-sided one-sample Kolmogorov–Smirnov distribution: `kolmogorovSf(n, x)` = Pr(Dₙ > x),
 * as SciPy's `kstwo.sf(x, n)` computes it (scipy/stats/_ksstats.py, Simard & L'Ecuyer 2011):
 * Ruben–Gambino closed forms at the ends, 2·Smirnov where that is exact or the tail is far,
 * the Durbin matrix (Marsaglia–Tsang–Wang) for small n·x^1.5, Pelz–Good otherwise. SciPy uses
 * Pomeranz's recursion for n ≤ 140 and 0.754693 < n·x² ≤ 4; we use the Durbin matrix there:
 * both are exact, so the results agree to rounding. `ks_2samp(method='asymp')` calls this with
 * n = round(n₁n₂/(n₁+n₂)).
 */

const SCALE_EXPONENT = 128;
const SCALE = 2 ** SCALE_EXPONENT;
const MIN_LOG = -708.3964185322641;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
/** Stirling series coefficients B₂ⱼ/(2j(2j − 1)), j = 8…1 (SciPy's `_STIRLING_COEFFS`). */
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

const clip = (p: number): number => Math.min(1, Math.max(0, p));

/** x · 2^e without overflow in the power of two. */
function ldexp(x: number, e: number): number {
  let value = x;
  let rest = e;
  while (rest > 1000) {
    value *= 2 ** 1000;
    rest -= 1000;
  }
  while (rest < -1000) {
    value *= 2 ** -1000;
    rest += 1000;
  }
  return value * 2 ** rest;
}

/** ln(n! / nⁿ) by Stirling's series, with n·ln n removed up front. */
function logFactorialOverPower(n: number): number {
  const r = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (r / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + r * poly;
}

/** Pr(D⁺ₙ ≥ x), the one-sided Smirnov tail (SciPy `smirnov`), by the Birnbaum–Tingey sum. */
export function smirnovSf(n: number, x: number): number {
  if (n === 1) return 1 - x;
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  if (n * x <= 1) return 1 - x * (1 + x) ** (n - 1);
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (Math.floor(n * x) >= n - 1) return (1 - x) ** n;
  if (n > 1_000_000) return Math.exp(-((6 * n * x + 1) ** 2) / 18 / n);
  let sum = 0;
  let logBinomial = 0;
  const last = Math.floor(n * (1 - x));
  for (let j = 0; j <= last; j++) {
    const low = 1 - x - j / n;
    if (low > 0)
      sum += Math.exp(logBinomial + (j - 1) * Math.log(x + j / n) + (n - j) * Math.log(low));
    logBinomial += Math.log((n - j) / (j + 1));
  }
  return clip(x * sum);
}

/** Square matrix product of two m×m row-major arrays. */
function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik !== 0) for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  return out;
}

/** Durbin's matrix H for d = (k − h)/n (Marsaglia, Tsang & Wang 2003), m = 2k − 1. */
function durbinMatrix(k: number, h: number): Float64Array {
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * factorial;
  const H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1]!;
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;
  return H;
}

/** Pr(Dₙ ≤ d) by the Durbin matrix: the k-th diagonal entry of (n!/nⁿ)·Hⁿ, rescaled as it goes. */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  if (n * d <= 0.5) return 0;
  const k = Math.ceil(n * d);
  const m = 2 * k - 1;
  let H = durbinMatrix(k, k - n * d);
  let power: Float64Array | null = null;
  let exponent = 0;
  let hExponent = 0;
  for (let nn = n; nn > 0; nn = Math.floor(nn / 2)) {
    if (nn % 2) {
      power = power ? multiply(power, H, m) : H;
      exponent += hExponent;
    }
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + k - 1]!) > SCALE) {
      H = H.map((value) => value / SCALE);
      hExponent += SCALE_EXPONENT;
    }
  }
  let p = power![(k - 1) * m + k - 1]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < 1 / SCALE) {
      p *= SCALE;
      exponent -= SCALE_EXPONENT;
    }
  }
  return clip(ldexp(p, exponent));
}

/** Pelz–Good asymptotic series for Pr(Dₙ ≤ x) (Pelz & Good 1976), as SciPy evaluates it. */
function pelzGoodCdf(n: number, x: number): number {
  const z = Math.sqrt(n) * x;
  const [z2, z4, z6] = [z * z, z ** 4, z ** 6];
  if (-PI2 / 8 / z2 < MIN_LOG) return 0;
  const q = Math.exp(-PI2 / 8 / z2);
  const k = [0, 0, 0, 0];
  const maxK = Math.ceil((16 * z) / Math.PI);
  for (let j = maxK; j >= 1; j--) {
    const [m2, m4, m6] = [(2 * j - 1) ** 2, (2 * j - 1) ** 4, (2 * j - 1) ** 6];
    const qp = q ** (8 * j);
    k[0] = k[0]! * qp + 1;
    k[1] = k[1]! * qp + (-z2 + (PI2 / 4) * m2);
    k[2] = k[2]! * qp + (6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * PI2 * m2) / 4);
    k[2] += (PI4 * (1 - 2 * z2) * m4) / 16;
    k[3] = k[3]! * qp + (-30 * z6 - 90 * z ** 8 + (PI2 * (135 * z4 - 96 * z6) * m2) / 4);
    k[3] += (PI4 * (-60 * z2 + 212 * z4) * m4) / 16 + (PI6 * (5 - 30 * z2) * m6) / 64;
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  const terms = k.map((value, i) => (value * q * SQRT_2PI) / divisors[i]!);
  const q2 = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  for (let j = maxK; j >= 1; j--) {
    const weighted = j * j * q2 ** (j * j);
    k2extra += weighted;
    k3extra += (3 * z2 - PI2 * j * j) * weighted;
  }
  terms[2]! += (k2extra * PI2 * SQRT_2PI) / (-36 * z ** 3);
  terms[3]! += (k3extra * PI2 * SQRT_2PI) / (216 * z6);
  return terms.reduce((sum, term, i) => sum + term / n ** (i / 2), 0);
}

/** Pr(Dₙ > x) for the two-sided one-sample KS statistic (SciPy `kstwo.sf(x, n)`). */
export function kolmogorovSf(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    const cdf =
      n <= 140
        ? Array.from({ length: n }, (_, i) => ((i + 1) / n) * (2 * t - 1)).reduce(
            (a, b) => a * b,
            1,
          )
        : Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nxx = t * x;
  if (n <= 140) return nxx <= 4 ? clip(1 - durbinCdf(n, x)) : clip(2 * smirnovSf(n, x));
  if (nxx >= 370) return 0;
  if (nxx >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbinCdf(n, x) : pelzGoodCdf(n, x);
  return clip(1 - cdf);
}
